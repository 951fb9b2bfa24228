/**
 * Minimal text edits on a parsed YAML document: set a scalar, add keys to a mapping, append to a list. Only the
 * characters that change are touched, so comments, blank lines, quoting, order and line endings stay as written.
 */
import { isMap, isSeq, Scalar, type Node, type Pair, type YAMLMap, type YAMLSeq } from 'yaml';
import type { ListStyle } from './listStyle';
import type { TextEdit } from './textEdit';

/** A value to write: scalars (quoted when YAML needs it), and lists and mappings written in compact flow style. */
export type YamlValue = string | number | boolean | readonly YamlValue[] | { readonly [key: string]: YamlValue | undefined };

/** The file's own line ending. */
export function lineEnding(text: string): string {
  return text.includes('\r\n') ? '\r\n' : '\n';
}

/** A scalar as YAML source that stays one value inside `{…}` and `[…]` too. */
export function formatScalar(value: string | number | boolean): string {
  if (typeof value !== 'string') return String(value);
  // Line breaks and other control characters only survive inside double quotes, written as escapes.
  const plainSafe =
    // eslint-disable-next-line no-control-regex -- finding control characters is the point
    !/[\u0000-\u001f\u007f-\u009f\ufeff]/.test(value) &&
    /^[^\s\-?:,[\]{}#&*!|>'"%@`][^,[\]{}#]*$/.test(value) &&
    !/:\s|:$|\s#|\s$/.test(value) &&
    !/^(true|false|null|~|yes|no|on|off|[-+]?(\d[\d_]*(\.\d*)?|\.\d+)([eE][-+]?\d+)?|0x[0-9a-fA-F]+|0o[0-7]+|\.inf|\.nan)$/i.test(value);
  return plainSafe ? value : JSON.stringify(value);
}

/** A value as YAML source: `[a, b]` for lists, `{key: value, …}` (without undefined entries) for mappings. */
export function formatValue(value: YamlValue): string {
  if (Array.isArray(value)) return `[${value.map(formatValue).join(', ')}]`;
  if (typeof value !== 'object') return formatScalar(value as string | number | boolean);
  const entries = Object.entries(value).filter((entry): entry is [string, YamlValue] => entry[1] !== undefined);
  return `{${entries.map(([key, item]) => `${key}: ${formatValue(item)}`).join(', ')}}`;
}

/** The longest line a new entry is written on `{…}`; a longer one is written key by key, so lines stay readable. */
const MAX_FLOW_LINE = 100;

type Mapping = { readonly [key: string]: YamlValue | undefined };

function isMapping(value: YamlValue): value is Mapping {
  return typeof value === 'object' && !Array.isArray(value);
}

/**
 * A list entry as source, from its "- " on (the caller indents the first line to `dash`). A mapping is written `{…}`
 * when `prefer` says its list is written so and the line stays short; otherwise key by key on lines indented to
 * `dash + 2`, with lists inside it written as `style` says the file writes lists of that key.
 */
export function formatEntry(item: YamlValue, prefer: 'flow' | 'block', dash: number, eol: string, style: ListStyle): string {
  const flow = `- ${formatValue(item)}`;
  if (!isMapping(item) || (prefer === 'flow' && dash + flow.length <= MAX_FLOW_LINE)) return flow;
  return `- ${blockLines(item, dash + 2, eol, style).join(eol)}`;
}

/** How the entries of an existing block list are written: as most of them are, or as the last one when it is a tie. */
function siblingStyle(seq: YAMLSeq, key: string, style: ListStyle): 'flow' | 'block' {
  const maps = seq.items.filter(isMap);
  if (!maps.length) return style(key);
  const flow = maps.filter((item) => item.flow).length;
  if (flow * 2 === maps.length) return maps.at(-1)!.flow ? 'flow' : 'block';
  return flow * 2 > maps.length ? 'flow' : 'block';
}

/** A mapping key by key: the first line as it follows "- ", the others indented to `indent`. */
function blockLines(map: Mapping, indent: number, eol: string, style: ListStyle): string[] {
  const pad = ' '.repeat(indent);
  const entries = Object.entries(map).filter((entry): entry is [string, YamlValue] => entry[1] !== undefined);
  return entries.flatMap(([key, value], index) => {
    const lead = index === 0 ? '' : pad;
    const inline = `${key}: ${formatValue(value)}`;
    const short = indent + inline.length <= MAX_FLOW_LINE;
    if (!Array.isArray(value) || !value.length || (short && value.every((item) => !isMapping(item as YamlValue) && !Array.isArray(item)))) {
      return [`${lead}${inline}`];
    }
    return [`${lead}${key}:`, ...(value as readonly YamlValue[]).map((item) => `${pad}  ${formatEntry(item, style(key), indent + 2, eol, style)}`)];
  });
}

/** Whether the list's last two entries are separated by a blank line, as people often space out applications. */
function spacedOut(text: string, seq: YAMLSeq): boolean {
  const [previous, last] = seq.items.slice(-2) as (Node | undefined)[];
  if (!previous?.range || !last?.range) return false;
  return /\n[ \t]*\r?\n/.test(text.slice(contentEnd(previous), text.lastIndexOf('-', last.range[0])));
}

/** Replaces a scalar's value, keeping its quote style. */
export function replaceScalar(node: Scalar, value: string | number | boolean): TextEdit {
  const [start, end] = node.range!;
  if (typeof value !== 'string') return { start, end, newText: String(value) };
  const quoted = node.type === Scalar.QUOTE_DOUBLE ? JSON.stringify(value) : node.type === Scalar.QUOTE_SINGLE ? `'${value.replace(/'/g, "''")}'` : formatScalar(value);
  return { start, end, newText: quoted };
}

/** The column of `offset` within its line. */
function columnOf(text: string, offset: number): number {
  return offset - (text.lastIndexOf('\n', offset - 1) + 1);
}

/** The offset of the end of the line holding `offset` (before its line break). */
function endOfLine(text: string, offset: number): number {
  const newline = text.indexOf('\n', offset);
  const end = newline < 0 ? text.length : newline;
  return text[end - 1] === '\r' ? end - 1 : end;
}

/** Where a node's content ends: for block collections, the end of their last line of content. */
function contentEnd(node: Node): number {
  if ((isMap(node) || isSeq(node)) && !node.flow && node.items.length) {
    const last = node.items.at(-1)!;
    const lastNode = (isMap(node) ? ((last as Pair).value ?? (last as Pair).key) : last) as Node | null;
    if (lastNode?.range) return contentEnd(lastNode);
  }
  return node.range![1];
}

/**
 * Adds `key: value` entries at the end of a mapping. In a block mapping each goes on a new line at the keys'
 * indentation, and a list or mapping value is written block style under its key; in a flow mapping they go before the `}`.
 */
export function addToMap(text: string, map: YAMLMap, entries: readonly (readonly [string, YamlValue])[], style: ListStyle): TextEdit {
  const eol = lineEnding(text);
  const last = map.items.at(-1) as Pair<Node, Node | null> | undefined;
  if (map.flow) {
    const at = last ? contentEnd((last.value ?? last.key)!) : map.range![0] + 1;
    const parts = entries.map(([key, value]) => `${key}: ${formatValue(value)}`);
    return { start: at, end: at, newText: `${last ? ', ' : ''}${parts.join(', ')}` };
  }
  const firstKey = (map.items[0] as Pair<Node> | undefined)?.key;
  const indent = ' '.repeat(firstKey?.range ? columnOf(text, firstKey.range[0]) : 0);
  const at = endOfLine(text, last ? contentEnd((last.value ?? last.key)!) : map.range![0]);
  const lines = entries.map(([key, value]) =>
    Array.isArray(value)
      ? `${indent}${key}:${(value as readonly YamlValue[]).map((item) => `${eol}${indent}  ${formatEntry(item, style(key), indent.length + 2, eol, style)}`).join('')}`
      : isMapping(value)
        ? `${indent}${key}:${eol}${indent}  ${blockLines(value, indent.length + 2, eol, style).join(eol)}`
        : `${indent}${key}: ${formatValue(value)}`,
  );
  return { start: at, end: at, newText: lines.map((line) => `${eol}${line}`).join('') };
}

/**
 * Appends items to the list `key`: new entries at the items' indentation for a block list (after a blank line where
 * its entries are spaced out), before the `]` for a flow list.
 */
export function appendToSeq(text: string, seq: YAMLSeq, items: readonly YamlValue[], key: string, style: ListStyle): TextEdit {
  const eol = lineEnding(text);
  const last = seq.items.at(-1) as Node | undefined;
  if (seq.flow) {
    const at = last?.range ? last.range[1] : seq.range![0] + 1;
    return { start: at, end: at, newText: `${last ? ', ' : ''}${items.map(formatValue).join(', ')}` };
  }
  // The dash sits before the first item's content on the same line.
  const firstItem = seq.items[0] as Node;
  const dash = text.lastIndexOf('-', firstItem.range![0]);
  const column = columnOf(text, dash);
  const at = endOfLine(text, contentEnd(last!));
  const gap = spacedOut(text, seq) ? eol : '';
  const prefer = siblingStyle(seq, key, style);
  return { start: at, end: at, newText: items.map((item) => `${eol}${gap}${' '.repeat(column)}${formatEntry(item, prefer, column, eol, style)}`).join('') };
}

/**
 * Inserts items before the list's item at `index`: on new lines at the items' indentation in a block list, before
 * that item in a flow list. An index past the end appends.
 */
export function insertIntoSeq(text: string, seq: YAMLSeq, index: number, items: readonly YamlValue[], key: string, style: ListStyle): TextEdit {
  const before = seq.items[index] as Node | undefined;
  if (!before?.range) return appendToSeq(text, seq, items, key, style);
  if (seq.flow) return { start: before.range[0], end: before.range[0], newText: `${items.map(formatValue).join(', ')}, ` };
  const eol = lineEnding(text);
  const dash = text.lastIndexOf('-', before.range[0]);
  const lineStart = text.lastIndexOf('\n', dash - 1) + 1;
  const prefer = siblingStyle(seq, key, style);
  return { start: lineStart, end: lineStart, newText: items.map((item) => `${' '.repeat(dash - lineStart)}${formatEntry(item, prefer, dash - lineStart, eol, style)}${eol}`).join('') };
}

/** Puts a list under a key that has no value yet (`followUps:` alone on its line). */
export function fillEmptyKey(text: string, pair: Pair<Node, Node | null>, items: readonly YamlValue[], style: ListStyle): TextEdit {
  const eol = lineEnding(text);
  const keyStart = pair.key.range![0];
  const column = columnOf(text, keyStart) + 2;
  const key = String((pair.key as { value?: unknown }).value);
  const at = endOfLine(text, keyStart);
  return { start: at, end: at, newText: items.map((item) => `${eol}${' '.repeat(column)}${formatEntry(item, style(key), column, eol, style)}`).join('') };
}

/**
 * Turns a key's single value (`feedback: some text`) into a list holding it and `items`, so an older one-value field
 * can take dated entries. A one-line value is kept as written; anything longer is rewritten as an equal value.
 */
export function valueToList(text: string, pair: Pair<Node, Node | null>, flow: boolean, items: readonly YamlValue[], style: ListStyle): TextEdit {
  const value = pair.value!;
  // A block scalar's range runs past its last line break; the list ends where its text does.
  const source = text.slice(value.range![0], contentEnd(value)).trimEnd();
  const kept: YamlValue = /[\r\n]/.test(source) ? (value.toJSON() as YamlValue) : source;
  const all = [kept, ...items];
  const colon = text.indexOf(':', pair.key.range![1]) + 1;
  const end = value.range![0] + source.length;
  if (flow) return { start: value.range![0], end, newText: `[${all.map((item, index) => (index === 0 && typeof item === 'string' && item === source ? source : formatValue(item))).join(', ')}]` };
  const eol = lineEnding(text);
  const column = columnOf(text, pair.key.range![0]) + 2;
  const key = String((pair.key as { value?: unknown }).value);
  const lines = all.map((item, index) => (index === 0 && item === source ? `- ${source}` : formatEntry(item, style(key), column, eol, style)));
  return { start: colon, end, newText: lines.map((line) => `${eol}${' '.repeat(column)}${line}`).join('') };
}

/** Removes `key` and its value from a mapping: the whole line in a block mapping, `, key: value` in a flow one. */
export function removeFromMap(text: string, map: YAMLMap, key: string): TextEdit | undefined {
  const pairs = map.items as Pair<Node, Node | null>[];
  const index = pairs.findIndex((pair) => (pair.key as { value?: unknown } | null)?.value === key);
  if (index < 0) return undefined;
  const pair = pairs[index]!;
  const start = pair.key.range![0];
  const end = pair.value?.range ? contentEnd(pair.value) : pair.key.range![1];
  if (!map.flow) {
    const lineStart = text.lastIndexOf('\n', start - 1) + 1;
    const onOwnLine = /^\s*$/.test(text.slice(lineStart, start));
    if (onOwnLine && pairs.length > 1) {
      const next = text.indexOf('\n', end);
      return { start: lineStart, end: next < 0 ? text.length : next + 1, newText: '' };
    }
  }
  if (index > 0) {
    const previous = pairs[index - 1]!;
    const previousEnd = previous.value?.range ? contentEnd(previous.value) : previous.key.range![1];
    return { start: previousEnd, end, newText: '' };
  }
  const following = pairs[1];
  return { start, end: following ? following.key.range![0] : end, newText: '' };
}
