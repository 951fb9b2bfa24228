/** Where a follow-up stands: still to send, sent and awaiting a reply, answered, or skipped on purpose. */
import { differenceInCalendarDays } from 'date-fns';
import { fromIsoDate } from './calendarDate';
import type { FollowUp, IsoDate } from './jobSearch';
import type { FollowUpKind } from './vocabulary';

/** The four states a follow-up moves through. */
export type FollowUpState = 'to-send' | 'awaiting-reply' | 'replied' | 'skipped';

/** The state of `followUp`; a reply counts even when the sent date was not written down. */
export function followUpState(followUp: Pick<FollowUp, 'sent' | 'replied' | 'skipped'>): FollowUpState {
  if (followUp.replied) return 'replied';
  if (followUp.sent) return 'awaiting-reply';
  if (followUp.skipped) return 'skipped';
  return 'to-send';
}

/** The messages that ask for an answer; a thank-you note or a keep-in-touch message does not wait for one. */
export const ASKS_FOR_ANSWER: ReadonlySet<FollowUpKind> = new Set(['rejection-reply', 'feedback-request', 'referral-request', 'check-in']);

/**
 * Whether to suggest the one gentle nudge: a message that asked for an answer, sent `afterDays` or more days ago,
 * with no reply and no nudge yet.
 */
export function needsNudge(followUp: Pick<FollowUp, 'kind' | 'sent' | 'replied' | 'skipped' | 'nudged'>, today: IsoDate, afterDays: number): boolean {
  if (!followUp.kind || !ASKS_FOR_ANSWER.has(followUp.kind) || followUp.nudged || followUpState(followUp) !== 'awaiting-reply') return false;
  return differenceInCalendarDays(fromIsoDate(today), fromIsoDate(followUp.sent!)) >= afterDays;
}

/** Whether the follow-up still asks something of the user: not sent, not answered and not skipped. */
export function isToSend(followUp: Pick<FollowUp, 'sent' | 'replied' | 'skipped'>): boolean {
  return followUpState(followUp) === 'to-send';
}
