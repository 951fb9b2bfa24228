/** Which messages asked for feedback, which answers carried some, and how long answers took. */
import { median } from './median';
import { differenceInCalendarDays } from 'date-fns';
import { fromIsoDate } from './calendarDate';
import type { Application, FollowUp } from './jobSearch';
import type { FollowUpKind } from './vocabulary';

/** The messages that ask for feedback: the reply to a rejection asks its questions, a feedback request is nothing else. */
export const ASKS_FOR_FEEDBACK: ReadonlySet<FollowUpKind> = new Set<FollowUpKind>(['rejection-reply', 'feedback-request']);

/** Whether a sent message asked for feedback. */
export function askedForFeedback(followUp: FollowUp): boolean {
  return !!followUp.kind && ASKS_FOR_FEEDBACK.has(followUp.kind) && !!followUp.sent;
}

const sameName = (a: string | undefined, b: string | undefined): boolean => !!a && !!b && a.trim().toLowerCase() === b.trim().toLowerCase();

/** Whether the answer to `followUp` was kept as feedback: an entry dated the day of the reply, or from that person since. */
export function carriedFeedback(application: Pick<Application, 'feedback'>, followUp: FollowUp): boolean {
  if (!followUp.replied) return false;
  return application.feedback.some((note) => note.date === followUp.replied || (sameName(note.from, followUp.contact) && (!note.date || !followUp.sent || note.date >= followUp.sent)));
}

/** Asked, answered with feedback, and the median days from asking to an answer (undefined before any answer). */
export interface FeedbackCounts {
  readonly asked: number;
  readonly received: number;
  readonly medianReplyDays?: number;
}

/** Counts the feedback asked for across `applications`. */
export function feedbackCounts(applications: readonly Pick<Application, 'feedback' | 'followUps'>[]): FeedbackCounts {
  let asked = 0;
  let received = 0;
  const days: number[] = [];
  for (const application of applications) {
    for (const followUp of application.followUps) {
      if (!askedForFeedback(followUp)) continue;
      asked++;
      if (carriedFeedback(application, followUp)) received++;
      if (followUp.replied && followUp.replied >= followUp.sent!) days.push(differenceInCalendarDays(fromIsoDate(followUp.replied), fromIsoDate(followUp.sent!)));
    }
  }
  return { asked, received, ...(days.length ? { medianReplyDays: Math.round(median(days)) } : {}) };
}

