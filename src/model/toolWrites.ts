/**
 * The changes the chat's write tools make, each through the same planner as its command: what exactly will change
 * (for the confirmation), and the plan to apply. Found against the file as it is; planned again when applied.
 */
import * as l10n from '@vscode/l10n';
import { refOf } from './applicationRef';
import { isCalendarDate } from './calendarDate';
import { planRecordRejection, rejectionFollowUps, type FollowThroughSettings } from './followThrough';
import { followUpState } from './followUpState';
import type { Application, IsoDate } from './jobSearch';
import { nameKey } from './network';
import type { ParsedJobSearch } from './parseJobSearch';
import { planAppend, planMarkSent, type Plan } from './planEdits';
import { reflectionEntry } from './reflectionEntry';
import { findApplications } from './toolResults';
import { quoted } from './toolText';
import { planAddToTraining, planSetItemDone } from './trainingEdits';
import { skillGaps, skillKey } from './trainingPlan';
import { closestMatch } from './closestMatch';
import { companyName } from './summaries';
import { FOLLOW_UP_KINDS, FOLLOW_UP_NOUNS, INTERVIEW_KINDS, INTERVIEW_LABELS, type FollowUpKind, type InterviewKind } from './vocabulary';

/** A change to confirm and apply: `change` says exactly what will be written; `plan` plans it on the current text. */
export type WriteRequest = { readonly change: string; readonly plan: (parsed: ParsedJobSearch, text: string) => Plan } | { readonly error: string };

/** What the write tools are given by the chat. */
export interface MarkSentInput {
  readonly company: string;
  readonly role?: string;
  readonly kind: string;
  readonly date?: string;
}
export interface RejectionInput {
  readonly company: string;
  readonly role?: string;
  readonly date?: string;
  readonly feedback?: string;
  readonly from?: string;
}
export interface ReflectionToolInput {
  readonly company: string;
  readonly role?: string;
  readonly stage?: string;
  readonly confidence?: number;
  readonly wentWell?: readonly string[];
  readonly toImprove?: readonly string[];
  readonly outsideControl?: string;
}
export interface TickInput {
  readonly skill: string;
  readonly task: string;
  readonly done?: boolean;
}
export interface GapInput {
  readonly skill: string;
  readonly task?: string;
}

/** The one application the input names; several at one company need the role. */
function oneApplication(parsed: ParsedJobSearch, company: string, role?: string): { readonly application: Application } | { readonly error: string } {
  const lookup = findApplications(parsed, company, role);
  if ('error' in lookup) return lookup;
  if (lookup.found.length > 1) return { error: l10n.t('There are {0} applications to {1}; say which role: {2}.', lookup.found.length, quoted(company), lookup.found.map((application) => quoted(application.role ?? '')).join(', ')) };
  return { application: lookup.found[0]! };
}

/** The same application in a newer parse, or an error saying it is gone. */
function again(parsed: ParsedJobSearch, application: Application): Application | { readonly error: string } {
  const lookup = findApplications(parsed, application.company, application.role);
  return 'found' in lookup && lookup.found[0] ? lookup.found[0] : { error: l10n.t('{0} is no longer in job-search.yaml.', companyName(application)) };
}

const dateOr = (date: string | undefined, today: IsoDate): IsoDate | { readonly error: string } =>
  !date?.trim() ? today : isCalendarDate(date.trim()) ? date.trim() : { error: l10n.t('{0} is not a date; write it as YYYY-MM-DD.', quoted(date)) };

const label = (application: Application): string => quoted(application.role ? `${companyName(application)} — ${application.role}` : companyName(application));

