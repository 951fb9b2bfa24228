/** What each entry of job-search.yaml may hold, field by field, and how each entry is assembled from its fields. */
import * as l10n from '@vscode/l10n';
import { isScalar, type Node, type YAMLMap } from 'yaml';
import type { EntryList } from './entryLayout';
import { readFields, type Spec } from './fieldReader';
import type { Application, Contact, Feedback, FollowUp, HistoryEntry, Interview, Person, Profile, Reflection, Story, Touch, TrainingEntry, TrainingItem, WeeklyGoals, Win } from './jobSearch';
import { entityNoun } from './entityNoun';
import type { Span } from './problem';
import { headSpan, spanOf, type ReadContext } from './readContext';
import { FOLLOW_UP_KINDS, INTERVIEW_KINDS, STATUSES, TOUCH_KINDS, type Status } from './vocabulary';

const HISTORY = {
  date: { kind: 'date', required: true },
  status: { kind: 'enum', values: STATUSES, noun: () => l10n.t('status'), required: true },
  notes: { kind: 'string' },
} as const satisfies Spec;

function readHistory(map: YAMLMap, ctx: ReadContext): HistoryEntry {
  const { values } = readFields(map, HISTORY, ctx, 'history');
  return { span: spanOf(map), ...values };
}

const CONTACT = {
  name: { kind: 'string' },
  person: { kind: 'string' },
  role: { kind: 'string' },
  email: { kind: 'string' },
  phone: { kind: 'string' },
  linkedin: { kind: 'link' },
  notes: { kind: 'string' },
} as const satisfies Spec;

function readContact(map: YAMLMap, ctx: ReadContext): Contact | undefined {
  const { values, spans } = readFields(map, CONTACT, ctx, 'contact');
  // A contact is named, or names a person; either will do.
  const name = values.name ?? values.person;
  if (name === undefined) {
    if (!hasAnyKey(map, ['name', 'person'])) ctx.report(headSpan(map), 'error', 'missing-field', l10n.t('This {0} has no “{1}”; add one.', entityNoun('contact'), 'name'));
    return undefined;
  }
  return { span: spanOf(map), ...values, name, fields: { name: spans.name, person: spans.person } };
}

/** Whether any of `keys` is written in the mapping, even with a value that was rejected. */
function hasAnyKey(map: YAMLMap, keys: readonly string[]): boolean {
  return map.items.some((pair) => isScalar(pair.key) && keys.includes(String(pair.key.value)) && !(isScalar(pair.value) && pair.value.value === null) && pair.value !== null);
}

const TOUCH = {
  date: { kind: 'date', required: true },
  kind: { kind: 'enum', values: TOUCH_KINDS, noun: () => l10n.t('touch kind') },
  notes: { kind: 'string' },
  application: { kind: 'string' },
} as const satisfies Spec;

function readTouch(map: YAMLMap, ctx: ReadContext): Touch {
  const { values, spans } = readFields(map, TOUCH, ctx, 'touch');
  return { span: spanOf(map), ...values, fields: spans };
}

const PERSON = {
  name: { kind: 'string', required: true },
  company: { kind: 'string' },
  role: { kind: 'string' },
  met: { kind: 'string' },
  email: { kind: 'string' },
  phone: { kind: 'string' },
  linkedin: { kind: 'link' },
  connected: { kind: 'date' },
  next: { kind: 'date' },
  notes: { kind: 'string' },
  touches: { kind: 'list', item: readTouch, example: '{date: 2026-11-10, kind: coffee}' },
} as const satisfies Spec;

function readPerson(map: YAMLMap, ctx: ReadContext, index: number): Person | undefined {
  const { values, spans } = readFields(map, PERSON, ctx, 'person');
  if (values.name === undefined) return undefined;
  return { span: spanOf(map), index, ...values, name: values.name, touches: values.touches ?? [], fields: { name: spans.name, next: spans.next } };
}

const INTERVIEW = {
  date: { kind: 'date', required: true },
  time: { kind: 'time' },
  kind: { kind: 'enum', values: INTERVIEW_KINDS, noun: () => l10n.t('interview kind') },
  with: { kind: 'strings' },
  highlight: { kind: 'string' },
  notes: { kind: 'string' },
  prep: { kind: 'string' },
  stories: { kind: 'strings' },
} as const satisfies Spec;

function readInterview(map: YAMLMap, ctx: ReadContext): Interview {
  const { values, spans } = readFields(map, INTERVIEW, ctx, 'interview');
  return { span: spanOf(map), ...values, with: values.with ?? [], stories: values.stories ?? [], fields: spans };
}

