/** What the user should act on now: unsent follow-ups that are due or overdue, and interviews coming up. */
import { isToSend } from './followUpState';
import { daysBetween } from './calendarDate';
import type { Application, FollowUp, Interview, IsoDate, JobSearch } from './jobSearch';

/** One thing to do, tied to the application and entry it comes from. */
export type ActionItem =
  | { readonly kind: 'followUp'; readonly application: Application; readonly followUp: FollowUp; readonly date: IsoDate; readonly days: number }
  | { readonly kind: 'interview'; readonly application: Application; readonly interview: Interview; readonly date: IsoDate; readonly days: number };

/**
 * Follow-ups still to send (not sent, answered or skipped) whose due date is today, past, or within `lookaheadDays`, and interviews from today to
 * `lookaheadDays` ahead; the most overdue first. `days` is the distance from today (negative: overdue).
 */
export function needsAction(search: Pick<JobSearch, 'applications'>, today: IsoDate, lookaheadDays: number): ActionItem[] {
  const items: ActionItem[] = [];
  for (const application of search.applications) {
    for (const followUp of application.followUps) {
      if (!isToSend(followUp) || !followUp.due) continue;
      const days = daysBetween(today, followUp.due);
      if (days <= lookaheadDays) items.push({ kind: 'followUp', application, followUp, date: followUp.due, days });
    }
    for (const interview of application.interviews) {
      if (!interview.date) continue;
      const days = daysBetween(today, interview.date);
      if (days >= 0 && days <= lookaheadDays) items.push({ kind: 'interview', application, interview, date: interview.date, days });
    }
  }
  return items.sort((a, b) => a.days - b.days || a.application.index - b.application.index);
}
