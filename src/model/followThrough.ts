/** What to schedule after an interview or a rejection, on business days, and the file edits that record it. */
import { addBusinessDays, addMonths, differenceInCalendarDays, isWeekend, nextMonday } from 'date-fns';
import { fromIsoDate, toIsoDate } from './calendarDate';
import { pickContact } from './draftValues';
import type { Application, FollowUp, IsoDate } from './jobSearch';
import type { ParsedJobSearch } from './parseJobSearch';
import { followUpState, isToSend } from './followUpState';
import { feedbackOf } from './feedbackOf';
import { combinePlans, planAddFeedback, planAddFollowUps, planAppend, planFollowUpFields, planSetStatus, type NewFeedback, type NewFollowUp, type Plan } from './planEdits';
import { refOf } from './applicationRef';
import { findPerson } from './network';
import * as l10n from '@vscode/l10n';
import type { FollowUpKind, InterviewKind, Status } from './vocabulary';

/** How far out each follow-up is scheduled, and what follows a rejection; mirrors the `jobSearch.followThrough.*` settings. */
export interface FollowThroughSettings {
  readonly thankYouBusinessDays: number;
  readonly feedbackRequestBusinessDays: number;
  readonly keepInTouchMonths: number;
  /** One reply that thanks and asks, or a separate thank-you and feedback request. */
  readonly afterRejection: 'one-reply' | 'separate-messages';
  /** Days without an answer after which one gentle nudge is suggested. */
  readonly nudgeAfterDays: number;
  /** When to schedule a LinkedIn connection note to the people met: never, after each interview, or after a rejection. */
  readonly connectionNote: 'off' | 'after-interview' | 'after-rejection';
}

/**
 * The defaults: answer the next business day, ask anyone else for feedback within two, check in after three
 * months; one reply to a rejection; a nudge after ten days of silence.
 */
export const DEFAULT_FOLLOW_THROUGH: FollowThroughSettings = {
  thankYouBusinessDays: 1,
  feedbackRequestBusinessDays: 2,
  keepInTouchMonths: 3,
  afterRejection: 'one-reply',
  nudgeAfterDays: 10,
  connectionNote: 'off',
};

/** `days` business days after `date` (a Saturday plus one is Monday). */
export function businessDaysAfter(date: IsoDate, days: number): IsoDate {
  return toIsoDate(addBusinessDays(fromIsoDate(date), days));
}

/** About `months` months after `date`, moved to the Monday when it falls on a weekend. */
export function monthsAfter(date: IsoDate, months: number): IsoDate {
  const target = addMonths(fromIsoDate(date), months);
  return toIsoDate(isWeekend(target) ? nextMonday(target) : target);
}

/** A follow-up to schedule: its kind, due date, and who it goes to when not the usual contact. */
type Wanted = readonly [FollowUpKind, IsoDate, string?];

/** Follow-ups of these kinds, except those the application already has waiting to be sent. */
function schedule(application: Application, wanted: readonly Wanted[]): NewFollowUp[] {
  const usual = pickContact(application)?.name;
  return wanted
    .filter(([kind]) => !application.followUps.some((followUp) => followUp.kind === kind && isToSend(followUp)))
    .map(([kind, due, to]) => ({ kind, due, ...((to ?? usual) ? { contact: to ?? usual } : {}) }));
}

/** A rejection as Record Rejection collects it. */
export interface Rejection {
  /** When the news came. */
  readonly date: IsoDate;
  /** What they said with it, if anything. */
  readonly feedback?: NewFeedback;
  /** Someone else to ask for feedback (an interviewer, the hiring manager), when the user picks one. */
  readonly askAlso?: string;
}

const sameName = (a: string | undefined, b: string | undefined): boolean => !!a && !!b && a.trim().toLowerCase() === b.trim().toLowerCase();

/**
 * The follow-through after a rejection. By default one reply, due the next business day, thanks them and asks its
 * questions; a separate feedback request goes only to a different person the user picked, and never once feedback
 * is recorded. With `separate-messages`, a thank-you and a feedback request as before. A keep-in-touch either way.
 * Nothing is due before `today`, however late the rejection is recorded.
 */
export function rejectionFollowUps(application: Application, rejection: Rejection, today: IsoDate, settings: FollowThroughSettings): NewFollowUp[] {
  const hasFeedback = application.feedback.length > 0 || application.reflections.some((reflection) => reflection.feedback) || !!rejection.feedback?.text.trim();
  const soon = (days: number): IsoDate => latest(businessDaysAfter(rejection.date, days), today);
  const usual = pickContact(application)?.name;
  const wanted: Wanted[] = [];
  if (settings.afterRejection === 'separate-messages') {
    wanted.push(['thank-you', soon(settings.thankYouBusinessDays)]);
    if (!hasFeedback) wanted.push(['feedback-request', soon(settings.feedbackRequestBusinessDays), rejection.askAlso?.trim() || undefined]);
  } else {
    wanted.push(['rejection-reply', soon(settings.thankYouBusinessDays)]);
    const other = rejection.askAlso?.trim();
    if (other && !hasFeedback && !sameName(other, usual)) wanted.push(['feedback-request', soon(settings.feedbackRequestBusinessDays), other]);
  }
  wanted.push(['keep-in-touch', latest(monthsAfter(rejection.date, settings.keepInTouchMonths), today)]);
  const notes = settings.connectionNote === 'after-rejection' ? connectionNotes(application, peopleToAsk(application), soon(settings.thankYouBusinessDays + 1)) : [];
  return [...schedule(application, wanted), ...notes];
}

