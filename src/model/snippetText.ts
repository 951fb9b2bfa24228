/** Escaping for VS Code snippet syntax, so text from the file is inserted literally. */

/** Escapes `\`, `$` and `}` so a value like `Cash$App ${1:x}` appears as written, not as a tab stop. */
export function escapeSnippet(text: string): string {
  return text.replace(/[\\$}]/g, (char) => `\\${char}`);
}

/** The text a snippet shows once inserted and nothing is typed: placeholders become their defaults. */
export function snippetToText(snippet: string): string {
  return snippetLayout(snippet).text;
}

/** Where a placeholder's default text sits in the inserted text. */
export interface StopRange {
  readonly start: number;
  readonly end: number;
}

/**
 * The inserted text of a snippet, with the range of each innermost placeholder's default (the part the first Tab
 * selects), in order.
 */
export function snippetLayout(snippet: string): { readonly text: string; readonly stops: readonly StopRange[] } {
  let out = '';
  const open: { start: number; nested: boolean }[] = [];
  const stops: StopRange[] = [];
  for (let i = 0; i < snippet.length; i++) {
    const char = snippet[i]!;
    const head = char === '$' ? /^\$(\d+|\{\d+:?)/.exec(snippet.slice(i)) : null;
    if (char === '\\' && i + 1 < snippet.length && '\\$}'.includes(snippet[i + 1]!)) {
      out += snippet[++i];
    } else if (head) {
      i += head[0].length - 1;
      if (head[0].startsWith('${')) {
        if (open.length) open.at(-1)!.nested = true;
        open.push({ start: out.length, nested: false });
      }
    } else if (char === '}' && open.length) {
      const stop = open.pop()!;
      if (!stop.nested && out.length > stop.start) stops.push({ start: stop.start, end: out.length });
    } else {
      out += char;
    }
  }
  return { text: out, stops: stops.sort((a, b) => a.start - b.start) };
}
