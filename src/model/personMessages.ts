/** Messages to a person: which kinds are offered, and what sending one records among their touches. */
import { addDays } from 'date-fns';
import { fromIsoDate, toIsoDate } from './calendarDate';
import { monthsAfter, type FollowThroughSettings } from './followThrough';
import type { IsoDate, Person } from './jobSearch';
import { openReferralAsk } from './network';
import type { FollowUpKind, TouchKind } from './vocabulary';

/** What a message to a person can be, in the order the picker offers them. */
export type PersonMessage = 'keep-in-touch' | 'referral-request' | 'connection-note' | 'referral-thanks' | 'other';

/** The follow-up kind whose templates write each message. */
export const MESSAGE_KINDS: Readonly<Record<PersonMessage, FollowUpKind>> = {
  'keep-in-touch': 'keep-in-touch',
  'referral-request': 'referral-request',
  'connection-note': 'connection-note',
  'referral-thanks': 'thank-you',
  other: 'other',
};

/** The messages that make sense for a person now: a thank-you only after a referral, no second ask while one is open. */
export function messagesFor(person: Person): PersonMessage[] {
  const gave = person.touches.some((touch) => touch.kind === 'referral-given');
  return (['keep-in-touch', 'referral-request', 'connection-note', 'referral-thanks', 'other'] as const).filter(
    (message) => (message !== 'referral-thanks' || gave) && (message !== 'referral-request' || !openReferralAsk(person)),
  );
}

/** The touch a sent message records, and when to reach out next. */
export interface SentTouch {
  readonly kind: TouchKind;
  readonly application?: string;
  /** A referral ask is checked on after the nudge delay; any other message after the keep-in-touch interval (null: none). */
  readonly next: IsoDate | null;
}

/** What sending `message` records on the person, as of `today`. */
export function touchForMessage(message: PersonMessage, application: string | undefined, today: IsoDate, settings: Pick<FollowThroughSettings, 'keepInTouchMonths' | 'nudgeAfterDays'>): SentTouch {
  const later = settings.keepInTouchMonths > 0 ? monthsAfter(today, settings.keepInTouchMonths) : null;
  if (message === 'referral-request') return { kind: 'referral-asked', ...(application ? { application } : {}), next: toIsoDate(addDays(fromIsoDate(today), settings.nudgeAfterDays)) };
  return { kind: 'message', ...(application ? { application } : {}), next: later };
}
