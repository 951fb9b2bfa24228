/** The values `job-search.yaml` accepts for statuses and kinds, in display order, with their labels. */
import * as l10n from '@vscode/l10n';

/** Every application status, in pipeline order; the JSON Schema lists the same values. */
export const STATUSES = [
  'wishlist',
  'applied',
  'screening',
  'interviewing',
  'offer',
  'accepted',
  'rejected',
  'withdrawn',
  'ghosted',
] as const;
/** An application's stage. */
export type Status = (typeof STATUSES)[number];

/** Statuses after which nothing more is expected from the company. */
export const CLOSED_STATUSES: ReadonlySet<Status> = new Set<Status>(['accepted', 'rejected', 'withdrawn', 'ghosted']);

/** Human labels for statuses. */
export const STATUS_LABELS: Readonly<Record<Status, string>> = {
  get wishlist() {
    return l10n.t('Wishlist');
  },
  get applied() {
    return l10n.t('Applied');
  },
  get screening() {
    return l10n.t('Screening');
  },
  get interviewing() {
    return l10n.t('Interviewing');
  },
  get offer() {
    return l10n.t('Offer');
  },
  get accepted() {
    return l10n.t('Accepted');
  },
  get rejected() {
    return l10n.t('Rejected');
  },
  get withdrawn() {
    return l10n.t('Withdrawn');
  },
  get ghosted() {
    return l10n.t('Ghosted');
  },
};

/** Every follow-up kind; each one has a draft template. */
export const FOLLOW_UP_KINDS = [
  'thank-you',
  'rejection-reply',
  'feedback-request',
  'keep-in-touch',
  'referral-request',
  'connection-note',
  'check-in',
  'other',
] as const;
/** What a follow-up message is for. */
export type FollowUpKind = (typeof FOLLOW_UP_KINDS)[number];

/** Human labels for follow-up kinds. */
export const FOLLOW_UP_LABELS: Readonly<Record<FollowUpKind, string>> = {
  get 'thank-you'() {
    return l10n.t('Thank-you note');
  },
  get 'rejection-reply'() {
    return l10n.t('Reply to the rejection');
  },
  get 'feedback-request'() {
    return l10n.t('Feedback request');
  },
  get 'keep-in-touch'() {
    return l10n.t('Keep-in-touch message');
  },
  get 'referral-request'() {
    return l10n.t('Referral request');
  },
  get 'connection-note'() {
    return l10n.t('Connection note');
  },
  get 'check-in'() {
    return l10n.t('Status check-in');
  },
  get other() {
    return l10n.t('Follow-up');
  },
};

/** Follow-up kinds as they read inside a sentence, in the display language ("Draft a thank-you note for…"). */
export const FOLLOW_UP_NOUNS: Readonly<Record<FollowUpKind, string>> = {
  get 'thank-you'() {
    return l10n.t({ message: 'thank-you note', comment: ['inside a sentence'] });
  },
  get 'rejection-reply'() {
    return l10n.t({ message: 'reply to the rejection', comment: ['inside a sentence'] });
  },
  get 'feedback-request'() {
    return l10n.t({ message: 'feedback request', comment: ['inside a sentence'] });
  },
  get 'keep-in-touch'() {
    return l10n.t({ message: 'keep-in-touch message', comment: ['inside a sentence'] });
  },
  get 'referral-request'() {
    return l10n.t({ message: 'referral request', comment: ['inside a sentence'] });
  },
  get 'connection-note'() {
    return l10n.t({ message: 'connection note', comment: ['inside a sentence'] });
  },
  get 'check-in'() {
    return l10n.t({ message: 'status check-in', comment: ['inside a sentence'] });
  },
  get other() {
    return l10n.t({ message: 'follow-up', comment: ['inside a sentence'] });
  },
};

/** Every interview kind; reflections use the same values for the stage they look back on. */
export const INTERVIEW_KINDS = [
  'screening',
  'recruiter',
  'hiring-manager',
  'technical',
  'coding',
  'system-design',
  'behavioral',
  'take-home',
  'pair-programming',
  'onsite',
  'panel',
  'final',
  'other',
] as const;
/** What an interview was about. */
export type InterviewKind = (typeof INTERVIEW_KINDS)[number];

