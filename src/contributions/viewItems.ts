/**
 * The words a tree row's `contextValue` is made of; package.json's menus match them with `viewItem == …` and
 * `viewItem =~ /\bword\b/` (a unit test checks every word they match is here).
 */
export const ViewItem = {
  file: 'file',
  problems: 'problems',
  readError: 'readError',
  empty: 'empty',
  needsAction: 'needsAction',
  needsActionMore: 'needsActionMore',
  action: 'action',
  stage: 'stage',
  application: 'application',
  open: 'open',
  hasLink: 'hasLink',
  contact: 'contact',
  interview: 'interview',
  followUp: 'followUp',
  sent: 'sent',
  unsent: 'unsent',
  awaitingReply: 'awaitingReply',
  replied: 'replied',
  skipped: 'skipped',
  overdue: 'overdue',
  feedback: 'feedback',
  reflection: 'reflection',
  skill: 'skill',
  trainingItem: 'trainingItem',
  done: 'done',
  unplannedGaps: 'unplannedGaps',
  gap: 'gap',
  person: 'person',
  due: 'due',
  touch: 'touch',
  referralAsked: 'referralAsked',
  peopleGroup: 'peopleGroup',
  wayBack: 'wayBack',
  hasPrep: 'hasPrep',
  noPrep: 'noPrep',
  posting: 'posting',
  resume: 'resume',
} as const;

/** One of the words in `ViewItem`, or a status word (`status-applied`, …). */
export type ViewItemWord = (typeof ViewItem)[keyof typeof ViewItem] | `status-${string}`;

/** A row's `contextValue`: its kind first (menus match `^application`), then what it has, falsy words left out. */
export function viewItem(...words: (ViewItemWord | false | undefined)[]): string {
  return words.filter(Boolean).join(' ');
}
