/** How the file writes the entries of each list, so entries the extension adds look like their neighbours. */
import { isMap, isScalar, isSeq, visit, type Document } from 'yaml';

/** For a list's key (`applications`, `history`, `items`, …): whether its mapping entries are written `{…}` or as lines. */
export type ListStyle = (key: string) => 'flow' | 'block';

const cache = new WeakMap<Document, ListStyle>();

/**
 * The style of each list key in `document`: flow where most of that key's mapping entries (across the file) are
 * written `{…}` on one line, block otherwise, and block for a key the file has no entries for yet.
 */
export function listStyleOf(document: Document): ListStyle {
  const known = cache.get(document);
  if (known) return known;
  const counts = new Map<string, { flow: number; block: number }>();
  const count = (key: string, flow: boolean): void => {
    const entry = counts.get(key) ?? { flow: 0, block: 0 };
    if (flow) entry.flow++;
    else entry.block++;
    counts.set(key, entry);
  };
  visit(document, {
    Pair(_, pair) {
      if (!isScalar(pair.key) || !isSeq(pair.value) || pair.value.flow) return;
      for (const item of pair.value.items) if (isMap(item)) count(String(pair.key.value), Boolean(item.flow));
    },
  });
  const style: ListStyle = (key) => {
    const entry = counts.get(key);
    return entry && entry.flow > entry.block ? 'flow' : 'block';
  };
  cache.set(document, style);
  return style;
}

/** Block for every list: for text with no document yet (an empty file). */
export const BLOCK_STYLE: ListStyle = () => 'block';
