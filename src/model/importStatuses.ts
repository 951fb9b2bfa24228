/** Status words from other trackers and spreadsheets, mapped to the file's stages; anything else is asked about. */
import { headerKey } from './importColumns';
import { STATUSES, STATUS_LABELS, type Status } from './vocabulary';

/** Common status words, compared as `headerKey` writes them. */
const STATUS_WORDS: readonly (readonly [Status, readonly string[]])[] = [
  ['wishlist', ['wishlist', 'saved', 'bookmarked', 'interested', 'toapply', 'notapplied', 'notappliedyet', 'planned', 'idea', 'draft', 'backlog', 'todo', 'merkliste']],
  ['applied', ['applied', 'submitted', 'applicationsent', 'sent', 'pending', 'waiting', 'awaitingresponse', 'inreview', 'underreview', 'open', 'beworben']],
  ['screening', ['screening', 'screen', 'phonescreen', 'recruitercall', 'recruiterscreen', 'hrscreen', 'initialcall', 'phoneinterview', 'firstcall']],
  ['interviewing', ['interviewing', 'interview', 'interviews', 'technical', 'technicalinterview', 'onsite', 'finalround', 'final', 'takehome', 'codingchallenge', 'inprogress', 'interviewscheduled', 'gesprach', 'vorstellungsgesprach']],
  ['offer', ['offer', 'offered', 'offerreceived', 'offerextended', 'angebot']],
  ['accepted', ['accepted', 'hired', 'offeraccepted', 'signed', 'joined', 'angenommen']],
  ['rejected', ['rejected', 'rejection', 'notselected', 'nooffer', 'turneddown', 'unsuccessful', 'closed', 'notmovingforward', 'absage', 'abgesagt', 'abgelehnt']],
  ['withdrawn', ['withdrawn', 'withdrew', 'withdraw', 'offerdeclined', 'ideclined', 'notinterested', 'zuruckgezogen']],
  ['ghosted', ['ghosted', 'noresponse', 'noreply', 'noanswer', 'silence', 'keineantwort']],
];

/** The stage a status cell means, or undefined when it is not a word the importer knows (the user then picks one). */
export function statusOf(value: string, chosen: Readonly<Record<string, Status>> = {}): Status | undefined {
  const key = headerKey(value);
  if (!key) return undefined;
  if (chosen[key]) return chosen[key];
  for (const status of STATUSES) if (key === status || key === headerKey(STATUS_LABELS[status])) return status;
  return STATUS_WORDS.find(([, words]) => words.includes(key))?.[0];
}

/** The distinct status values of a column that need the user to say what they mean, as first written. */
export function unknownStatuses(values: Iterable<string>, chosen: Readonly<Record<string, Status>> = {}): string[] {
  const seen = new Map<string, string>();
  for (const value of values) {
    const key = headerKey(value);
    if (key && !seen.has(key) && !statusOf(value, chosen)) seen.set(key, value.trim());
  }
  return [...seen.values()];
}
