/** The values `job-search.yaml` accepts for statuses and kinds, in display order, with their labels. */

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
  wishlist: 'Wishlist',
  applied: 'Applied',
  screening: 'Screening',
  interviewing: 'Interviewing',
  offer: 'Offer',
  accepted: 'Accepted',
  rejected: 'Rejected',
  withdrawn: 'Withdrawn',
  ghosted: 'Ghosted',
};

/** Every follow-up kind; each one has a draft template. */
export const FOLLOW_UP_KINDS = [
  'thank-you',
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
  'thank-you': 'Thank-you note',
  'feedback-request': 'Feedback request',
  'keep-in-touch': 'Keep-in-touch message',
  'referral-request': 'Referral request',
  'connection-note': 'Connection note',
  'check-in': 'Status check-in',
  other: 'Follow-up',
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
  screening: 'Screening call',
  recruiter: 'Recruiter call',
  'hiring-manager': 'Hiring manager interview',
  technical: 'Technical interview',
  coding: 'Coding interview',
  'system-design': 'System design interview',
  behavioral: 'Behavioral interview',
  'take-home': 'Take-home assignment',
  'pair-programming': 'Pair-programming session',
  onsite: 'Onsite',
  panel: 'Panel interview',
  final: 'Final round',
  other: 'Interview',
};
