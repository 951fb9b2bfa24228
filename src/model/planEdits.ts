/** Plans the write-backs the extension makes to job-search.yaml: mark a follow-up sent, schedule follow-ups, change status. */
import * as l10n from '@vscode/l10n';
import { isAlias, isMap, isScalar, isSeq, type Scalar, type YAMLMap, type YAMLSeq } from 'yaml';
import type { Application, IsoDate } from './jobSearch';
import type { ParsedJobSearch } from './parseJobSearch';
import type { TextEdit } from './textEdit';
import { listStyleOf } from './listStyle';
import { addToMap, appendToSeq, fillEmptyKey, insertIntoSeq, replaceScalar, valueToList, type YamlValue } from './yamlEdits';
import { STATUS_LABELS, type FollowUpKind, type Status } from './vocabulary';
import { findApplication, findFollowUp, type FollowUpRef } from './applicationRef';
import { appendTopLevel, pairOf } from './yamlNodes';
import { nameKey, networkIndex } from './network';

/** A follow-up to add. */
export interface NewFollowUp {
  readonly kind: FollowUpKind;
  readonly due?: IsoDate;
  readonly sent?: IsoDate;
  readonly contact?: string;
}

/** The edits of a plan, with what the user should know once they are made, or why it cannot be done. */
export type Plan = { readonly edits: TextEdit[]; readonly note?: string } | { readonly error: string };

/** The YAML mapping whose source starts where `span` starts. */
function nodeAt(items: readonly unknown[], start: number): YAMLMap | undefined {
  return items.find((item): item is YAMLMap => isMap(item) && item.range?.[0] === start);
}

/** The YAML mapping of `application` in the parsed document, if it is still there. */
export function applicationNode(parsed: ParsedJobSearch, application: Application): YAMLMap | undefined {
  const list = parsed.document.get('applications', true);
  return isSeq(list) ? nodeAt(list.items, application.span.start) : undefined;
}

const aliasError = (): string => l10n.t('This entry is written with a YAML alias; change it by hand so the shared anchor stays as you meant it.');
const notFoundError = (): string => l10n.t('That entry is no longer in job-search.yaml; it may have been edited or removed.');
const followUpGoneError = (): string => l10n.t('That follow-up is no longer in job-search.yaml; it may have been edited or removed.');

/** Why an entry shown in the views has no node to edit: gone, or cut off from the file by a syntax error. */
export function notFound(parsed: ParsedJobSearch): string {
  const error = parsed.problems.find((problem) => problem.code === 'yaml-syntax' && problem.severity === 'error');
  return error ? l10n.t('job-search.yaml has a syntax error on line {0}; fix it first, then try again.', error.range.start.line + 1) : notFoundError();
}

/** Writes `sent: date` into the follow-up (replacing an earlier date), or adds the follow-up as sent if it does not exist. */
export function planMarkSent(parsed: ParsedJobSearch, text: string, ref: FollowUpRef, date: IsoDate): Plan {
  const application = findApplication(parsed, ref);
  if (!application) return { error: notFoundError() };
  const followUp = findFollowUp(application, ref);
  if (!followUp) return planAddFollowUps(parsed, text, application, [{ kind: ref.kind, sent: date, ...(ref.contact ? { contact: ref.contact } : {}) }]);
  return planFollowUpFields(parsed, text, ref, [['sent', date]]);
}

/**
 * Writes `fields` into the follow-up `ref` names (a reply, a skip, a new due date): a value already there is
 * replaced where it stands, the rest are added at the end of the follow-up, in the file's style.
 */
export function planFollowUpFields(parsed: ParsedJobSearch, text: string, ref: FollowUpRef, fields: readonly (readonly [string, string])[]): Plan {
  const application = findApplication(parsed, ref);
  if (!application) return { error: notFoundError() };
  const followUp = findFollowUp(application, ref);
  if (!followUp) return { error: followUpGoneError() };
  const appNode = applicationNode(parsed, application);
  const list = appNode && pairOf(appNode, 'followUps')?.value;
  const node = isSeq(list) ? nodeAt(list.items, followUp.span.start) : undefined;
  if (!node) return { error: aliasError() };
  const edits: TextEdit[] = [];
  const added: [string, YamlValue][] = [];
  for (const [key, value] of fields) {
    const pair = pairOf(node, key);
    if (pair && isScalar(pair.value)) edits.push(replaceScalar(pair.value, value));
    else if (pair) return { error: aliasError() };
    else added.push([key, value]);
  }
  if (added.length) edits.push(addToMap(text, node, added, listStyleOf(parsed.document)));
  return { edits };
}

