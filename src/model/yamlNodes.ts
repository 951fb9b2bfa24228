/** Finding the YAML nodes a write-back edits: a key's pair, the mapping behind an entry, a top-level list to add to. */
import * as l10n from '@vscode/l10n';
import { isMap, isScalar, isSeq, type Document, type Node, type Pair, type YAMLMap } from 'yaml';
import type { ListStyle } from './listStyle';
import type { TextEdit } from './textEdit';
import { addToMap, appendToSeq, fillEmptyKey, formatEntry, lineEnding, type YamlValue } from './yamlEdits';

/** The pair of `key` in a mapping. */
export function pairOf(map: YAMLMap, key: string): Pair<Node, Node | null> | undefined {
  return (map.items as Pair<Node, Node | null>[]).find((pair) => isScalar(pair.key) && pair.key.value === key);
}

/** The mapping of list `list` whose source starts at `start` (an entry's span start). */
export function mapAt(list: Node | null | undefined, start: number): YAMLMap | undefined {
  return isSeq(list) ? list.items.find((item): item is YAMLMap => isMap(item) && item.range?.[0] === start) : undefined;
}

/** Whether a pair has no value yet (`key:` alone on its line). */
export const isEmptyPair = (pair: Pair<Node, Node | null>): boolean => pair.value === null || (isScalar(pair.value) && pair.value.value === null);

/**
 * Appends entries to the top-level list `key`, creating it (after whatever the file holds, comments included) when
 * the file has none; an error when `key` holds something other than a list.
 */
export function appendTopLevel(document: Document.Parsed, text: string, key: string, entries: readonly YamlValue[], style: ListStyle): { edits: TextEdit[] } | { error: string } {
  const list = document.get(key, true) as Node | null | undefined;
  if (isSeq(list)) return { edits: [appendToSeq(text, list, entries, key, style)] };
  const root = document.contents;
  if (!root || (isScalar(root) && root.value === null)) {
    const eol = lineEnding(text);
    const gap = text && !text.endsWith('\n') ? eol : '';
    return { edits: [{ start: text.length, end: text.length, newText: `${gap}${key}:${eol}${entries.map((entry) => `  ${formatEntry(entry, style(key), 2, eol, style)}${eol}`).join('')}` }] };
  }
  if (!isMap(root)) return { error: l10n.t('job-search.yaml has no top-level mapping to add “{0}:” to; fix the problems first.', key) };
  const pair = pairOf(root, key);
  if (pair && isEmptyPair(pair)) return { edits: [fillEmptyKey(text, pair, entries, style)] };
  if (pair) return { error: l10n.t('“{0}” is not a list; fix it first.', key) };
  return { edits: [addToMap(text, root, [[key, [...entries]]], style)] };
}

/** Appends items to the list `key` of a mapping, creating the key or filling an empty one. */
export function appendToKey(text: string, map: YAMLMap, key: string, items: readonly YamlValue[], style: ListStyle): { edits: TextEdit[] } | { error: string } {
  const pair = pairOf(map, key);
  if (!pair) return { edits: [addToMap(text, map, [[key, [...items]]], style)] };
  if (isEmptyPair(pair)) return { edits: [fillEmptyKey(text, pair, items, style)] };
  if (isSeq(pair.value)) return { edits: [appendToSeq(text, pair.value, items, key, style)] };
  return { error: l10n.t('“{0}” is not a list; fix it first.', key) };
}
