/** What to warn about before a draft leaves the editor: hints still as inserted, and a message over its length limit. */
import { parseDraft } from './draftMessage';
import type { DraftHint } from './renderDraft';

/** The problems found in a draft; empty lists and no `length` mean it is ready. */
export interface DraftCheck {
  /** Hints still where they were inserted, untouched. */
  readonly unedited: readonly string[];
  /** The message's length against the template's limit, when it is over. */
  readonly over?: { readonly count: number; readonly max: number };
}

/** Checks `text` (the whole draft) against the hints it was inserted with and the template's limit. */
export function checkDraft(text: string, hints: readonly DraftHint[], maxLength?: number): DraftCheck {
  const normalized = text.replace(/\r\n/g, '\n');
  const unedited = hints.filter((hint) => normalized.includes(`${hint.before}${hint.hint}${hint.after}`)).map((hint) => hint.hint);
  const count = messageLength(text);
  return { unedited, ...(maxLength !== undefined && count > maxLength ? { over: { count, max: maxLength } } : {}) };
}

/** The length of the message as the recipient gets it (without the subject line), in characters as people count them. */
export function messageLength(text: string): number {
  return [...parseDraft(text).body].length;
}

/** Whether the check found anything. */
export function hasProblems(check: DraftCheck): boolean {
  return check.unedited.length > 0 || check.over !== undefined;
}
