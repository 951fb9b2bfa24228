/** A replacement of characters in the file's text, planned by the model and applied by the editor. */

/** Replace `text[start, end)` with `newText`; offsets refer to the text the plan was made from. */
export interface TextEdit {
  readonly start: number;
  readonly end: number;
  readonly newText: string;
}

/** Applies non-overlapping edits to `text` (for tests and previews; the extension applies them through the editor). */
export function applyEdits(text: string, edits: readonly TextEdit[]): string {
  const sorted = [...edits].sort((a, b) => b.start - a.start || b.end - a.end);
  let out = text;
  for (const edit of sorted) out = out.slice(0, edit.start) + edit.newText + out.slice(edit.end);
  return out;
}