/** A connection note to each of `names` not already sent or waiting one, due on `due`. */
function connectionNotes(application: Application, names: readonly string[], due: IsoDate): NewFollowUp[] {
  const had = (name: string): boolean => application.followUps.some((followUp) => followUp.kind === 'connection-note' && followUpState(followUp) !== 'skipped' && sameName(followUp.contact, name));
  return names.filter((name) => !had(name)).map((name) => ({ kind: 'connection-note', due, contact: name }));
}

const latest = (a: IsoDate, b: IsoDate): IsoDate => (a > b ? a : b);

/** The people the user met at the company (interviewers, then contacts), once each, except `except`. */
export function peopleToAsk(application: Pick<Application, 'interviews' | 'contacts'>, except?: string): string[] {
  const seen = new Set<string>(except?.trim() ? [except.trim().toLowerCase()] : []);
  return [...application.interviews.flatMap((interview) => interview.with), ...application.contacts.map((contact) => contact.name)]
    .map((name) => name.trim())
    .filter((name) => name && !seen.has(name.toLowerCase()) && seen.add(name.toLowerCase()));
}

/**
 * Whether to offer asking someone else for feedback: the reply to a rejection went unanswered for `afterDays`, no
 * feedback is recorded, nobody else has been asked, and there is someone else to ask.
 */
export function canAskSomeoneElse(application: Application, followUp: FollowUp, today: IsoDate, afterDays: number): boolean {
  if (followUp.kind !== 'rejection-reply' || followUpState(followUp) !== 'awaiting-reply' || !followUp.sent) return false;
  if (differenceInCalendarDays(fromIsoDate(today), fromIsoDate(followUp.sent)) < afterDays) return false;
  if (feedbackOf(application).length || application.followUps.some((other) => other.kind === 'feedback-request' && followUpState(other) !== 'skipped')) return false;
  return peopleToAsk(application, followUp.contact).length > 0;
}

/**
 * Marks the application rejected on the day the news came, records the feedback given, and schedules the
 * follow-through; with one reply, a thank-you still waiting to be sent is skipped, as the reply thanks them. One change.
 */
export function planRecordRejection(parsed: ParsedJobSearch, text: string, application: Application, rejection: Rejection, today: IsoDate, settings: FollowThroughSettings): Plan {
  const followUps = rejectionFollowUps(application, rejection, today, settings);
  const feedback = rejection.feedback?.text.trim() ? rejection.feedback : undefined;
  const replaced = settings.afterRejection === 'one-reply' && followUps.some((followUp) => followUp.kind === 'rejection-reply') ? waitingThankYous(application) : [];
  return combinePlans(
    planSetStatus(parsed, text, application, 'rejected', rejection.date),
    feedback ? planAddFeedback(parsed, text, application, { date: rejection.date, ...feedback }) : { edits: [] },
    ...replaced.map((followUpIndex) =>
      planFollowUpFields(parsed, text, { ...refOf(application), kind: 'thank-you', followUpIndex }, [['skipped', today], ['skipReason', l10n.t('the reply to the rejection thanks them')]]),
    ),
    followUps.length ? planAddFollowUps(parsed, text, application, followUps) : { edits: [] },
  );
}

/** The thank-yous still waiting to be sent, by position. */
function waitingThankYous(application: Application): number[] {
  return application.followUps.flatMap((followUp, index) => (followUp.kind === 'thank-you' && isToSend(followUp) ? [index] : []));
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
 * (so drafts can greet them by name), and schedules a thank-you: one to each interviewer when several met the user
 * (a note per person reads better than one to a panel), not repeating one already waiting; one change.
 */
export function planRecordInterview(parsed: ParsedJobSearch, text: string, application: Application, interview: NewInterview, settings: FollowThroughSettings): Plan {
  // Names are written as the file already knows them: a contact's, else a listed person's.
  const canonical = (name: string): string => pickContact(application, name)?.name ?? findPerson(parsed.people, name)?.name.trim() ?? name;
  const names = (interview.with ?? []).map((name) => name.trim()).filter(Boolean).map(canonical);
  const entry = {
    date: interview.date,
    ...(interview.kind ? { kind: interview.kind } : {}),
    ...(names.length ? { with: names } : {}),
  };
  const newContacts = names.filter((name, index) => !pickContact(application, name) && names.findIndex((other) => other.toLowerCase() === name.toLowerCase()) === index);
  // Someone already under `people` is linked, not typed again.
  const contactEntries = newContacts.map((name) => (findPerson(parsed.people, name) ? { person: name } : { name, role: 'Interviewer' }));
  const due = businessDaysAfter(interview.date, settings.thankYouBusinessDays);
  const interviewers = names.map((name) => pickContact(application, name)?.name ?? name).filter((name, index, all) => all.findIndex((other) => sameName(other, name)) === index);
  const waiting = (name: string): boolean => application.followUps.some((followUp) => followUp.kind === 'thank-you' && isToSend(followUp) && sameName(followUp.contact, name));
  const thankYou: NewFollowUp[] =
    interviewers.length > 1
      ? interviewers.filter((name) => !waiting(name)).map((name) => ({ kind: 'thank-you', due, contact: name }))
      : schedule(application, [['thank-you', due, interviewers[0]]]);
  const notes = settings.connectionNote === 'after-interview' ? connectionNotes(application, interviewers, businessDaysAfter(interview.date, settings.thankYouBusinessDays + 1)) : [];
  const moves = application.status === undefined || BEFORE_INTERVIEWS.has(application.status);
  return combinePlans(
    planAppend(parsed, text, application, 'interviews', [entry]),
    contactEntries.length ? planAppend(parsed, text, application, 'contacts', contactEntries) : { edits: [] },
    moves ? planSetStatus(parsed, text, application, 'interviewing', interview.date) : { edits: [] },
    thankYou.length || notes.length ? planAddFollowUps(parsed, text, application, [...thankYou, ...notes]) : { edits: [] },
  );
}
