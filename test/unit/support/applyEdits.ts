/** Applies a plan's edits to text the way the editor does, so tests can read the result. */
import type { TextEdit } from '../../../src/model/textEdit';

/** Applies non-overlapping edits to `text` as a WorkspaceEdit would. */
export function applyEdits(text: string, edits: readonly TextEdit[]): string {
  const sorted = [...edits].sort((a, b) => b.start - a.start || b.end - a.end);
  let out = text;
  for (const edit of sorted) out = out.slice(0, edit.start) + edit.newText + out.slice(edit.end);
  return out;
}
