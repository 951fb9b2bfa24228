/** The values a draft is filled with, taken from one application, the chosen contact and the profile. */
import { intlFormat } from 'date-fns';
import { fromIsoDate } from './calendarDate';
import type { Application, Contact, FollowUp, Interview, IsoDate, Profile } from './jobSearch';
import { INTERVIEW_WORDS, type InterviewKind } from './vocabulary';

/** Every variable templates may use; a missing one becomes a tab stop with the hint below. */
export interface DraftValues {
  readonly company?: string;
  readonly role?: string;
  readonly contactName?: string;
  readonly contactFirstName?: string;
  readonly contactEmail?: string;
  readonly interviewers?: string;
  readonly interviewDate?: string;
  readonly interviewKind?: string;
  readonly highlight?: string;
  readonly feedback?: string;
  readonly myName?: string;
  readonly signature?: string;
}

/** What each variable's tab stop says when the file does not provide it. */
export const VARIABLE_HINTS: Readonly<Record<keyof DraftValues, string>> = {
  company: 'company',
  role: 'role',
  contactName: 'their name',
  contactFirstName: 'name',
  contactEmail: 'their email',
  interviewers: 'the interviewers',
  interviewDate: 'the interview date',
  interviewKind: 'interview',
  highlight: 'a topic you discussed',
  feedback: 'their feedback',
  myName: 'your name',
  signature: 'your name',
};

/** Interview kinds that belong to the first contact with a company rather than to the later rounds. */
const EARLY_KINDS: ReadonlySet<InterviewKind> = new Set<InterviewKind>(['screening', 'recruiter']);

/** Whether the application got past the screening stage, which decides what feedback to ask for. */
export function reachedLateStage(application: Application): boolean {
  return application.interviews.some((interview) => interview.kind !== undefined && !EARLY_KINDS.has(interview.kind));
}

/** The interview a follow-up most likely refers to: the latest one on or before `today`, else the latest one. */
export function latestInterview(application: Application, today: IsoDate): Interview | undefined {
  const dated = application.interviews.filter((interview) => interview.date).sort((a, b) => (a.date! < b.date! ? -1 : 1));
  return dated.filter((interview) => interview.date! <= today).at(-1) ?? dated.at(-1) ?? application.interviews.at(-1);
}

/** The contact a message goes to: the one named, else the first with an email, else the first. */
export function pickContact(application: Application, name?: string): Contact | undefined {
  const wanted = name?.trim().toLowerCase();
  if (wanted) return application.contacts.find((contact) => contact.name.trim().toLowerCase() === wanted);
  return application.contacts.find((contact) => contact.email) ?? application.contacts[0];
}

/** "A", "A and B", "A, B and C". */
function listNames(names: readonly string[]): string | undefined {
  if (!names.length) return undefined;
  return names.length === 1 ? names[0] : `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
}

/** The first sentence or clause of the interview notes, as something specific to mention. */
function highlightOf(interview: Interview | undefined): string | undefined {
  const first = interview?.notes?.split(/[.;!?\n]/)[0]?.trim();
  if (!first) return undefined;
  return first.charAt(0).toLowerCase() + first.slice(1);
}

/**
 * Collects the values for a draft about `application`, addressed to `contactName` when given. A draft for a
 * follow-up that was due earlier is about the interview before that date, not a later round.
 */
export function draftValues(application: Application, profile: Profile | undefined, today: IsoDate, contactName?: string, followUp?: Pick<FollowUp, 'due'>): DraftValues {
  const contact = pickContact(application, contactName);
  const interview = latestInterview(application, followUp?.due && followUp.due < today ? followUp.due : today);
  const name = contact?.name ?? (contactName?.trim() || undefined);
  return {
    company: application.company.trim() || undefined,
    role: application.role,
    contactName: name,
    contactFirstName: name?.split(/\s+/)[0],
    contactEmail: contact?.email,
    interviewers: listNames(interview?.with ?? []),
    interviewDate: interview?.date ? intlFormat(fromIsoDate(interview.date), { month: 'long', day: 'numeric' }, { locale: 'en-US' }) : undefined,
    interviewKind: interview?.kind && interview.kind !== 'other' ? INTERVIEW_WORDS[interview.kind] : interview ? 'interview' : undefined,
    highlight: highlightOf(interview),
    feedback: application.feedback,
    myName: profile?.name,
    signature: profile?.signature ?? profile?.name,
  };
}
