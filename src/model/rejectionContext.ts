/** A rejection in context, from the user's own numbers only: how far their applications get, and what came before an offer. */
import * as l10n from '@vscode/l10n';
import type { Application, IsoDate, JobSearch } from './jobSearch';
import { companyName } from './summaries';
import type { Status } from './vocabulary';
import { appliedOn } from './weeklyGoals';

/** The user's figures a rejection is set against. */
export interface RejectionContext {
  /** Applications sent (not on the wishlist). */
  readonly applied: number;
  /** Of those, how many reached an interview. */
  readonly interviewed: number;
  /** Interviews this calendar month, against the average of the earlier months of the search; absent in its first month. */
  readonly months?: { readonly thisMonth: number; readonly earlierAverage: number; readonly earlierMonths: number };
  /** Each offer in the file with the rejections since the one before it, oldest first. */
  readonly offers: readonly { readonly company: string; readonly date: IsoDate; readonly rejectionsBefore: number }[];
}

const INTERVIEW_STAGES: ReadonlySet<Status> = new Set<Status>(['interviewing', 'offer', 'accepted']);

/** The first day an application reached an interview: its first interview held, or the history's stage change. */
function interviewedOn(application: Application, today: IsoDate): IsoDate | undefined {
  let first: IsoDate | undefined;
  for (const interview of application.interviews) if (interview.date && interview.date <= today && (!first || interview.date < first)) first = interview.date;
  for (const entry of application.history) {
    if (entry.date && entry.status && INTERVIEW_STAGES.has(entry.status) && entry.date <= today && (!first || entry.date < first)) first = entry.date;
  }
  return first;
}

/** When an application started: the day it was sent, or its first dated stage. */
function startedOn(application: Application): IsoDate | undefined {
  const sent = appliedOn(application);
  if (sent) return sent;
  let first: IsoDate | undefined;
  for (const entry of application.history) if (entry.date && (!first || entry.date < first)) first = entry.date;
  return first;
}

/** Whole months from `from` to `to`, both `YYYY-MM`. */
const monthsBetween = (from: string, to: string): number => (Number(to.slice(0, 4)) - Number(from.slice(0, 4))) * 12 + Number(to.slice(5, 7)) - Number(from.slice(5, 7));

/** The figures for `search` as of `today`. */
export function rejectionContext(search: Pick<JobSearch, 'applications'>, today: IsoDate): RejectionContext {
  const thisMonth = today.slice(0, 7);
  let applied = 0;
  let interviewed = 0;
  let firstMonth: string | undefined;
  let interviewsThisMonth = 0;
  let interviewsBefore = 0;
  for (const application of search.applications) {
    if (!application.status || application.status === 'wishlist') continue;
    applied++;
    const reached = interviewedOn(application, today);
    if (reached !== undefined || INTERVIEW_STAGES.has(application.status)) interviewed++;
    const month = reached?.slice(0, 7);
    if (month === thisMonth) interviewsThisMonth++;
    else if (month && month < thisMonth) interviewsBefore++;
    const started = startedOn(application)?.slice(0, 7);
    if (started && (!firstMonth || started < firstMonth)) firstMonth = started;
  }
  const earlierMonths = firstMonth ? monthsBetween(firstMonth, thisMonth) : 0;
  const months = earlierMonths > 0 ? { thisMonth: interviewsThisMonth, earlierAverage: Math.round((interviewsBefore / earlierMonths) * 10) / 10, earlierMonths } : undefined;
  const endings = search.applications
    .flatMap((application) =>
      application.history
        .filter((entry) => entry.date && entry.date <= today && (entry.status === 'offer' || entry.status === 'rejected'))
        .map((entry) => ({ application, date: entry.date!, offer: entry.status === 'offer' })),
    )
    .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  const offers: { company: string; date: IsoDate; rejectionsBefore: number }[] = [];
  let rejections = 0;
  for (const ending of endings) {
    if (!ending.offer) rejections++;
    else {
      offers.push({ company: companyName(ending.application), date: ending.date, rejectionsBefore: rejections });
      rejections = 0;
    }
  }
  return { applied, interviewed, ...(months ? { months } : {}), offers };
}

/** The figures as short sentences, leaving out any the file cannot support. */
export function contextLines(context: RejectionContext, locale = 'en'): string[] {
  const lines: string[] = [];
  if (context.applied > 0) {
    lines.push(
      context.applied === 1
        ? l10n.t('{0} of your 1 application reached an interview.', context.interviewed)
        : l10n.t('{0} of your {1} applications reached an interview.', context.interviewed, context.applied),
    );
  }
  if (context.months) {
    const { thisMonth, earlierAverage } = context.months;
    const average = formatted(earlierAverage, locale);
    lines.push(
      thisMonth === 1
        ? l10n.t('1 interview this month; your earlier months averaged {0}.', average)
        : l10n.t('{0} interviews this month; your earlier months averaged {1}.', thisMonth, average),
    );
  }
  for (const offer of context.offers.filter((each) => each.rejectionsBefore > 0)) {
    lines.push(
      offer.rejectionsBefore === 1
        ? l10n.t('Before your offer from {0}, 1 application ended in a no.', offer.company)
        : l10n.t('Before your offer from {0}, {1} applications ended in a no.', offer.company, offer.rejectionsBefore),
    );
  }
  return lines;
}

/** A number as the user's locale writes it, with one decimal at most. */
function formatted(value: number, locale: string): string {
  try {
    return value.toLocaleString(locale, { maximumFractionDigits: 1 });
  } catch {
    return value.toLocaleString('en', { maximumFractionDigits: 1 });
  }
}
