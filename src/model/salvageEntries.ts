/**
 * After a syntax error, the parser's recovery can swallow the entries that follow it. Each entry of the
 * `applications` and `training` block lists is then read again from its own lines, so one broken entry costs only
 * itself.
 */
import { isMap, isSeq, type Document, type LineCounter, type Node, type YAMLMap } from 'yaml';
import { ENTRY_LISTS, type EntryList } from './entryLayout';
import { salvageEntry } from './entryLines';
import { readListEntry } from './fieldTables';
import type { JobSearch } from './jobSearch';
import type { Problem, Span } from './problem';
import { ReadContext } from './readContext';

/** Where a block list sits in the text, found from its lines alone (no parse needed). */
export interface TextListLayout {
  /** The `key:` line through the end of the list's last entry. */
  readonly region: Span;
  /** The column of the entries' dashes. */
  readonly indent: number;
  /** Offset of the start of each entry's dash line. */
  readonly starts: readonly number[];
}

/** The layout of the top-level block list `key`, or undefined when the file does not have one in plain block form. */
export function textListLayout(text: string, key: EntryList): TextListLayout | undefined {
  const head = new RegExp(`^${key}:[ \\t]*(?:#.*)?\\r?$`, 'm').exec(text);
  if (!head) return undefined;
  const starts: number[] = [];
  let indent = -1;
  let at = text.indexOf('\n', head.index);
  let end = text.length;
  while (at >= 0 && at < text.length) {
    const lineStart = at + 1;
    const next = text.indexOf('\n', lineStart);
    const line = text.slice(lineStart, next < 0 ? text.length : next).replace(/\r$/, '');
    const trimmed = line.trimStart();
    const column = line.length - trimmed.length;
    if (trimmed !== '' && !trimmed.startsWith('#')) {
      if (column === 0 && !trimmed.startsWith('-')) {
        end = lineStart;
        break;
      }
      if (indent < 0 && /^-(?:\s|$)/.test(trimmed)) indent = column;
      if (column === indent && /^-(?:\s|$)/.test(trimmed)) starts.push(lineStart);
      else if (indent < 0) return undefined;
    }
    at = next;
  }
  return starts.length ? { region: { start: head.index, end }, indent, starts } : undefined;
}

/**
 * Reads each list entry from its own lines when the list holds a syntax error, because the parser's recovery can
 * swallow the entries after it; what the whole-file read reported inside the list is replaced by the entries' own.
 */
export function salvageLists(
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
      const entry = salvageEntry(text, entryStart, chunkEnd);
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
