/** Parses the text of a `job-search.yaml` into the typed model plus problems, never throwing on bad input. */
import * as l10n from '@vscode/l10n';
import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Document, type Node, type YAMLMap } from 'yaml';
import { ENTRY_LISTS, entryLayout, lineCounterOf, type EntryLayout, type EntryList } from './entryLayout';
import { headSpan, readFields, ReadContext, spanOf, type Spec } from './fieldReader';
import type {
  Application,
  Contact,
  FollowUp,
  HistoryEntry,
  Interview,
  JobSearch,
  Profile,
  Reflection,
  TrainingEntry,
  TrainingItem,
} from './jobSearch';
import type { Problem } from './problem';
import { salvageEntry, textListLayout } from './salvageEntries';
import { validateJobSearch } from './validateJobSearch';
import { FOLLOW_UP_KINDS, INTERVIEW_KINDS, STATUSES, type Status } from './vocabulary';
import { yamlProblem } from './yamlProblem';

/** A parsed file: the model, plus the YAML document and line index that later edits are planned against. */
export interface ParsedJobSearch extends JobSearch {
  /** The whole document; after an edit re-read one entry at a time, it is parsed on first use. */
  readonly document: Document.Parsed;
  readonly lineCounter: LineCounter;
}

/** The `yaml` options every parse uses: positions kept, duplicate keys reported, no source tokens retained. */
export const PARSE_OPTIONS = { prettyErrors: false, uniqueKeys: true, keepSourceTokens: false } as const;

/** What each parse remembers for re-parsing after an edit; kept out of the model itself. */
const layouts = new WeakMap<ParsedJobSearch, EntryLayout>();

/** The entry layout of `parsed`, when one of its entries can be re-parsed alone. */
export function layoutOf(parsed: ParsedJobSearch): EntryLayout | undefined {
  return layouts.get(parsed);
}

/** Parses `text`; every valid entry is returned even when other parts of the file are broken. */
export function parseJobSearch(text: string): ParsedJobSearch {
  const lineCounter = new LineCounter();
  // Binary data is not parsed at all: its "problems" would be noise on every byte.
  const binary = text.indexOf('\0');
  const document = parseDocument(binary < 0 ? text : '', { ...PARSE_OPTIONS, lineCounter });
  const ctx = new ReadContext(text, binary < 0 ? lineCounter : lineCounterOf(text), (alias) => alias.resolve(document));
  const syntax = [...textProblems(text, ctx), ...document.errors.map((error) => yamlProblem(error, 'error', ctx)), ...document.warnings.map((warning) => yamlProblem(warning, 'warning', ctx))];
  if (binary >= 0) return finishParse(text, { applications: [], training: [] }, [], lineCounterOf(text), { document, syntax });

  const root = ctx.deref(document.contents as Node | null);
  let content: Omit<JobSearch, 'problems'> = { applications: [], training: [] };
  if (isMap(root)) {
    const { values } = readFields(root, TOP_LEVEL, ctx, 'file');
    content = { profile: values.profile, applications: values.applications ?? [], training: values.training ?? [] };
    if (document.errors.length) content = salvageLists(text, content, ctx, lineCounter, document, root, syntax);
  } else if (root && !(isScalar(root) && root.value === null)) {
    ctx.report(spanOf(root), 'error', 'not-a-mapping', l10n.t('job-search.yaml should be a mapping with “applications:” (and optionally “profile:” and “training:”) at the top level.'));
  }
  return finishParse(text, content, ctx.problems, lineCounter, { document, syntax });
}

/**
 * Reads each list entry from its own lines when the list holds a syntax error, because the parser's recovery can
 * swallow the entries after it; what the whole-file read reported inside the list is replaced by the entries' own.
 */
