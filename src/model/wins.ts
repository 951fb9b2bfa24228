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

/** Called once per win: its kind, its date, and how to word it (only done for the wins that are shown). */
type WinVisitor = (kind: WinKind, date: IsoDate | undefined, words: () => string) => void;

/** Visits every win in `search` up to `today`, in file order. Future interviews are not wins yet. */
function visitWins(search: Pick<JobSearch, 'applications' | 'training'> & Partial<Pick<JobSearch, 'wins'>>, today: IsoDate, visit: WinVisitor): void {
  const past = (date: IsoDate | undefined): date is IsoDate => !!date && date <= today;
  for (const application of search.applications) {
    const company = companyName(application);
    let held = 0;
    for (const interview of application.interviews) {
      if (!past(interview.date)) continue;
      held++;
      visit('interview', interview.date, () => l10n.t('Got to the {0} with {1}', INTERVIEW_NOUNS[interview.kind ?? 'other'], company));
    }
    // A history that records the interview stage without the interviews themselves still counts once.
    const reached = held ? undefined : application.history.find((entry) => entry.status === 'interviewing' && past(entry.date));
    if (reached) visit('interview', reached.date, () => l10n.t('Got to the interviews with {0}', company));
    for (const followUp of application.followUps) {
      if (past(followUp.replied)) visit('reply', followUp.replied, () => l10n.t('{0} answered your {1}', company, FOLLOW_UP_NOUNS[followUp.kind ?? 'other']));
    }
    for (const feedback of application.feedback) {
      if (past(feedback.date)) visit('feedback', feedback.date, () => l10n.t('Feedback from {0}', company));
    }
    const offer = application.history.find((entry) => entry.status === 'offer' && past(entry.date));
    if (offer) visit('offer', offer.date, () => l10n.t('An offer from {0}', company));
  }
  for (const entry of search.training) {
    let done = 0;
    let last: IsoDate | undefined;
    for (const item of entry.items) {
      if (!item.done) continue;
      done++;
      const on = past(item.doneOn) ? item.doneOn : undefined;
      if (on && (!last || on > last)) last = on;
      visit('training-item', on, () => l10n.t('Done: {0} ({1})', item.task, entry.skill));
    }
    if (done && done === entry.items.length) visit('skill', last, () => l10n.t('Worked through every step for {0}', entry.skill));
  }
  for (const own of search.wins ?? []) visit('own', own.date, () => own.text);
}

/** Newest first, undated last; equal dates keep file order. */
const newestFirst = (a: { readonly date?: IsoDate }, b: { readonly date?: IsoDate }): number =>
  a.date === b.date ? 0 : !a.date ? 1 : !b.date ? -1 : a.date < b.date ? 1 : -1;

/** Every win in `search` up to `today`, newest first (undated ones last). */
export function gatherWins(search: Pick<JobSearch, 'applications' | 'training'> & Partial<Pick<JobSearch, 'wins'>>, today: IsoDate): GatheredWin[] {
  const wins: GatheredWin[] = [];
  visitWins(search, today, (kind, date, words) => wins.push({ kind, ...(date ? { date } : {}), text: words() }));
  return wins.sort(newestFirst);
}

/**
 * The wins counted by kind and the `count` newest, worded; one pass, so a long search words only what is shown.
 * Equal dates keep file order, as in `gatherWins`.
 */
export function winsSummary(search: Pick<JobSearch, 'applications' | 'training'> & Partial<Pick<JobSearch, 'wins'>>, today: IsoDate, count: number): { totals: WinTotals; recent: GatheredWin[] } {
  const totals = Object.fromEntries(WIN_KINDS.map((kind) => [kind, 0])) as WinTotals;
  const recent: { kind: WinKind; date?: IsoDate; words: () => string }[] = [];
  visitWins(search, today, (kind, date, words) => {
    totals[kind]++;
    if (count <= 0 || (recent.length === count && newestFirst(recent[count - 1]!, { date }) <= 0)) return;
    const candidate = { kind, ...(date ? { date } : {}), words };
    let at = recent.length;
    while (at > 0 && newestFirst(recent[at - 1]!, candidate) > 0) at--;
    recent.splice(at, 0, candidate);
    if (recent.length > count) recent.pop();
  });
  return { totals, recent: recent.map(({ words, ...win }) => ({ ...win, text: words() })) };
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
