/**
 * Where each entry of the `applications` and `training` lists sits in the text, for files clean enough that an
 * entry can be parsed on its own with the same result as parsing the whole file.
 */
import { isAlias, isMap, isScalar, isSeq, LineCounter, visit, type Document, type Node, type Pair, type YAMLSeq } from 'yaml';
import type { Problem } from './problem';

/** The lists whose entries can be re-read one at a time. */
export const ENTRY_LISTS = ['applications', 'training'] as const;
export type EntryList = (typeof ENTRY_LISTS)[number];

/** One block list of mappings: the column of its dashes and where each entry's lines begin. */
export interface ListLayout {
  readonly indent: number;
  /** Offset of the start of the line holding each entry's dash. */
  readonly starts: readonly number[];
  /** Where the last entry's lines end: the next top-level key's line, or the end of the file. */
  readonly end: number;
}

/** What a parse keeps for re-parsing one entry later. */
export interface EntryLayout {
  readonly text: string;
  /** Problems found while reading fields, before the checks across entries were added. */
  readonly readProblems: readonly Problem[];
  readonly lists: Partial<Record<EntryList, ListLayout>>;
}

/**
 * The layout of a parsed document, or undefined when one entry cannot safely be re-parsed alone: syntax errors or
 * warnings (the parser's recovery is not local), anchors or aliases (an entry may depend on another), lone `\r`
 * line breaks, or a top level that is not a block mapping.
 */
export function entryLayout(document: Document.Parsed, text: string, readProblems: readonly Problem[]): EntryLayout | undefined {
  if (document.errors.length || document.warnings.length || /\r(?!\n)/.test(text)) return undefined;
  if ((text.includes('&') || text.includes('*')) && usesAnchors(document)) return undefined;
  const root = document.contents;
  if (!isMap(root) || root.flow) return undefined;
  const lists: Partial<Record<EntryList, ListLayout>> = {};
  const pairs = root.items as Pair<Node, Node | null>[];
  pairs.forEach((pair, position) => {
    const key = isScalar(pair.key) ? pair.key.value : undefined;
    if (key !== 'applications' && key !== 'training') return;
    const next = pairs[position + 1]?.key?.range?.[0];
    const layout = isSeq(pair.value) ? listLayout(pair.value, text, next === undefined ? text.length : lineStart(text, next)) : undefined;
    if (layout) lists[key] = layout;
  });
  return { text, readProblems, lists };
}

function usesAnchors(document: Document.Parsed): boolean {
  let found = false;
  visit(document, (_key, node) => {
    if (isAlias(node) || ((isScalar(node) || isMap(node) || isSeq(node)) && node.anchor)) {
      found = true;
      return visit.BREAK;
    }
    return undefined;
  });
  return found;
}

/** The start of the line holding `offset`. */
export function lineStart(text: string, offset: number): number {
  return text.lastIndexOf('\n', offset - 1) + 1;
}

function listLayout(seq: YAMLSeq, text: string, end: number): ListLayout | undefined {
  if (seq.flow || !seq.items.length) return undefined;
  const starts: number[] = [];
  let indent = -1;
  for (const item of seq.items) {
    if (!isMap(item) || item.flow || !item.range) return undefined;
    const dash = text.lastIndexOf('-', item.range[0]);
    const start = lineStart(text, dash);
    if (indent < 0) indent = dash - start;
    if (dash - start !== indent || text.slice(start, dash).trim() !== '') return undefined;
    starts.push(start);
  }
  return { indent, starts, end };
}

/** The entry of `layout` whose lines contain the whole of an edit of `[from, to)`, away from its dash and its last line break. */
export function entryAt(layout: ListLayout, from: number, to: number): number | undefined {
  const { starts } = layout;
  let low = 0;
  let high = starts.length - 1;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if (starts[middle]! <= from) low = middle;
    else high = middle - 1;
  }
  const start = starts[low]!;
  const end = starts[low + 1] ?? layout.end;
  return from > start + layout.indent && to < end ? low : undefined;
}

/** A line index of `text` equal to the one the parser builds. */
export function lineCounterOf(text: string): LineCounter {
  const counter = new LineCounter();
  counter.addNewLine(0);
  for (let at = text.indexOf('\n'); at >= 0; at = text.indexOf('\n', at + 1)) counter.addNewLine(at + 1);
  return counter;
}
