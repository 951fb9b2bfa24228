/** Wins: what went well, gathered from the file (interviews, replies, feedback, training done, offers) and added by hand. */
import * as l10n from '@vscode/l10n';
import type { IsoDate, JobSearch } from './jobSearch';
import { companyName } from './summaries';
import { FOLLOW_UP_NOUNS, INTERVIEW_NOUNS } from './vocabulary';

/** Where a win comes from. */
export const WIN_KINDS = ['interview', 'reply', 'feedback', 'training-item', 'skill', 'offer', 'own'] as const;

/** One kind of win. */
export type WinKind = (typeof WIN_KINDS)[number];

/** One win, in words the user can read back. */
export interface GatheredWin {
  readonly kind: WinKind;
  /** When it happened; training items ticked without a date have none. */
  readonly date?: IsoDate;
  readonly text: string;
}

/** How many wins of each kind. */
export type WinTotals = Record<WinKind, number>;

/** A win whose words are put together only when read: the dashboard counts every win but shows a few. */
function win(kind: WinKind, date: IsoDate | undefined, words: () => string): GatheredWin {
  let text: string | undefined;
  return {
    kind,
    ...(date ? { date } : {}),
    get text() {
      return (text ??= words());
    },
  };
}

/** Every win in `search` up to `today`, newest first (undated ones last). Future interviews are not wins yet. */
export function gatherWins(search: Pick<JobSearch, 'applications' | 'training'> & Partial<Pick<JobSearch, 'wins'>>, today: IsoDate): GatheredWin[] {
  const wins: GatheredWin[] = [];
  const past = (date: IsoDate | undefined): date is IsoDate => !!date && date <= today;
  for (const application of search.applications) {
    const company = companyName(application);
    const held = application.interviews.filter((interview) => past(interview.date));
    for (const interview of held) {
      const what = (): string => (interview.kind ? INTERVIEW_NOUNS[interview.kind] : INTERVIEW_NOUNS.other);
      wins.push(win('interview', interview.date, () => l10n.t('Got to the {0} with {1}', what(), company)));
    }
    // A history that records the interview stage without the interviews themselves still counts once.
    const reached = application.history.find((entry) => entry.status === 'interviewing' && past(entry.date));
    if (!held.length && reached) wins.push(win('interview', reached.date, () => l10n.t('Got to the interviews with {0}', company)));
    for (const followUp of application.followUps) {
      if (!past(followUp.replied)) continue;
      wins.push(win('reply', followUp.replied, () => l10n.t('{0} answered your {1}', company, FOLLOW_UP_NOUNS[followUp.kind ?? 'other'])));
    }
    for (const feedback of application.feedback) {
      if (past(feedback.date)) wins.push(win('feedback', feedback.date, () => l10n.t('Feedback from {0}', company)));
    }
    const offer = application.history.find((entry) => entry.status === 'offer' && past(entry.date));
    if (offer) wins.push(win('offer', offer.date, () => l10n.t('An offer from {0}', company)));
  }
  for (const entry of search.training) {
    const done = entry.items.filter((item) => item.done);
    for (const item of done) wins.push(win('training-item', past(item.doneOn) ? item.doneOn : undefined, () => l10n.t('Done: {0} ({1})', item.task, entry.skill)));
    if (!done.length || done.length < entry.items.length) continue;
    const last = done.map((item) => item.doneOn).filter(past).sort().at(-1);
    wins.push(win('skill', last, () => l10n.t('Worked through every step for {0}', entry.skill)));
  }
  for (const own of search.wins ?? []) wins.push({ kind: 'own', ...(own.date ? { date: own.date } : {}), text: own.text });
  return wins.sort((a, b) => (a.date === b.date ? 0 : !a.date ? 1 : !b.date ? -1 : a.date < b.date ? 1 : -1));
}

/** The wins counted by kind. */
export function winTotals(wins: readonly GatheredWin[]): WinTotals {
  const totals = Object.fromEntries(WIN_KINDS.map((kind) => [kind, 0])) as WinTotals;
  for (const win of wins) totals[win.kind]++;
  return totals;
}

/**
 * "6 interviews, 11 training items done, 3 replies": the kinds there are, in a fixed order (interviews and offers
 * first), at most `limit` of them, as one phrase; empty when there are none.
 */
export function totalsPhrase(totals: WinTotals, limit: number = WIN_KINDS.length): string {
  const parts: [number, string][] = [
    [totals.interview, totals.interview === 1 ? l10n.t('1 interview') : l10n.t('{0} interviews', totals.interview)],
    [totals.offer, totals.offer === 1 ? l10n.t('1 offer') : l10n.t('{0} offers', totals.offer)],
    [totals['training-item'], totals['training-item'] === 1 ? l10n.t('1 training item done') : l10n.t('{0} training items done', totals['training-item'])],
    [totals.skill, totals.skill === 1 ? l10n.t('1 skill worked through') : l10n.t('{0} skills worked through', totals.skill)],
    [totals.reply, totals.reply === 1 ? l10n.t('1 reply') : l10n.t('{0} replies', totals.reply)],
    [totals.feedback, totals.feedback === 1 ? l10n.t('1 piece of feedback') : l10n.t('{0} pieces of feedback', totals.feedback)],
    [totals.own, totals.own === 1 ? l10n.t('1 win of your own') : l10n.t('{0} wins of your own', totals.own)],
  ];
  return parts
    .filter(([count]) => count > 0)
    .slice(0, limit)
    .map(([, text]) => text)
    .join(', ');
}
