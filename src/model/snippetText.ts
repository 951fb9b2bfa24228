/** Escaping for VS Code snippet syntax, so text from the file is inserted literally. */

/** Escapes `\`, `$` and `}` so a value like `Cash$App ${1:x}` appears as written, not as a tab stop. */
export function escapeSnippet(text: string): string {
  return text.replace(/[\\$}]/g, (char) => `\\${char}`);
}

/** The text a snippet shows once inserted and nothing is typed: placeholders become their defaults. */
export function snippetToText(snippet: string): string {
  let out = '';
  let depth = 0;
  for (let i = 0; i < snippet.length; i++) {
    const char = snippet[i]!;
    const head = char === '$' ? /^\$(\d+|\{\d+:?)/.exec(snippet.slice(i)) : null;
    if (char === '\\' && i + 1 < snippet.length && '\\$}'.includes(snippet[i + 1]!)) {
      out += snippet[++i];
    } else if (head) {
      i += head[0].length - 1;
      if (head[0].startsWith('${')) depth++;
    } else if (char === '}' && depth > 0) {
      depth--;
    } else {
      out += char;
    }
  }
  return out;
}
