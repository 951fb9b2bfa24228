/** The typed content of a `job-search.yaml`, with the source span of every entry. */
import type { Problem, Span } from './problem';
import type { FollowUpKind, InterviewKind, Status, TouchKind } from './vocabulary';

/** A calendar date written `YYYY-MM-DD`; always a real date once it is in the model. */
export type IsoDate = string;

/** Spans of the fields that were present, so views can point at them and edits can target them. */
export type FieldSpans<K extends string> = Partial<Record<K, Span>>;

/** The person searching, used to sign drafts. */
export interface Profile {
  readonly span: Span;
  readonly name?: string;
  readonly email?: string;
  readonly phone?: string;
  readonly linkedin?: string;
  readonly github?: string;
  readonly website?: string;
  readonly signature?: string;
  /** What the user aims for each week; every count optional. */
  readonly goals?: WeeklyGoals;
}

/** Weekly targets the user set for themselves. */
export interface WeeklyGoals {
  /** Applications sent. */
  readonly applications?: number;
  /** Messages sent: follow-ups and touches with people. */
  readonly outreach?: number;
  /** Training items done. */
  readonly training?: number;
}

/** Something the user wants to remember as going well, added by hand. */
export interface Win {
  readonly span: Span;
  /** Position in the `wins` list. */
  readonly index: number;
  readonly date?: IsoDate;
  readonly text: string;
  /** The application it belongs to, as "Company" or "Company / Role". */
  readonly application?: string;
}

/** One dated stage change. */
export interface HistoryEntry {
  readonly span: Span;
  readonly date?: IsoDate;
  readonly status?: Status;
  readonly notes?: string;
}

/** Someone at the company; `person` links them to an entry of `people`, which holds their details once. */
export interface Contact {
  readonly span: Span;
  /** As written, or the linked person's name. */
  readonly name: string;
  readonly person?: string;
  readonly role?: string;
  readonly email?: string;
  readonly phone?: string;
  readonly linkedin?: string;
  readonly notes?: string;
  readonly fields: FieldSpans<'name' | 'person'>;
}

/** One contact with a person: a message, a call, a referral asked or given; `application` names what it was about. */
export interface Touch {
  readonly span: Span;
  readonly date?: IsoDate;
  readonly kind?: TouchKind;
  readonly notes?: string;
  /** The application it concerns or led to, as "Company" or "Company / Role". */
  readonly application?: string;
  readonly fields: FieldSpans<'date' | 'kind' | 'application'>;
}

/** Someone in the user's network, across applications. */
export interface Person {
  readonly span: Span;
  /** Position in the `people` list. */
  readonly index: number;
  readonly name: string;
  readonly company?: string;
  readonly role?: string;
  /** How the user knows them. */
  readonly met?: string;
  readonly email?: string;
  readonly phone?: string;
  readonly linkedin?: string;
  /** When the user connected with them. */
  readonly connected?: IsoDate;
  /** When to reach out next. */
  readonly next?: IsoDate;
  readonly notes?: string;
  readonly touches: readonly Touch[];
  readonly fields: FieldSpans<'name' | 'next'>;
}

/** A past or planned interview. */
export interface Interview {
  readonly span: Span;
  readonly date?: IsoDate;
  readonly time?: string;
  readonly kind?: InterviewKind;
  readonly with: readonly string[];
  /** What the user wants a thank-you note to mention, in their own words. */
  readonly highlight?: string;
  readonly notes?: string;
  /** The prep note, a path relative to the folder of job-search.yaml. */
  readonly prep?: string;
  /** Titles of the stories told in it, from `stories`. */
  readonly stories: readonly string[];
  readonly fields: FieldSpans<'date' | 'kind' | 'prep' | 'stories'>;
}

/** A message to write, due on a date, marked with the date it was sent. */
export interface FollowUp {
  readonly span: Span;
  readonly kind?: FollowUpKind;
  readonly due?: IsoDate;
  readonly sent?: IsoDate;
  readonly contact?: string;
  readonly notes?: string;
  /** When they answered a sent message. */
  readonly replied?: IsoDate;
  /** What they said, pasted or summed up. */
  readonly reply?: string;
  /** When the user decided not to send it; no reminders after that. */
  readonly skipped?: IsoDate;
  readonly skipReason?: string;
  /** When the user sent the one gentle reminder about it. */
  readonly nudged?: IsoDate;
  readonly fields: FieldSpans<'kind' | 'due' | 'sent' | 'contact' | 'replied' | 'skipped' | 'nudged'>;
}

