/**
 * One list entry parsed from its own lines, with node positions moved to where the lines sit in the file: strictly
 * when an edit re-reads one entry (the result must equal a whole-file parse), leniently when a broken file is salvaged.
 */
import { isAlias, isMap, isScalar, isSeq, parseDocument, visit, type YAMLMap } from 'yaml';
import { PARSE_OPTIONS } from './parseOptions';

/** An entry's mapping read from `text[start, end)`, and whether those lines parsed without an error or warning. */
interface EntryLines {
  readonly map: YAMLMap;
  readonly clean: boolean;
  /** The column the entry's dash is at within its lines. */
  readonly column: number | undefined;
}

/** The one block-list entry in `text[start, end)`; undefined when there is not exactly one mapping, or it uses anchors. */
function readEntryLines(text: string, start: number, end: number): EntryLines | undefined {
  const document = parseDocument(text.slice(start, end), PARSE_OPTIONS);
  const seq = document.contents;
  if (!isSeq(seq) || seq.flow || seq.items.length !== 1) return undefined;
  const map = seq.items[0];
  if (!isMap(map)) return undefined;
  let anchored = false;
  visit(map, (_key, node) => {
    if (isAlias(node) || ((isScalar(node) || isMap(node) || isSeq(node)) && node.anchor)) anchored = true;
    if ((isScalar(node) || isMap(node) || isSeq(node) || isAlias(node)) && node.range) {
      const [a, b, c] = node.range;
      node.range = [a + start, b + start, c + start];
    }
  });
  return anchored ? undefined : { map, clean: !document.errors.length && !document.warnings.length, column: seq.range?.[0] };
}

/**
 * The entry in `text[start, end)` when it reads exactly as in a parse of the whole file: one clean block mapping at
 * the list's column, every other line of content indented under it, and no character the whole parse treats apart.
 */
export function parseEntry(text: string, start: number, end: number, indent: number): YAMLMap | undefined {
  const lines = text.slice(start, end);
  if (/\r(?!\n)|\0|\uFFFD/.test(lines) || !contentIndentedUnder(lines, indent)) return undefined;
  const entry = readEntryLines(text, start, end);
  return entry?.clean && entry.column === indent && !entry.map.flow ? entry.map : undefined;
}

/** Whatever mapping the entry's lines give on their own, with whether they were clean: a broken file's best reading. */
export function salvageEntry(text: string, start: number, end: number): { readonly map: YAMLMap; readonly clean: boolean } | undefined {
  const entry = readEntryLines(text, start, end);
  return entry && { map: entry.map, clean: entry.clean };
}

/** Whether every line after the first that holds more than a comment is indented deeper than the dash. */
function contentIndentedUnder(lines: string, indent: number): boolean {
  let at = lines.indexOf('\n') + 1;
  while (at > 0 && at < lines.length) {
    const next = lines.indexOf('\n', at);
    const line = lines.slice(at, next < 0 ? lines.length : next);
    const trimmed = line.trimStart();
    if (trimmed !== '' && trimmed !== '\r' && !trimmed.startsWith('#') && line.length - trimmed.length <= indent) return false;
    at = next + 1;
  }
  return true;
}