/** Marks the oldest unsent follow-up of `kind` as sent on `date` (today by default). */
export function markSentRequest(parsed: ParsedJobSearch, input: MarkSentInput, today: IsoDate): WriteRequest {
  if (!(FOLLOW_UP_KINDS as readonly string[]).includes(input.kind)) return { error: l10n.t('{0} is not a kind of follow-up; use one of: {1}.', quoted(input.kind), FOLLOW_UP_KINDS.join(', ')) };
  const kind = input.kind as FollowUpKind;
  const found = oneApplication(parsed, input.company, input.role);
  if ('error' in found) return found;
  const date = dateOr(input.date, today);
  if (typeof date !== 'string') return date;
  const { application } = found;
  const followUpIndex = application.followUps.findIndex((followUp) => followUp.kind === kind && followUpState(followUp) === 'to-send');
  if (followUpIndex < 0) return { error: l10n.t('{0} has no {1} waiting to be sent.', label(application), FOLLOW_UP_NOUNS[kind]) };
  const followUp = application.followUps[followUpIndex]!;
  return {
    change: l10n.t('In job-search.yaml, mark the {0} for {1}{2} as sent on {3}.', FOLLOW_UP_NOUNS[kind], label(application), followUp.due ? ` (${l10n.t('due {0}', followUp.due)})` : '', date),
    plan: (current, text) => {
      const fresh = again(current, application);
      if ('error' in fresh) return fresh;
      const index = fresh.followUps.findIndex((candidate) => candidate.kind === kind && followUpState(candidate) === 'to-send');
      return index < 0 ? { error: l10n.t('{0} has no {1} waiting to be sent.', label(fresh), FOLLOW_UP_NOUNS[kind]) } : planMarkSent(current, text, { ...refOf(fresh), kind, followUpIndex: index }, date);
    },
  };
}

/** Records a rejection as Record Rejection… does: the status, the feedback given, and the follow-through scheduled. */
export function rejectionRequest(parsed: ParsedJobSearch, input: RejectionInput, today: IsoDate, settings: FollowThroughSettings): WriteRequest {
  const found = oneApplication(parsed, input.company, input.role);
  if ('error' in found) return found;
  const date = dateOr(input.date, today);
  if (typeof date !== 'string') return date;
  const { application } = found;
  if (application.status === 'rejected') return { error: l10n.t('{0} is already recorded as rejected.', label(application)) };
  const feedback = input.feedback?.trim() ? { text: input.feedback.trim(), ...(input.from?.trim() ? { from: input.from.trim() } : {}) } : undefined;
  const rejection = { date, ...(feedback ? { feedback } : {}) };
  const scheduled = rejectionFollowUps(application, rejection, today, settings).map((followUp) => l10n.t('{0} due {1}', FOLLOW_UP_NOUNS[followUp.kind], followUp.due ?? today));
  const parts = [
    l10n.t('set {0} to Rejected on {1}', label(application), date),
    ...(feedback ? [l10n.t('keep their feedback {0}', quoted(feedback.text))] : []),
    ...(scheduled.length ? [l10n.t('schedule: {0}', scheduled.join('; '))] : []),
  ];
  return {
    change: l10n.t('In job-search.yaml: {0}.', parts.join(', ')),
    plan: (current, text) => {
      const fresh = again(current, application);
      return 'error' in fresh ? fresh : planRecordRejection(current, text, fresh, rejection, today, settings);
    },
  };
}

