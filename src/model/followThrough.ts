/** What to schedule after an interview or a rejection, on business days, and the file edits that record it. */
import { addBusinessDays, addMonths, isWeekend, nextMonday } from 'date-fns';
import { fromIsoDate, toIsoDate } from './calendarDate';
import { pickContact } from './draftValues';
import type { Application, IsoDate } from './jobSearch';
import type { ParsedJobSearch } from './parseJobSearch';
import { combinePlans, planAddFollowUps, planAppend, planSetStatus, type NewFollowUp, type Plan } from './planEdits';
import type { FollowUpKind, InterviewKind, Status } from './vocabulary';

/** How far out each follow-up is scheduled; mirrors the `jobSearch.followThrough.*` settings. */
export interface FollowThroughSettings {
  readonly thankYouBusinessDays: number;
  readonly feedbackRequestBusinessDays: number;
  readonly keepInTouchMonths: number;
}

/** The defaults: thank them the next business day, ask for feedback within two, check in after three months. */
export const DEFAULT_FOLLOW_THROUGH: FollowThroughSettings = { thankYouBusinessDays: 1, feedbackRequestBusinessDays: 2, keepInTouchMonths: 3 };

/** `days` business days after `date` (a Saturday plus one is Monday). */
export function businessDaysAfter(date: IsoDate, days: number): IsoDate {
  return toIsoDate(addBusinessDays(fromIsoDate(date), days));
}

/** About `months` months after `date`, moved to the Monday when it falls on a weekend. */
export function monthsAfter(date: IsoDate, months: number): IsoDate {
  const target = addMonths(fromIsoDate(date), months);
  return toIsoDate(isWeekend(target) ? nextMonday(target) : target);
}

/** Follow-ups of these kinds, except those the application already has waiting unsent. */
function schedule(application: Application, wanted: readonly (readonly [FollowUpKind, IsoDate])[]): NewFollowUp[] {
  const contact = pickContact(application)?.name;
  return wanted
    .filter(([kind]) => !application.followUps.some((followUp) => followUp.kind === kind && !followUp.sent))
    .map(([kind, due]) => ({ kind, due, ...(contact ? { contact } : {}) }));
}

/** The follow-through after a rejection: thank-you, feedback request, keep-in-touch. */
export function rejectionFollowUps(application: Application, today: IsoDate, settings: FollowThroughSettings): NewFollowUp[] {
  return schedule(application, [
    ['thank-you', businessDaysAfter(today, settings.thankYouBusinessDays)],
    ['feedback-request', businessDaysAfter(today, settings.feedbackRequestBusinessDays)],
    ['keep-in-touch', monthsAfter(today, settings.keepInTouchMonths)],
  ]);
}

/** Marks the application rejected today, with its history entry, and schedules the follow-through; one change. */
export function planRecordRejection(parsed: ParsedJobSearch, text: string, application: Application, today: IsoDate, settings: FollowThroughSettings): Plan {
  const followUps = rejectionFollowUps(application, today, settings);
  return combinePlans(
    planSetStatus(parsed, text, application, 'rejected', today),
    followUps.length ? planAddFollowUps(parsed, text, application, followUps) : { edits: [] },
  );
}

/** An interview to record. */
export interface NewInterview {
  readonly date: IsoDate;
  readonly kind?: InterviewKind;
  readonly with?: readonly string[];
}

/** Stages before the interviews; recording an interview moves such an application to `interviewing`. */
const BEFORE_INTERVIEWS: ReadonlySet<Status> = new Set<Status>(['wishlist', 'applied', 'screening']);

/**
 * Adds the interview, moves an early-stage application to interviewing, adds interviewers who are not contacts yet
 * (so drafts can greet them by name), and schedules the thank-you to the first interviewer; one change.
 */
export function planRecordInterview(parsed: ParsedJobSearch, text: string, application: Application, interview: NewInterview, settings: FollowThroughSettings): Plan {
  const entry = {
    date: interview.date,
    ...(interview.kind ? { kind: interview.kind } : {}),
    ...(interview.with?.length ? { with: interview.with } : {}),
  };
  const names = (interview.with ?? []).map((name) => name.trim()).filter(Boolean);
  const newContacts = names.filter((name, index) => !pickContact(application, name) && names.findIndex((other) => other.toLowerCase() === name.toLowerCase()) === index);
  const interviewer = names[0] && (pickContact(application, names[0])?.name ?? names[0]);
  const thankYou = schedule(application, [['thank-you', businessDaysAfter(interview.date, settings.thankYouBusinessDays)]]).map((followUp) => ({
    ...followUp,
    ...(interviewer ? { contact: interviewer } : {}),
  }));
  const moves = application.status === undefined || BEFORE_INTERVIEWS.has(application.status);
  return combinePlans(
    planAppend(parsed, text, application, 'interviews', [entry]),
    newContacts.length ? planAppend(parsed, text, application, 'contacts', newContacts.map((name) => ({ name, role: 'Interviewer' }))) : { edits: [] },
    moves ? planSetStatus(parsed, text, application, 'interviewing', interview.date) : { edits: [] },
    thankYou.length ? planAddFollowUps(parsed, text, application, thankYou) : { edits: [] },
  );
}
