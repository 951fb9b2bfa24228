/** The values a draft is filled with, taken from one application, the chosen contact and the profile. */
import { intlFormat } from 'date-fns';
import { fromIsoDate } from './calendarDate';
import { feedbackOf } from './feedbackOf';
import type { Application, Contact, FollowUp, Interview, IsoDate, Person, Profile, TrainingEntry } from './jobSearch';
import { findPerson, personOfContact, withPersonDetails } from './network';
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
  /** When the user applied ("November 3"). */
  readonly appliedDate?: string;
  /** The skills trained since, from training items done whose source is this company, with one done step. */
  readonly workedOn?: string;
  /** When the message being followed up was sent ("November 3"). */
  readonly sentDate?: string;
  /** How the user knows the person, as written under `people` ("the platform meetup"). */
  readonly met?: string;
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
  appliedDate: 'the date you applied',
  workedOn: 'what you have worked on since',
  sentDate: 'the date you wrote',
  met: 'where you met',
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

/**
 * The contact a message goes to: the one named, else the first with an email, else the first; a contact that names
 * someone under `people` has that person's details, and a name only `people` knows is that person.
 */
export function pickContact(application: Application, name?: string, people: readonly Person[] = []): Contact | undefined {
  const wanted = name?.trim().toLowerCase();
  const withDetails = (contact: Contact | undefined): Contact | undefined => contact && withPersonDetails(contact, personOfContact(people, contact));
  if (wanted) {
    const contact = application.contacts.find((candidate) => candidate.name.trim().toLowerCase() === wanted);
    if (contact) return withDetails(contact);
    const person = findPerson(people, name);
    return person && { span: person.span, name: person.name, person: person.name, role: person.role, email: person.email, phone: person.phone, linkedin: person.linkedin, fields: {} };
  }
  const contacts = application.contacts.map((contact) => withDetails(contact)!);
  return contacts.find((contact) => contact.email) ?? contacts[0];
}

/** "A", "A and B", "A, B and C". */
function listNames(names: readonly string[]): string | undefined {
  if (!names.length) return undefined;
  return names.length === 1 ? names[0] : `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
}

/** A date as it reads inside an English sentence ("November 3"). */
const spoken = (date: IsoDate | undefined): string | undefined => (date ? intlFormat(fromIsoDate(date), { month: 'long', day: 'numeric' }, { locale: 'en-US' }) : undefined);

/** The earliest date the history says the user applied. */
function appliedOn(application: Application): IsoDate | undefined {
  return application.history.filter((entry) => entry.status === 'applied' && entry.date).map((entry) => entry.date!).sort()[0];
}

/**
 * What the user trained on since, for the company: skills of training entries whose source names it and that have
 * a step done, with the latest such step as written ("system design (Designed a URL shortener)").
 */
export function workedOn(application: Pick<Application, 'company'>, training: readonly TrainingEntry[]): string | undefined {
  const company = application.company.trim().toLowerCase();
  if (!company) return undefined;
  const parts = training
    .filter((entry) => entry.sources.some((source) => source.toLowerCase().includes(company)))
    .map((entry) => ({ entry, done: entry.items.filter((item) => item.done) }))
    .filter(({ done }) => done.length)
    .map(({ entry, done }) => `${entry.skill} (${done.at(-1)!.task})`);
  return listNames(parts);
}

/** What else a draft is filled from: the profile, the training plan, and the follow-up it answers. */
export interface DraftContext {
  readonly profile?: Profile;
  readonly training?: readonly TrainingEntry[];
  readonly contactName?: string;
  readonly followUp?: Pick<FollowUp, 'due' | 'sent'>;
  /** The file's people, whose details fill in a contact that names one of them. */
  readonly people?: readonly Person[];
}

/**
 * Collects the values for a draft about `application`, addressed to `contactName` when given. A draft for a
 * follow-up that was due earlier is about the interview before that date, not a later round. Interview notes are
 * the user's own and never go into a message; only an interview's `highlight` does, as written.
 */
export function draftValues(application: Application, today: IsoDate, { profile, training = [], contactName, followUp, people = [] }: DraftContext = {}): DraftValues {
  const contact = pickContact(application, contactName, people);
  const person = contact && personOfContact(people, contact);
  const interview = latestInterview(application, followUp?.due && followUp.due < today ? followUp.due : today);
  const name = contact?.name ?? (contactName?.trim() || undefined);
  return {
    company: application.company.trim() || undefined,
    role: application.role,
    contactName: name,
    contactFirstName: name?.split(/\s+/)[0],
    contactEmail: contact?.email,
    interviewers: listNames(interview?.with ?? []),
    interviewDate: spoken(interview?.date),
    interviewKind: interview?.kind && interview.kind !== 'other' ? INTERVIEW_WORDS[interview.kind] : interview ? 'interview' : undefined,
    highlight: interview?.highlight?.trim() || undefined,
    feedback: feedbackOf(application).at(-1)?.text,
    appliedDate: spoken(appliedOn(application)),
    workedOn: workedOn(application, training),
    sentDate: spoken(followUp?.sent),
    met: person?.met?.trim() || undefined,
    myName: profile?.name,
    signature: profile?.signature ?? profile?.name,
  };
}

/** The values for a message to a person when no application is involved: who they are, and what the user worked on. */
export function personDraftValues(person: Person, { profile, training = [] }: Pick<DraftContext, 'profile' | 'training'> = {}): DraftValues {
  const name = person.name.trim() || undefined;
  const company = person.company?.trim() || undefined;
  return {
    company,
    contactName: name,
    contactFirstName: name?.split(/\s+/)[0],
    contactEmail: person.email,
    workedOn: company ? workedOn({ company }, training) : undefined,
    met: person.met?.trim() || undefined,
    myName: profile?.name,
    signature: profile?.signature ?? profile?.name,
  };
}
