/** Which applications a message of a kind can be about, for the draft commands' pickers. */
import type { Application } from './jobSearch';
import type { FollowUpKind } from './vocabulary';

/**
 * Whether a message of `kind` can be about `application`: nothing has happened yet with a wishlist entry to thank
 * anyone for, ask feedback on or follow up; a referral request or a connection note can come before applying; only a
 * rejection gets a reply to a rejection.
 */
export function fitsMessage(application: Pick<Application, 'status'>, kind: FollowUpKind): boolean {
  if (kind === 'referral-request' || kind === 'connection-note' || kind === 'other') return true;
  if (kind === 'rejection-reply') return application.status === 'rejected';
  return application.status !== 'wishlist';
}
