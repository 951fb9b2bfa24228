/** What the user should act on now: unsent follow-ups that are due or overdue, interviews coming up, people to reach out to, the way back to a company. */
import { isToSend } from './followUpState';
import { wayBack, type WayBack } from './wayBack';
import { daysBetween } from './calendarDate';
import type { Application, FollowUp, Interview, IsoDate, JobSearch, Person } from './jobSearch';

/** One thing to do, tied to the application or person and the entry it comes from. */
export type ActionItem =
  | { readonly kind: 'followUp'; readonly application: Application; readonly followUp: FollowUp; readonly date: IsoDate; readonly days: number }
  | { readonly kind: 'interview'; readonly application: Application; readonly interview: Interview; readonly date: IsoDate; readonly days: number }
  | { readonly kind: 'person'; readonly person: Person; readonly date: IsoDate; readonly days: number }
  | { readonly kind: 'wayBack'; readonly application: Application; readonly wayBack: WayBack; readonly date: IsoDate; readonly days: number };

/** Where an item's entry sits in the file, so equally urgent items keep file order (applications before people). */
const order = (item: ActionItem): number => (item.kind === 'person' ? Number.MAX_SAFE_INTEGER / 2 + item.person.index : item.application.index);

/**
 * Follow-ups still to send (not sent, answered or skipped) whose due date is today, past, or within `lookaheadDays`;
 * interviews from today to `lookaheadDays` ahead; people whose `next` touch is that close; the most overdue
 * first. `days` is the distance from today (negative: overdue). Companies ready for the way back come last, with
 * `days` 0: an invitation, never overdue.
 */
export function needsAction(search: Pick<JobSearch, 'applications'> & Partial<Pick<JobSearch, 'people' | 'training'>>, today: IsoDate, lookaheadDays: number): ActionItem[] {
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
  for (const person of search.people ?? []) {
    if (!person.next) continue;
    const days = daysBetween(today, person.next);
    if (days <= lookaheadDays) items.push({ kind: 'person', person, date: person.next, days });
  }
  items.sort((a, b) => a.days - b.days || order(a) - order(b));
  for (const ready of wayBack({ applications: search.applications, training: search.training ?? [] }, today)) {
    items.push({ kind: 'wayBack', application: ready.application, wayBack: ready, date: ready.date, days: 0 });
  }
  return items;
}