/** Human labels for interview kinds. */
export const INTERVIEW_LABELS: Readonly<Record<InterviewKind, string>> = {
  get screening() {
    return l10n.t('Screening call');
  },
  get recruiter() {
    return l10n.t('Recruiter call');
  },
  get 'hiring-manager'() {
    return l10n.t('Hiring manager interview');
  },
  get technical() {
    return l10n.t('Technical interview');
  },
  get coding() {
    return l10n.t('Coding interview');
  },
  get 'system-design'() {
    return l10n.t('System design interview');
  },
  get behavioral() {
    return l10n.t('Behavioral interview');
  },
  get 'take-home'() {
    return l10n.t('Take-home assignment');
  },
  get 'pair-programming'() {
    return l10n.t('Pair-programming session');
  },
  get onsite() {
    return l10n.t('Onsite');
  },
  get panel() {
    return l10n.t('Panel interview');
  },
  get final() {
    return l10n.t('Final round');
  },
  get other() {
    return l10n.t('Interview');
  },
};

/** Interview kinds as they read inside a sentence, in the display language ("Recorded the coding interview at…"). */
export const INTERVIEW_NOUNS: Readonly<Record<InterviewKind, string>> = {
  get screening() {
    return l10n.t({ message: 'screening call', comment: ['inside a sentence'] });
  },
  get recruiter() {
    return l10n.t({ message: 'recruiter call', comment: ['inside a sentence'] });
  },
  get 'hiring-manager'() {
    return l10n.t({ message: 'hiring manager interview', comment: ['inside a sentence'] });
  },
  get technical() {
    return l10n.t({ message: 'technical interview', comment: ['inside a sentence'] });
  },
  get coding() {
    return l10n.t({ message: 'coding interview', comment: ['inside a sentence'] });
  },
  get 'system-design'() {
    return l10n.t({ message: 'system design interview', comment: ['inside a sentence'] });
  },
  get behavioral() {
    return l10n.t({ message: 'behavioral interview', comment: ['inside a sentence'] });
  },
  get 'take-home'() {
    return l10n.t({ message: 'take-home assignment', comment: ['inside a sentence'] });
  },
  get 'pair-programming'() {
    return l10n.t({ message: 'pair-programming session', comment: ['inside a sentence'] });
  },
  get onsite() {
    return l10n.t({ message: 'onsite', comment: ['inside a sentence'] });
  },
  get panel() {
    return l10n.t({ message: 'panel interview', comment: ['inside a sentence'] });
  },
  get final() {
    return l10n.t({ message: 'final round', comment: ['inside a sentence'] });
  },
  get other() {
    return l10n.t({ message: 'interview', comment: ['inside a sentence'] });
  },
};

/**
 * Interview kinds in text the extension writes rather than shows: drafts made from the English templates, and the
 * `source:` of a training entry in job-search.yaml. They stay English whatever the display language, so the file
 * does not change its words when the editor's language changes, and sources already written still match.
 */
export const INTERVIEW_WORDS: Readonly<Record<InterviewKind, string>> = {
  screening: 'screening call',
  recruiter: 'recruiter call',
  'hiring-manager': 'hiring manager interview',
  technical: 'technical interview',
  coding: 'coding interview',
  'system-design': 'system design interview',
  behavioral: 'behavioral interview',
  'take-home': 'take-home assignment',
  'pair-programming': 'pair-programming session',
  onsite: 'onsite',
  panel: 'panel interview',
  final: 'final round',
  other: 'interview',
};

/** Every kind of touch with a person: how you were in contact, or what happened about a referral. */
export const TOUCH_KINDS = ['message', 'call', 'coffee', 'meeting', 'introduction', 'referral-asked', 'referral-given', 'referral-declined', 'other'] as const;
/** What a touch with a person was. */
export type TouchKind = (typeof TOUCH_KINDS)[number];

/** Human labels for touch kinds. */
export const TOUCH_LABELS: Readonly<Record<TouchKind, string>> = {
  get message() {
    return l10n.t('Message');
  },
  get call() {
    return l10n.t('Call');
  },
  get coffee() {
    return l10n.t('Coffee');
  },
  get meeting() {
    return l10n.t('Meeting');
  },
  get introduction() {
    return l10n.t('Introduction');
  },
  get 'referral-asked'() {
    return l10n.t('Referral asked');
  },
  get 'referral-given'() {
    return l10n.t('Referral given');
  },
  get 'referral-declined'() {
    return l10n.t('Referral declined');
  },
  get other() {
    return l10n.t('Other');
  },
};