const FOLLOW_UP = {
  kind: { kind: 'enum', values: FOLLOW_UP_KINDS, noun: () => l10n.t('follow-up kind'), required: true },
  due: { kind: 'date' },
  sent: { kind: 'date' },
  contact: { kind: 'string' },
  notes: { kind: 'string' },
  replied: { kind: 'date' },
  reply: { kind: 'string' },
  skipped: { kind: 'date' },
  skipReason: { kind: 'string' },
  nudged: { kind: 'date' },
} as const satisfies Spec;

function readFollowUp(map: YAMLMap, ctx: ReadContext): FollowUp {
  const { values, spans } = readFields(map, FOLLOW_UP, ctx, 'followUp');
  return { span: spanOf(map), ...values, fields: spans };
}

const REFLECTION = {
  date: { kind: 'date', required: true },
  stage: { kind: 'enum', values: INTERVIEW_KINDS, noun: () => l10n.t('interview stage') },
  confidence: { kind: 'integer', min: 1, max: 5 },
  wentWell: { kind: 'strings' },
  toImprove: { kind: 'strings' },
  feedback: { kind: 'string' },
  outsideControl: { kind: 'string' },
  interview: { kind: 'date' },
  notes: { kind: 'string' },
} as const satisfies Spec;

function readReflection(map: YAMLMap, ctx: ReadContext): Reflection {
  const { values } = readFields(map, REFLECTION, ctx, 'reflection');
  return { span: spanOf(map), ...values, wentWell: values.wentWell ?? [], toImprove: values.toImprove ?? [] };
}

const FEEDBACK = {
  date: { kind: 'date' },
  from: { kind: 'string' },
  text: { kind: 'string', required: true },
} as const satisfies Spec;

function readFeedback(map: YAMLMap, ctx: ReadContext): Feedback | undefined {
  const { values } = readFields(map, FEEDBACK, ctx, 'feedback');
  return values.text === undefined ? undefined : { span: spanOf(map), ...values, text: values.text };
}

/** Feedback written as plain text, as files before dated entries have it. */
const feedbackText = (text: string, span: Span): Feedback => ({ span, text });

const APPLICATION = {
  company: { kind: 'string', required: true },
  role: { kind: 'string' },
  status: { kind: 'enum', values: STATUSES, noun: () => l10n.t('status') },
  link: { kind: 'link' },
  location: { kind: 'string' },
  salary: { kind: 'string' },
  source: { kind: 'string' },
  resume: { kind: 'string' },
  posting: { kind: 'string' },
  notes: { kind: 'string' },
  tags: { kind: 'strings' },
  history: { kind: 'list', item: readHistory, example: '{date: 2026-10-01, status: applied}' },
  contacts: { kind: 'list', item: readContact, example: '{name: Jamie Lee, role: Recruiter}' },
  interviews: { kind: 'list', item: readInterview, example: '{date: 2026-10-15, kind: technical}' },
  feedback: { kind: 'entries', item: readFeedback, fromText: feedbackText, example: '{date: 2026-10-20, from: Jamie Lee, text: …}' },
  followUps: { kind: 'list', item: readFollowUp, example: '{kind: thank-you, due: 2026-10-16}' },
  reflections: { kind: 'list', item: readReflection, example: '{date: 2026-10-16, confidence: 3}' },
  skillGaps: { kind: 'strings' },
  reapply: { kind: 'date' },
} as const satisfies Spec;

function readApplication(map: YAMLMap, ctx: ReadContext, index: number): Application {
  const { values, spans } = readFields(map, APPLICATION, ctx, 'application');
  const history = values.history ?? [];
  const statusWritten = spans.status !== undefined || hasInvalidStatus(map);
  return {
    span: spanOf(map),
    index,
    ...values,
    company: values.company ?? '',
    status: statusWritten ? values.status : impliedStatus(history),
    tags: values.tags ?? [],
    history,
    contacts: values.contacts ?? [],
    interviews: values.interviews ?? [],
    followUps: values.followUps ?? [],
    feedback: values.feedback ?? [],
    reflections: values.reflections ?? [],
    skillGaps: values.skillGaps ?? [],
    fields: { company: spans.company ?? headSpan(map), role: spans.role, status: spans.status, history: spans.history, followUps: spans.followUps, skillGaps: spans.skillGaps, posting: spans.posting },
  };
}

/** Whether the entry writes a `status` the reader rejected, so it must not silently fall back to the history. */
function hasInvalidStatus(map: YAMLMap): boolean {
  const value = map.get('status', true) as Node | undefined;
  return value !== undefined && !(isScalar(value) && value.value === null);
}

/** Without a `status`, the latest dated history entry decides; with neither, the job is on the wishlist. */
function impliedStatus(history: readonly HistoryEntry[]): Status {
  let latest: HistoryEntry | undefined;
  for (const entry of history) {
    if (entry.date && entry.status && (!latest?.date || entry.date >= latest.date)) latest = entry;
  }
  return latest?.status ?? 'wishlist';
}

