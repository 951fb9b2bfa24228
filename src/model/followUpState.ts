/** Where a follow-up stands: still to send, sent and awaiting a reply, answered, or skipped on purpose. */
import type { FollowUp } from './jobSearch';
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
export const ASKS_FOR_ANSWER: ReadonlySet<FollowUpKind> = new Set(['feedback-request', 'referral-request', 'check-in']);

/** Whether the follow-up still asks something of the user: not sent, not answered and not skipped. */
export function isToSend(followUp: Pick<FollowUp, 'sent' | 'replied' | 'skipped'>): boolean {
  return followUpState(followUp) === 'to-send';
}
