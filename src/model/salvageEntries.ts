/**
 * After a syntax error, the parser's recovery can swallow the entries that follow it. Each entry of the
 * `applications` and `training` block lists is then read again from its own lines, so one broken entry costs only
 * itself.
 */
import { isAlias, isMap, isScalar, isSeq, parseDocument, visit, type YAMLMap } from 'yaml';
import type { EntryList } from './entryLayout';
import type { Span } from './problem';

/** Where a block list sits in the text, found from its lines alone (no parse needed). */
export interface TextListLayout {
  /** The `key:` line through the end of the list's last entry. */
  readonly region: Span;
  /** The column of the entries' dashes. */
  readonly indent: number;
  /** Offset of the start of each entry's dash line. */
  readonly starts: readonly number[];
}

/** One entry re-read from its own lines: its mapping, with positions as in the whole file. */
export interface SalvagedEntry {
  readonly map: YAMLMap;
  /** Whether its lines parsed without errors on their own. */
  readonly clean: boolean;
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

/** Entry `index` of `layout` parsed from its own lines; undefined when they give no mapping or use anchors. */
export function salvageEntry(text: string, layout: TextListLayout, index: number, options: object): SalvagedEntry | undefined {
  const start = layout.starts[index]!;
  const end = layout.starts[index + 1] ?? layout.region.end;
  const document = parseDocument(text.slice(start, end), options);
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
  return anchored ? undefined : { map, clean: !document.errors.length && !document.warnings.length };
}
