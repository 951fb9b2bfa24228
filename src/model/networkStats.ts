/** The dashboard's network figures: people, touches per week, referrals asked and given, and how referred applications went. */
import { addWeeks, startOfISOWeek } from 'date-fns';
import { fromIsoDate, toIsoDate } from './calendarDate';
import type { Application, IsoDate, JobSearch } from './jobSearch';
import type { Status } from './vocabulary';
import { networkIndex } from './network';

/** How a group of applications went: how many, and how many reached an interview. */
export interface Conversion {
  readonly applications: number;
  readonly interviewed: number;
}

/** Everything the network section shows. */
export interface NetworkStats {
  readonly people: number;
  /** Touches in each of the last weeks (Monday first), this week last. */
  readonly touchesPerWeek: readonly { readonly week: IsoDate; readonly count: number }[];
  readonly referrals: { readonly asked: number; readonly given: number; readonly declined: number };
  /** Applications a referral was given for, against all the others sent. */
  readonly referred: Conversion;
  readonly cold: Conversion;
}

/** How many weeks of touches the chart shows. */
export const TOUCH_WEEKS = 12;

const INTERVIEW_STAGES: ReadonlySet<Status> = new Set<Status>(['interviewing', 'offer', 'accepted']);

/** Whether an application got as far as an interview, by its interviews, status or history. */
function reachedInterview(application: Application): boolean {
  return application.interviews.length > 0 || (!!application.status && INTERVIEW_STAGES.has(application.status)) || application.history.some((entry) => !!entry.status && INTERVIEW_STAGES.has(entry.status));
}

/** Works out the network figures of `search` as of `today`, in one pass over people and applications. */
export function networkStats(search: Pick<JobSearch, 'applications' | 'people'>, today: IsoDate): NetworkStats {
  const thisWeek = startOfISOWeek(fromIsoDate(today));
  const weeks = Array.from({ length: TOUCH_WEEKS }, (_, index) => toIsoDate(addWeeks(thisWeek, index - TOUCH_WEEKS + 1)));
  const counts = new Map<IsoDate, number>(weeks.map((week) => [week, 0]));
  const referrals = { asked: 0, given: 0, declined: 0 };
  for (const person of search.people) {
    for (const touch of person.touches) {
      if (touch.kind === 'referral-asked') referrals.asked++;
      if (touch.kind === 'referral-given') referrals.given++;
      if (touch.kind === 'referral-declined') referrals.declined++;
      if (!touch.date || touch.date > today) continue;
      const week = toIsoDate(startOfISOWeek(fromIsoDate(touch.date)));
      if (counts.has(week)) counts.set(week, counts.get(week)! + 1);
    }
  }
  const index = networkIndex(search);
  const sent = search.applications.filter((application) => application.status && application.status !== 'wishlist');
  const referred = sent.filter((application) => index.referralFor(application));
  const cold = sent.filter((application) => !index.referralFor(application));
  const conversion = (list: readonly Application[]): Conversion => ({ applications: list.length, interviewed: list.filter(reachedInterview).length });
  return {
    people: search.people.length,
    touchesPerWeek: weeks.map((week) => ({ week, count: counts.get(week)! })),
    referrals,
    referred: conversion(referred),
    cold: conversion(cold),
  };
}