function salvageLists(
  text: string,
  content: Omit<JobSearch, 'problems'>,
  ctx: ReadContext,
  lineCounter: LineCounter,
  document: Document.Parsed,
  root: YAMLMap,
  syntax: readonly Problem[],
): Omit<JobSearch, 'problems'> {
  let result = content;
  for (const list of ENTRY_LISTS) {
    const layout = textListLayout(text, list);
    if (!layout) continue;
    const { start, end } = layout.region;
    // Where the problem is shown (an unclosed quote's opening) or where the parser gave up (the end of the file).
    const broken = syntax.some((problem) => problem.code === 'yaml-syntax' && problem.span.start >= start && problem.span.start < end);
    if (!broken && !document.errors.some((error) => error.pos[0] >= start && error.pos[0] <= end)) continue;
    const whole = ctx.deref(root.get(list, true) as Node | null);
    const wholeItems = isSeq(whole) ? whole.items.filter((item) => isMap(item)) : [];
    const scratch = new ReadContext(text, lineCounter, (alias) => alias.resolve(document));
    // Where the parser reported errors in this list, in file order.
    const errorsAt = [
      ...syntax.filter((problem) => problem.code === 'yaml-syntax' && problem.span.start >= start && problem.span.start < end).map((problem) => problem.span.start),
      ...document.errors.map((error) => error.pos[0]).filter((at) => at >= start && at <= end),
    ].sort((a, b) => a - b);
    // Both lists are in file order, so one pass pairs each entry's lines with the whole-file items that start there.
    let next = 0;
    let nextError = 0;
    const maps = layout.starts.flatMap((entryStart, index) => {
      const chunkEnd = layout.starts[index + 1] ?? end;
      while (next < wholeItems.length && (wholeItems[next]!.range?.[0] ?? -1) < entryStart) next++;
      const whole: YAMLMap[] = [];
      while (next < wholeItems.length && (wholeItems[next]!.range?.[0] ?? Infinity) < chunkEnd) whole.push(wholeItems[next++] as YAMLMap);
      while (nextError < errorsAt.length && errorsAt[nextError]! < entryStart) nextError++;
      // Re-parsing every entry costs about half a millisecond each; an entry the parser read whole, from its own dash
      // to within its own lines, with no error among them, reads the same as its lines alone.
      const errorFree = (errorsAt[nextError] ?? Infinity) >= chunkEnd;
      const range = whole.length === 1 ? whole[0]!.range : undefined;
      if (errorFree && range && /^[ \t]*-[ \t]+$/.test(text.slice(entryStart, range[0])) && range[2] <= chunkEnd) return whole;
      const entry = salvageEntry(text, layout, index, PARSE_OPTIONS);
      if (entry?.clean) return [entry.map];
      // A broken entry: what the parser recovered from it in the whole file, else from its own lines.
      return whole.length ? whole : entry ? [entry.map] : [];
    });
    const read = maps.map((map, index) => readListEntry(list, map, scratch, index)).filter((item) => item !== undefined);
    const outside = ctx.problems.filter((problem) => problem.span.start < start || problem.span.start >= end);
    ctx.problems.splice(0, ctx.problems.length, ...outside, ...scratch.problems);
    result = { ...result, [list]: read };
  }
  return result;
}

/** Problems with the text itself, before any YAML: binary data, bytes that were not UTF-8, old Mac line breaks. */
function textProblems(text: string, ctx: ReadContext): Problem[] {
  const problem = (at: number, severity: Problem['severity'], code: Problem['code'], message: string): Problem => {
    const span = { start: at, end: Math.min(text.length, at + 1) };
    return { code, severity, message, span, range: ctx.range(span) };
  };
  const problems: Problem[] = [];
  const binary = text.indexOf('\0');
  if (binary >= 0) return [problem(binary, 'error', 'not-text', l10n.t('This file holds binary data, not text; job-search.yaml must be a YAML text file.'))];
  const replaced = text.indexOf('\uFFFD');
  if (replaced >= 0) {
    problems.push(problem(replaced, 'warning', 'not-utf8', l10n.t('Some characters could not be read as UTF-8 (shown as “{0}”). Reopen the file with its encoding and save it as UTF-8.', '\uFFFD')));
  }
  const loneReturn = /\r(?!\n)/.exec(text)?.index;
  if (loneReturn !== undefined) {
    problems.push(problem(loneReturn, 'warning', 'line-endings', l10n.t('Lines here end with a lone carriage return ({0}), which YAML does not read as a line break. Change the line endings of the file to LF or CRLF.', '\\r')));
  }
  return problems;
}

/** Reads one entry of `applications` or `training`, as the whole-file reader does for the entry at `index`. */
export function readListEntry(list: EntryList, map: YAMLMap, ctx: ReadContext, index: number): Application | TrainingEntry | undefined {
  return TOP_LEVEL[list].item(map, ctx, index);
}

/**
 * Adds the checks across entries to a read file and assembles the parse. With a `document` the layout for later
 * re-parsing is worked out from it; with `lists` (after re-reading one entry) the document is parsed when first used.
 */
export function finishParse(
  text: string,
  content: Omit<JobSearch, 'problems'>,
  readProblems: readonly Problem[],
  lineCounter: LineCounter,
  from: { document: Document.Parsed; syntax: Problem[] } | { lists: EntryLayout['lists'] },
): ParsedJobSearch {
  const checks = new ReadContext(text, lineCounter, () => undefined);
  validateJobSearch(content, checks);
  const problems = mergeProblems('document' in from ? from.syntax : [], [...readProblems, ...checks.problems]);
  let document = 'document' in from ? from.document : undefined;
  const parsed: ParsedJobSearch = {
    ...content,
    problems,
    lineCounter,
    get document() {
      return (document ??= parseDocument(text, { ...PARSE_OPTIONS, lineCounter: new LineCounter() }));
    },
  };
  // Problems with the text itself are found by a full parse only, so a file with any is always parsed in full.
  const layout = 'document' in from ? (from.syntax.length ? undefined : entryLayout(from.document, text, readProblems)) : { text, readProblems, lists: from.lists };
  if (layout) layouts.set(parsed, layout);
  return parsed;
}

