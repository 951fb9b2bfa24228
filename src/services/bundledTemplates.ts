/**
 * The names of the draft templates in snippets/. Listed rather than read from the folder: web hosts serve the
 * extension over HTTP, where a file can be read but a folder cannot be listed.
 */
export const BUNDLED_TEMPLATE_NAMES: readonly string[] = [
  'check-in',
  'connection-note',
  'connection-note-person',
  'feedback-request-final',
  'feedback-request-screening',
  'keep-in-touch',
  'keep-in-touch-person',
  'nudge',
  'referral-request',
  'referral-request-person',
  'referral-thanks',
  'rejection-reply-feedback',
  'rejection-reply-interviews',
  'rejection-reply-screening',
  'short-note',
  'thank-you-interview',
  'thank-you-rejection',
];