/** Feedback to record: what they said, when and who said it. */
export interface NewFeedback {
  readonly date?: IsoDate;
  readonly from?: string;
  readonly text: string;
}

/**
 * Adds a feedback entry to the application's `feedback` list; a `feedback:` written as one text becomes a list that
 * keeps that text as its first entry, so nothing said earlier is lost.
 */
export function planAddFeedback(parsed: ParsedJobSearch, text: string, application: Application, feedback: NewFeedback): Plan {
  const entry = { date: feedback.date, from: feedback.from?.trim() || undefined, text: feedback.text.trim() };
  const appNode = applicationNode(parsed, application);
  if (!appNode) return { error: notFound(parsed) };
  const pair = pairOf(appNode, 'feedback');
  if (pair && pair.value && !isAlias(pair.value) && !isSeq(pair.value) && !(isScalar(pair.value) && pair.value.value === null)) {
    return { edits: [valueToList(text, pair, !!appNode.flow, [entry], listStyleOf(parsed.document))] };
  }
  return planAppend(parsed, text, application, 'feedback', [entry]);
}

/** Appends follow-ups to an application, creating its `followUps` list when it has none. */
export function planAddFollowUps(parsed: ParsedJobSearch, text: string, application: Application, followUps: readonly NewFollowUp[]): Plan {
  return planAppend(parsed, text, application, 'followUps', followUps.map((followUp) => ({ ...followUp })));
}

/** Appends items to one of an application's lists (`followUps`, `history`, `reflections`, …). */
export function planAppend(parsed: ParsedJobSearch, text: string, application: Application, key: string, items: readonly YamlValue[]): Plan {
  const appNode = applicationNode(parsed, application);
  if (!appNode) return { error: notFound(parsed) };
  const style = listStyleOf(parsed.document);
  const pair = pairOf(appNode, key);
  if (!pair) return { edits: [addToMap(text, appNode, [[key, items]], style)] };
  if (isAlias(pair.value)) return { error: aliasError() };
  if (pair.value === null || (isScalar(pair.value) && pair.value.value === null)) return { edits: [fillEmptyKey(text, pair, items, style)] };
  if (!isSeq(pair.value)) return { error: l10n.t('“{0}” of {1} is not a list; fix it first.', key, application.company) };
  return { edits: [appendToSeq(text, pair.value, items, key, style)] };
}

/** The dates of a history list's entries, in file order (undefined where an entry has none). */
function historyDates(seq: YAMLSeq): (string | undefined)[] {
  return seq.items.map((item) => {
    const date = isMap(item) ? item.get('date') : undefined;
    return typeof date === 'string' ? date : undefined;
  });
}

/**
 * Adds a dated history entry where its date belongs and sets the status, as one change. When the history already
 * has a later entry, the entry still goes in, but the status stays what that later entry says (so the two never
 * contradict each other), and the plan's note says why.
 */
export function planSetStatus(parsed: ParsedJobSearch, text: string, application: Application, status: Status, date: IsoDate): Plan {
  const appNode = applicationNode(parsed, application);
  if (!appNode) return { error: notFound(parsed) };
  const statusPair = pairOf(appNode, 'status');
  if (statusPair && !isScalar(statusPair.value)) return { error: aliasError() };
  const edits: TextEdit[] = [];
  const newKeys: [string, YamlValue | YamlValue[]][] = [];
  const setStatus = (): void => {
    if (statusPair) edits.push(replaceScalar(statusPair.value as Scalar, status));
    else newKeys.push(['status', status]);
  };
  const entry = { date, status };
  const historyPair = pairOf(appNode, 'history');
  const history = historyPair && isSeq(historyPair.value) ? historyPair.value : undefined;
  const laterAt = history ? historyDates(history).findIndex((other) => other !== undefined && other > date) : -1;
  let note: string | undefined;
  if (history && laterAt >= 0) {
    edits.push(insertIntoSeq(text, history, laterAt, [entry], 'history', listStyleOf(parsed.document)));
    const latest = latestEntry(application);
    if (!latest?.status || latest.status === status) setStatus();
    else note = l10n.t('{0} on {1} is now in the history. The stage stays {2}: the history has {2} on {3}, which is later. If that date is wrong, correct it, then change the stage.', STATUS_LABELS[status], date, STATUS_LABELS[latest.status], latest.date!);
  } else {
    setStatus();
    if (!historyPair) newKeys.push(['history', [entry]]);
    else {
      const appended = planAppend(parsed, text, application, 'history', [entry]);
      if ('error' in appended) return appended;
      edits.push(...appended.edits);
    }
  }
  if (newKeys.length) edits.push(addToMap(text, appNode, newKeys, listStyleOf(parsed.document)));
  return note ? { edits, note } : { edits };
}

