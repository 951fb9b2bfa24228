/** A replacement of characters in the file's text, planned by the model and applied by the editor. */

/** Replace `text[start, end)` with `newText`; offsets refer to the text the plan was made from. */
export interface TextEdit {
  readonly start: number;
  readonly end: number;
  readonly newText: string;
}