const TRAINING_ITEM = {
  task: { kind: 'string', required: true },
  done: { kind: 'boolean' },
  doneOn: { kind: 'date' },
} as const satisfies Spec;

function readTrainingItem(map: YAMLMap, ctx: ReadContext, index: number): TrainingItem | undefined {
  const { values } = readFields(map, TRAINING_ITEM, ctx, 'trainingItem');
  return values.task === undefined ? undefined : { span: spanOf(map), index, ...values, task: values.task, done: values.done ?? false };
}

const TRAINING = {
  skill: { kind: 'string', required: true },
  source: { kind: 'strings' },
  target: { kind: 'date' },
  notes: { kind: 'string' },
  items: { kind: 'list', item: readTrainingItem, example: '{task: "Read a chapter", done: false}' },
} as const satisfies Spec;

function readTraining(map: YAMLMap, ctx: ReadContext, index: number): TrainingEntry | undefined {
  const { values } = readFields(map, TRAINING, ctx, 'training');
  const { source, ...rest } = values;
  return values.skill === undefined ? undefined : { span: spanOf(map), index, ...rest, skill: values.skill, sources: source ?? [], items: values.items ?? [] };
}

const GOALS = {
  applications: { kind: 'integer', min: 0, max: 100 },
  outreach: { kind: 'integer', min: 0, max: 100 },
  training: { kind: 'integer', min: 0, max: 100 },
} as const satisfies Spec;

function readGoals(map: YAMLMap, ctx: ReadContext): WeeklyGoals {
  return readFields(map, GOALS, ctx, 'goals').values;
}

const PROFILE = {
  name: { kind: 'string' },
  email: { kind: 'string' },
  phone: { kind: 'string' },
  linkedin: { kind: 'string' },
  github: { kind: 'string' },
  website: { kind: 'string' },
  signature: { kind: 'string' },
  goals: { kind: 'map', read: readGoals },
} as const satisfies Spec;

function readProfile(map: YAMLMap, ctx: ReadContext): Profile {
  return { span: spanOf(map), ...readFields(map, PROFILE, ctx, 'profile').values };
}

const WIN = {
  date: { kind: 'date', required: true },
  text: { kind: 'string', required: true },
  application: { kind: 'string' },
} as const satisfies Spec;

function readWin(map: YAMLMap, ctx: ReadContext, index: number): Win | undefined {
  const { values } = readFields(map, WIN, ctx, 'win');
  return values.text === undefined ? undefined : { span: spanOf(map), index, ...values, text: values.text };
}

const STORY = {
  title: { kind: 'string', required: true },
  skills: { kind: 'strings' },
  situation: { kind: 'string' },
  task: { kind: 'string' },
  action: { kind: 'string' },
  result: { kind: 'string' },
  used: { kind: 'strings' },
  notes: { kind: 'string' },
} as const satisfies Spec;

function readStory(map: YAMLMap, ctx: ReadContext, index: number): Story | undefined {
  const { values, spans } = readFields(map, STORY, ctx, 'story');
  if (values.title === undefined) return undefined;
  return { span: spanOf(map), index, ...values, title: values.title, skills: values.skills ?? [], used: values.used ?? [], fields: { title: spans.title, skills: spans.skills } };
}

/** The top level of the file: what `parseJobSearch` reads first. */
export const TOP_LEVEL = {
  profile: { kind: 'map', read: readProfile },
  applications: { kind: 'list', item: readApplication, example: 'company: Acme Corp' },
  training: { kind: 'list', item: readTraining, example: 'skill: system design' },
  people: { kind: 'list', item: readPerson, example: 'name: Jordan Park' },
  wins: { kind: 'list', item: readWin, example: '{date: 2026-11-20, text: "Finished the system design course"}' },
  stories: { kind: 'list', item: readStory, example: 'title: Cutting p99 latency in half' },
} as const satisfies Spec;

/** The field tables, exported so tests can hold the JSON Schema to the same fields. */
export const FIELD_TABLES = {
  top: TOP_LEVEL,
  profile: PROFILE,
  application: APPLICATION,
  history: HISTORY,
  contact: CONTACT,
  interview: INTERVIEW,
  followUp: FOLLOW_UP,
  feedback: FEEDBACK,
  reflection: REFLECTION,
  training: TRAINING,
  trainingItem: TRAINING_ITEM,
  person: PERSON,
  touch: TOUCH,
  goals: GOALS,
  win: WIN,
  story: STORY,
} as const;

/** Reads one entry of `applications` or `training`, as the whole-file reader does for the entry at `index`. */
export function readListEntry(list: EntryList, map: YAMLMap, ctx: ReadContext, index: number): Application | TrainingEntry | undefined {
  return TOP_LEVEL[list].item(map, ctx, index);
}
