/** Finds which known skills a piece of free text names, in one pass over the text however many skills there are. */

const isWordChar = (code: number): boolean =>
  (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || code === 95;

/** The run of word characters (as `\w` counts them) starting at `at`; empty when `at` is not a word character. */
function wordAt(text: string, at: number): string {
  let end = at;
  while (end < text.length && isWordChar(text.charCodeAt(end))) end++;
  return text.slice(at, end);
}

/**
 * A matcher for `keys`: given a text, the keys that occur in it as whole words, that is with a non-word character
 * (or the start or end of the text) on either side, exactly as `(^|\W)key($|\W)` would find them.
 */
export function skillMatcher(keys: Iterable<string>): (text: string) => Set<string> {
  // Keys grouped by their first word, so each place in the text is checked only against keys that could start there.
  const byFirstWord = new Map<string, string[]>();
  for (const key of keys) {
    if (!key) continue;
    const first = wordAt(key, 0);
    byFirstWord.set(first, [...(byFirstWord.get(first) ?? []), key]);
  }
  return (text) => {
    const found = new Set<string>();
    for (let at = 0; at <= text.length; at++) {
      if (at > 0 && isWordChar(text.charCodeAt(at - 1))) continue;
      const word = wordAt(text, at);
      for (const key of byFirstWord.get(word) ?? []) {
        const end = at + key.length;
        if (text.startsWith(key, at) && (end === text.length || !isWordChar(text.charCodeAt(end)))) found.add(key);
      }
      // Inside a word nothing can start, so jump to its end.
      if (word.length > 1) at += word.length - 1;
    }
    return found;
  };
}