/** Appends a reflection as Add Reflection… does; feedback has its own tool (Record Rejection) and is not taken here. */
export function reflectionRequest(parsed: ParsedJobSearch, input: ReflectionToolInput, today: IsoDate): WriteRequest {
  const found = oneApplication(parsed, input.company, input.role);
  if ('error' in found) return found;
  if (input.stage && !(INTERVIEW_KINDS as readonly string[]).includes(input.stage)) return { error: l10n.t('{0} is not a kind of interview; use one of: {1}.', quoted(input.stage), INTERVIEW_KINDS.join(', ')) };
  if (input.confidence !== undefined && !(Number.isInteger(input.confidence) && input.confidence >= 1 && input.confidence <= 5)) return { error: l10n.t('Confidence is a whole number from 1 to 5.') };
  const { application } = found;
  const entry = reflectionEntry({
    date: today,
    ...(input.stage ? { stage: input.stage as InterviewKind } : {}),
    ...(input.confidence ? { confidence: input.confidence } : {}),
    // Each point stays one point: a comma inside it would split it in two.
    wentWell: (input.wentWell ?? []).map((item) => item.replace(/\s*,\s*/g, '; ')).join(', '),
    toImprove: (input.toImprove ?? []).map((item) => item.replace(/\s*,\s*/g, '; ')).join(', '),
    ...(input.outsideControl ? { outsideControl: input.outsideControl } : {}),
  });
  const parts = [
    input.stage && INTERVIEW_LABELS[input.stage as InterviewKind],
    input.confidence && l10n.t('confidence {0} of 5', input.confidence),
    (entry.wentWell as readonly string[] | undefined)?.length && `${l10n.t('went well')}: ${(entry.wentWell as readonly string[]).map((item) => quoted(item)).join(', ')}`,
    (entry.toImprove as readonly string[] | undefined)?.length && `${l10n.t('to improve')}: ${(entry.toImprove as readonly string[]).map((item) => quoted(item)).join(', ')}`,
    entry.outsideControl && `${l10n.t('outside your control')}: ${quoted(entry.outsideControl as string)}`,
  ].filter(Boolean);
  return {
    change: l10n.t('In job-search.yaml, add a reflection dated {0} to {1}: {2}.', today, label(application), parts.join('; ') || l10n.t('no details')),
    plan: (current, text) => {
      const fresh = again(current, application);
      return 'error' in fresh ? fresh : planAppend(current, text, fresh, 'reflections', [entry]);
    },
  };
}

/** Ticks (or unticks) a training item, found by its skill and task; a near miss gets a "did you mean". */
export function tickRequest(parsed: ParsedJobSearch, input: TickInput, today: IsoDate): WriteRequest {
  const entry = parsed.training.find((candidate) => skillKey(candidate.skill) === skillKey(input.skill));
  if (!entry) {
    const near = closestMatch(input.skill.trim(), parsed.training.map((candidate) => candidate.skill));
    return { error: near ? l10n.t('No training entry for {0}. Did you mean {1}?', quoted(input.skill), quoted(near)) : l10n.t('No training entry for {0}.', quoted(input.skill)) };
  }
  const item = entry.items.find((candidate) => nameKey(candidate.task) === nameKey(input.task)) ?? entry.items.find((candidate) => nameKey(candidate.task).includes(nameKey(input.task)));
  if (!item) return { error: l10n.t('{0} has no item {1}; its items are: {2}.', quoted(entry.skill), quoted(input.task), entry.items.map((candidate) => quoted(candidate.task)).join(', ')) };
  const done = input.done ?? true;
  return {
    change: done
      ? l10n.t('In job-search.yaml, tick {0} under {1} as done on {2}.', quoted(item.task), quoted(entry.skill), today)
      : l10n.t('In job-search.yaml, mark {0} under {1} as not done.', quoted(item.task), quoted(entry.skill)),
    plan: (current, text) => planSetItemDone(current, text, { skill: entry.skill, itemIndex: item.index, task: item.task }, done, today),
  };
}

/** Adds a gap to the training plan as Add to Training Plan… does, with the source the file already names for it. */
export function gapRequest(parsed: ParsedJobSearch, input: GapInput): WriteRequest {
  const skill = input.skill.trim();
  if (!skill) return { error: l10n.t('Name the skill to add.') };
  const gap = skillGaps(parsed).find((candidate) => candidate.key === skillKey(skill));
  const source = gap?.mentions[0]?.source ?? l10n.t('added from chat');
  const task = input.task?.trim();
  const planned = parsed.training.find((entry) => skillKey(entry.skill) === skillKey(skill));
  const change = planned
    ? task
      ? l10n.t('In job-search.yaml, add the task {0} to the training entry {1}.', quoted(task), quoted(planned.skill))
      : l10n.t('{0} is already in the training plan; nothing to add without a task.', quoted(planned.skill))
    : l10n.t('In job-search.yaml, add {0} to the training plan (source: {1}){2}.', quoted(skill), quoted(source), task ? `, ${l10n.t('with the task {0}', quoted(task))}` : '');
  if (planned && !task) return { error: change };
  return { change, plan: (current, text) => planAddToTraining(current, text, { skill, source, ...(task ? { task } : {}) }) };
}
