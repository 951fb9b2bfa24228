/**
 * What commands are invoked with, and the guards that read it: tree nodes, CodeLens arguments, the dashboard and
 * other commands all pass plain objects, checked here once instead of in each command.
 */
import * as vscode from 'vscode';
import type { Application, FollowUp, Person, TrainingEntry, TrainingItem } from '../model/jobSearch';
import type { SkillGap } from '../model/trainingPlan';
import type { TrainingRef } from '../model/trainingEdits';

/** An application in a file, and optionally one of its follow-ups. */
export interface CommandTarget {
  readonly uri: vscode.Uri;
  readonly application: Application;
  readonly followUp?: FollowUp;
  readonly followUpIndex?: number;
}

/** Someone listed under `people` in a file. */
export interface PersonTarget {
  readonly uri: vscode.Uri;
  readonly person: Person;
}

/** A training item to tick or untick; `done` is the state to set (the opposite of now when absent). */
export interface TrainingItemTarget {
  readonly uri: vscode.Uri;
  readonly ref: TrainingRef;
  readonly done: boolean;
}

/** A training entry to add a step to. */
export interface TrainingEntryTarget {
  readonly uri: vscode.Uri;
  readonly entry: TrainingEntry;
}

/** A gap to put in the training plan, with where it came from. */
export interface GapTarget {
  readonly uri: vscode.Uri;
  readonly skill: string;
  readonly source: string;
}

type Loose = Record<string, unknown>;

const isObject = (value: unknown): value is Loose => !!value && typeof value === 'object';

/** The application (and follow-up) a tree node, a Needs action row or a CodeLens stands for. */
export function targetOf(arg: unknown): CommandTarget | undefined {
  if (!isObject(arg)) return undefined;
  // "Needs action" rows carry the application and follow-up inside their action.
  const source: Loose = isObject(arg.action) ? { ...arg.action, uri: arg.uri } : arg;
  if (!(source.uri instanceof vscode.Uri) || !isObject(source.application)) return undefined;
  const application = source.application as unknown as Application;
  const followUp = isObject(source.followUp) ? (source.followUp as unknown as FollowUp) : undefined;
  const followUpIndex = typeof source.followUpIndex === 'number' ? source.followUpIndex : followUp ? application.followUps.indexOf(followUp) : undefined;
  return { uri: source.uri, application, ...(followUp ? { followUp } : {}), ...(followUpIndex !== undefined && followUpIndex >= 0 ? { followUpIndex } : {}) };
}

/** The person a People row (`{uri, person}`) or a Needs action row (`{uri, action: {person}}`) stands for. */
export function personTargetOf(arg: unknown): PersonTarget | undefined {
  if (!isObject(arg) || !(arg.uri instanceof vscode.Uri)) return undefined;
  const person = isObject(arg.person) ? arg.person : isObject(arg.action) && isObject(arg.action.person) ? arg.action.person : undefined;
  return person && typeof person.name === 'string' ? { uri: arg.uri, person: person as unknown as Person } : undefined;
}

/**
 * The training item a tree row or CodeLens (`{uri, entry, item, done?}`) or the dashboard
 * (`{uri, skill, itemIndex, task, done}`) stands for.
 */
export function trainingItemOf(arg: unknown): TrainingItemTarget | undefined {
  if (!isObject(arg) || !(arg.uri instanceof vscode.Uri)) return undefined;
  if (isObject(arg.entry) && isObject(arg.item)) {
    const entry = arg.entry as unknown as TrainingEntry;
    const item = arg.item as unknown as TrainingItem;
    return { uri: arg.uri, ref: { skill: entry.skill, itemIndex: item.index, task: item.task }, done: typeof arg.done === 'boolean' ? arg.done : !item.done };
  }
  if (typeof arg.skill === 'string' && typeof arg.itemIndex === 'number' && typeof arg.task === 'string' && typeof arg.done === 'boolean') {
    return { uri: arg.uri, ref: { skill: arg.skill, itemIndex: arg.itemIndex, task: arg.task }, done: arg.done };
  }
  return undefined;
}

/** The training entry a skill row or its Add item CodeLens stands for. */
export function trainingEntryOf(arg: unknown): TrainingEntryTarget | undefined {
  return isObject(arg) && arg.uri instanceof vscode.Uri && isObject(arg.entry) ? { uri: arg.uri, entry: arg.entry as unknown as TrainingEntry } : undefined;
}

/** The gap an unplanned-gap row (`{uri, gap}`) or a Plan CodeLens (`{uri, skill, source}`) stands for. */
export function gapOf(arg: unknown): GapTarget | undefined {
  if (!isObject(arg) || !(arg.uri instanceof vscode.Uri)) return undefined;
  if (isObject(arg.gap)) {
    const gap = arg.gap as unknown as SkillGap;
    return { uri: arg.uri, skill: gap.skill, source: gap.mentions[0]?.source ?? 'job search' };
  }
  return typeof arg.skill === 'string' && typeof arg.source === 'string' ? { uri: arg.uri, skill: arg.skill, source: arg.source } : undefined;
}

/** The web link of the application or contact behind a tree row, whatever it holds; the caller checks it is safe. */
export function linkOf(arg: unknown): string | undefined {
  if (!isObject(arg)) return undefined;
  const application = isObject(arg.application) ? arg.application : undefined;
  const contact = isObject(arg.contact) ? arg.contact : undefined;
  const person = personTargetOf(arg)?.person;
  const link = application?.link ?? contact?.linkedin ?? person?.linkedin;
  return typeof link === 'string' ? link : undefined;
}