/**
 * Syntax problems first, one per position; content problems on the same lines as a syntax error are dropped,
 * because they describe the parser's recovery rather than anything the user wrote.
 */
function mergeProblems(syntax: Problem[], content: readonly Problem[]): Problem[] {
  const seen = new Set<number>();
  const unique = syntax.filter((problem) => !seen.has(problem.span.start) && seen.add(problem.span.start));
  const brokenLines = new Set<number>();
  for (const problem of unique.filter((p) => p.severity === 'error')) {
    for (let line = problem.range.start.line; line <= problem.range.end.line; line++) brokenLines.add(line);
  }
  const kept = content.filter((problem) => !brokenLines.has(problem.range.start.line));
  return [...unique, ...kept].sort((a, b) => a.span.start - b.span.start);
}

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
  name: { kind: 'string', required: true },
  role: { kind: 'string' },
  email: { kind: 'string' },
  phone: { kind: 'string' },
  linkedin: { kind: 'link' },
  notes: { kind: 'string' },
} as const satisfies Spec;

function readContact(map: YAMLMap, ctx: ReadContext): Contact | undefined {
  const { values } = readFields(map, CONTACT, ctx, 'contact');
  return values.name === undefined ? undefined : { span: spanOf(map), ...values, name: values.name };
}

const INTERVIEW = {
  date: { kind: 'date', required: true },
  time: { kind: 'time' },
  kind: { kind: 'enum', values: INTERVIEW_KINDS, noun: () => l10n.t('interview kind') },
  with: { kind: 'strings' },
  notes: { kind: 'string' },
} as const satisfies Spec;

function readInterview(map: YAMLMap, ctx: ReadContext): Interview {
  const { values, spans } = readFields(map, INTERVIEW, ctx, 'interview');
  return { span: spanOf(map), ...values, with: values.with ?? [], fields: spans };
}

const FOLLOW_UP = {
  kind: { kind: 'enum', values: FOLLOW_UP_KINDS, noun: () => l10n.t('follow-up kind'), required: true },
  due: { kind: 'date' },
  sent: { kind: 'date' },
  contact: { kind: 'string' },
  notes: { kind: 'string' },
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
  notes: { kind: 'string' },
} as const satisfies Spec;

function readReflection(map: YAMLMap, ctx: ReadContext): Reflection {
  const { values } = readFields(map, REFLECTION, ctx, 'reflection');
  return { span: spanOf(map), ...values, wentWell: values.wentWell ?? [], toImprove: values.toImprove ?? [] };
}

const APPLICATION = {
  company: { kind: 'string', required: true },
  role: { kind: 'string' },
  status: { kind: 'enum', values: STATUSES, noun: () => l10n.t('status') },
  link: { kind: 'link' },
  location: { kind: 'string' },
  salary: { kind: 'string' },
  source: { kind: 'string' },
  notes: { kind: 'string' },
  tags: { kind: 'strings' },
  history: { kind: 'list', item: readHistory, example: '{date: 2026-10-01, status: applied}' },
  contacts: { kind: 'list', item: readContact, example: '{name: Jamie Lee, role: Recruiter}' },
  interviews: { kind: 'list', item: readInterview, example: '{date: 2026-10-15, kind: technical}' },
  feedback: { kind: 'string' },
  followUps: { kind: 'list', item: readFollowUp, example: '{kind: thank-you, due: 2026-10-16}' },
  reflections: { kind: 'list', item: readReflection, example: '{date: 2026-10-16, confidence: 3}' },
  skillGaps: { kind: 'strings' },
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
    reflections: values.reflections ?? [],
    skillGaps: values.skillGaps ?? [],
    fields: { company: spans.company ?? headSpan(map), role: spans.role, status: spans.status, history: spans.history, followUps: spans.followUps, skillGaps: spans.skillGaps },
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

const PROFILE = {
  name: { kind: 'string' },
  email: { kind: 'string' },
  phone: { kind: 'string' },
  linkedin: { kind: 'string' },
  github: { kind: 'string' },
  website: { kind: 'string' },
  signature: { kind: 'string' },
} as const satisfies Spec;

function readProfile(map: YAMLMap, ctx: ReadContext): Profile {
  return { span: spanOf(map), ...readFields(map, PROFILE, ctx, 'profile').values };
}

const TOP_LEVEL = {
  profile: { kind: 'map', read: readProfile },
  applications: { kind: 'list', item: readApplication, example: 'company: Acme Corp' },
  training: { kind: 'list', item: readTraining, example: 'skill: system design' },
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
  reflection: REFLECTION,
  training: TRAINING,
  trainingItem: TRAINING_ITEM,
} as const;
