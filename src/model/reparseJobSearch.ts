/**
 * Updates a parse after an edit by re-reading only the list entry the edit fell in, when that is sure to give the
 * same result as parsing the whole file; anything else (an edit across entries, a syntax error, aliases) is parsed
 * in full.
 */
import type { Application, JobSearch, Profile, TrainingEntry } from './jobSearch';
import { entryAt, lineCounterOf, type EntryList, type ListLayout, ENTRY_LISTS } from './entryLayout';
import { parseEntry } from './entryLines';
import { readListEntry } from './fieldTables';
import { finishParse, layoutOf, parseJobSearch, type ParsedJobSearch } from './parseJobSearch';
import { ReadContext } from './readContext';
import type { Problem, Span } from './problem';

/** The parse of `text`, reusing what it can of `previous` (the parse of the text before the edit). */
export function reparseJobSearch(previous: ParsedJobSearch, text: string): ParsedJobSearch {
  return reparseIncrementally(previous, text) ?? parseJobSearch(text);
}

/** The parse of `text` from re-reading the one entry the edit fell in, or undefined when a full parse is needed. */
export function reparseIncrementally(previous: ParsedJobSearch, text: string): ParsedJobSearch | undefined {
  const layout = layoutOf(previous);
  if (!layout) return undefined;
  if (layout.text === text) return previous;
  const { from, oldTo, newTo } = changedRange(layout.text, text);
  for (const list of ENTRY_LISTS) {
    const lists = layout.lists[list];
    const index = lists && entryAt(lists, from, oldTo);
    if (lists && index !== undefined) return reparseEntry(previous, text, list, lists, index, newTo - oldTo);
  }
  return undefined;
}

/** The span of text that differs: everything before `from` and after `oldTo` (in the old text; `newTo` in the new) is the same. */
function changedRange(old: string, text: string): { from: number; oldTo: number; newTo: number } {
  const shorter = Math.min(old.length, text.length);
  let from = 0;
  while (from < shorter && old.charCodeAt(from) === text.charCodeAt(from)) from++;
  let back = 0;
  while (back < shorter - from && old.charCodeAt(old.length - 1 - back) === text.charCodeAt(text.length - 1 - back)) back++;
  return { from, oldTo: old.length - back, newTo: text.length - back };
}

function reparseEntry(previous: ParsedJobSearch, text: string, list: EntryList, layout: ListLayout, index: number, delta: number): ParsedJobSearch | undefined {
  const start = layout.starts[index]!;
  const oldEnd = layout.starts[index + 1] ?? layout.end;
  const map = parseEntry(text, start, oldEnd + delta, layout.indent);
  if (!map) return undefined;
  const lineCounter = lineCounterOf(text);
  const ctx = new ReadContext(text, lineCounter, () => undefined);
  const entry = readListEntry(list, map, ctx, index);
  const lineDelta = lineCounter.lineStarts.length - lineCountOf(previous);
  const moved = <T>(value: T): T => (spanStart(value) >= oldEnd ? shifted(value, delta) : value);
  const replaced = <T extends { index: number }>(entries: readonly T[], which: EntryList): T[] => {
    if (which !== list) return entries.map(moved);
    const before = entries.filter((other) => other.index < index);
    const after = entries.filter((other) => other.index > index).map(moved);
    return [...before, ...(entry ? [entry as unknown as T] : []), ...after];
  };
  const content: Omit<JobSearch, 'problems'> = {
    profile: previous.profile && moved<Profile>(previous.profile),
    applications: replaced<Application>(previous.applications, 'applications'),
    training: replaced<TrainingEntry>(previous.training, 'training'),
    // Not entry lists: an edit inside `people`, `wins` or `stories` is parsed in full, so here they only move.
    people: previous.people.map(moved),
    wins: previous.wins.map(moved),
    stories: previous.stories.map(moved),
  };
  const readProblems = [
    ...layoutOf(previous)!.readProblems.filter((problem) => problem.span.start < start),
    ...ctx.problems,
    ...layoutOf(previous)!.readProblems.filter((problem) => problem.span.start >= oldEnd).map((problem) => shiftedProblem(problem, delta, lineDelta)),
  ];
  const lists: Partial<Record<EntryList, ListLayout>> = {};
  for (const name of ENTRY_LISTS) {
    const other = layoutOf(previous)!.lists[name];
    const move = (offset: number): number => (offset >= oldEnd ? offset + delta : offset);
    if (other) lists[name] = { indent: other.indent, starts: other.starts.map(move), end: move(other.end) };
  }
  return finishParse(text, content, readProblems, lineCounter, { lists });
}

function lineCountOf(parsed: ParsedJobSearch): number {
  return parsed.lineCounter.lineStarts.length;
}

function spanStart(value: unknown): number {
  return (value as { span: Span }).span.start;
}

const isSpan = (value: object): value is Span => typeof (value as Span).start === 'number' && typeof (value as Span).end === 'number' && Object.keys(value).length === 2;

/** A copy of a model entry with every span moved by `delta`. */
function shifted<T>(value: T, delta: number): T {
  if (Array.isArray(value)) return value.map((item: unknown) => shifted(item, delta)) as T;
  if (!value || typeof value !== 'object') return value;
  if (isSpan(value)) return { start: value.start + delta, end: value.end + delta } as T;
  const copy: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(value)) copy[key] = shifted(item, delta);
  return copy as T;
}

/** A reading problem after the edited entry, moved by `delta` characters and `lines` lines (its columns stay). */
function shiftedProblem(problem: Problem, delta: number, lines: number): Problem {
  const { start, end } = problem.range;
  return {
    ...problem,
    span: { start: problem.span.start + delta, end: problem.span.end + delta },
    range: { start: { line: start.line + lines, character: start.character }, end: { line: end.line + lines, character: end.character } },
  };
}