/** What someone at the company said about the outcome, dated and attributed when the file says so. */
export interface Feedback {
  readonly span: Span;
  readonly date?: IsoDate;
  /** Who gave it. */
  readonly from?: string;
  readonly text: string;
}

/** What the user noted after an interview. */
export interface Reflection {
  readonly span: Span;
  readonly date?: IsoDate;
  readonly stage?: InterviewKind;
  /** 1 (rough) to 5 (great). */
  readonly confidence?: number;
  readonly wentWell: readonly string[];
  readonly toImprove: readonly string[];
  readonly feedback?: string;
  /** What was outside the user's control, in their words. */
  readonly outsideControl?: string;
  /** The date of the interview it is about. */
  readonly interview?: IsoDate;
  readonly notes?: string;
}

/** One application to one role. */
export interface Application {
  readonly span: Span;
  /** Position in the `applications` list, counting invalid entries too. */
  readonly index: number;
  readonly company: string;
  readonly role?: string;
  /** The current stage; undefined when the file names a stage that does not exist. */
  readonly status: Status | undefined;
  readonly link?: string;
  readonly location?: string;
  readonly salary?: string;
  readonly source?: string;
  /** The résumé version sent: a path beside the file or a tag such as "v3-backend". */
  readonly resume?: string;
  /** The saved job description, a Markdown file relative to the folder of job-search.yaml. */
  readonly posting?: string;
  readonly notes?: string;
  readonly tags: readonly string[];
  readonly history: readonly HistoryEntry[];
  readonly contacts: readonly Contact[];
  readonly interviews: readonly Interview[];
  /** What the company said; a plain `feedback:` text reads as one undated entry. */
  readonly feedback: readonly Feedback[];
  readonly followUps: readonly FollowUp[];
  readonly reflections: readonly Reflection[];
  readonly skillGaps: readonly string[];
  /** When the user means to apply to this company again. */
  readonly reapply?: IsoDate;
  readonly fields: FieldSpans<'company' | 'role' | 'status' | 'history' | 'followUps' | 'skillGaps' | 'posting'>;
}

/** One checklist item of a training entry. */
export interface TrainingItem {
  readonly span: Span;
  /** Position in the entry's `items` list. */
  readonly index: number;
  readonly task: string;
  readonly done: boolean;
  readonly doneOn?: IsoDate;
}

/** A skill to work on, where the gap came from and the steps to close it. */
export interface TrainingEntry {
  readonly span: Span;
  /** Position in the `training` list. */
  readonly index: number;
  readonly skill: string;
  /** Where the gap came from ("Acme Corp / system design interview, 2026-10-15"); one or several. */
  readonly sources: readonly string[];
  readonly target?: IsoDate;
  readonly notes?: string;
  readonly items: readonly TrainingItem[];
}

/** A story for interviews, in the situation-task-action-result shape, with the skills it shows and where it was told. */
export interface Story {
  readonly span: Span;
  /** Position in the `stories` list. */
  readonly index: number;
  readonly title: string;
  readonly skills: readonly string[];
  readonly situation?: string;
  readonly task?: string;
  readonly action?: string;
  readonly result?: string;
  /** Where it was told: "Acme Corp / technical interview, 2026-10-15". */
  readonly used: readonly string[];
  readonly notes?: string;
  readonly fields: FieldSpans<'title' | 'skills'>;
}

/** Everything read from one file: what is valid, and a problem for everything that is not. */
export interface JobSearch {
  readonly profile?: Profile;
  readonly applications: readonly Application[];
  readonly training: readonly TrainingEntry[];
  /** The network, across applications. */
  readonly people: readonly Person[];
  /** Wins the user added by hand; the rest are gathered from the file. */
  readonly wins: readonly Win[];
  /** The story bank. */
  readonly stories: readonly Story[];
  readonly problems: readonly Problem[];
}