/** The dated history entry with the latest date (the last of equals), which the status must agree with. */
function latestEntry(application: Application): Application['history'][number] | undefined {
  return application.history.filter((item) => item.date && item.status).reduce<Application['history'][number] | undefined>((best, item) => (!best || item.date! >= best.date! ? item : best), undefined);
}

/** How deep an insertion's first new line is indented; text that continues the current line counts as deepest. */
function insertionDepth(edit: TextEdit): number {
  const match = /^\r?\n( *)/.exec(edit.newText);
  return match ? match[1]!.length : Number.POSITIVE_INFINITY;
}

/**
 * Combines plans into one change; the first error wins. Insertions at the same place are joined into one, deepest
 * first: items appended to a mapping's last list must come before new keys of that mapping, or they would land
 * under the new key. Joining also keeps the result independent of how an editor orders equal positions.
 */
export function combinePlans(...plans: Plan[]): Plan {
  const edits: TextEdit[] = [];
  // Every insertion at one place, in plan order, joined once all are known.
  const pieces = new Map<TextEdit, TextEdit[]>();
  const notes: string[] = [];
  for (const plan of plans) {
    if ('error' in plan) return plan;
    if (plan.note) notes.push(plan.note);
    for (const edit of plan.edits) {
      const twin = edit.start === edit.end ? edits.find((other) => other.start === edit.start && other.end === edit.end) : undefined;
      if (twin) pieces.get(twin)!.push(edit);
      else {
        edits.push(edit);
        pieces.set(edit, [edit]);
      }
    }
  }
  const joined = edits.map((edit) => {
    const all = pieces.get(edit)!;
    if (all.length === 1) return edit;
    // Deepest first; equal depths keep plan order (the sort is stable).
    const ordered = [...all].sort((a, b) => insertionDepth(b) - insertionDepth(a));
    return { ...edit, newText: ordered.map((piece) => piece.newText).join('') };
  });
  return notes.length ? { edits: joined, note: notes.join(' ') } : { edits: joined };
}

/**
 * The people to bring along when applying to a company again: those listed under `people` who were contacts of its
 * earlier applications or who work there, once each, in `people` order.
 */
export function peopleAtCompany(parsed: Pick<ParsedJobSearch, 'applications' | 'people'>, company: string): string[] {
  const key = nameKey(company);
  if (!key) return [];
  const index = networkIndex(parsed);
  const earlier = parsed.applications.filter((application) => nameKey(application.company) === key);
  const linked = new Set(earlier.flatMap((application) => index.peopleOf(application)));
  return parsed.people.filter((person) => linked.has(person) || nameKey(person.company) === key).map((person) => person.name.trim());
}

/** A new application, as "Add Application…" collects it. */
export interface NewApplication {
  readonly company: string;
  readonly role?: string;
  readonly status: Status;
  readonly link?: string;
  readonly date: IsoDate;
  readonly notes?: string;
}

/** Appends an application with its first dated history entry and the company's people, creating `applications:` when the file has none. */
export function planAddApplication(parsed: ParsedJobSearch, text: string, application: NewApplication): Plan {
  const people = peopleAtCompany(parsed, application.company);
  const entry = {
    company: application.company,
    role: application.role,
    status: application.status,
    link: application.link,
    notes: application.notes,
    history: [{ date: application.date, status: application.status }],
    contacts: people.length ? people.map((name) => ({ person: name })) : undefined,
  };
  const plan = appendTopLevel(parsed.document, text, 'applications', [entry], listStyleOf(parsed.document));
  if ('error' in plan || !people.length) return plan;
  return { ...plan, note: l10n.t('Your people at {0} came along as contacts: {1}.', application.company.trim(), people.join(', ')) };
}
