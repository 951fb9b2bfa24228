/** Free-text questions in the quick input, named so that screen readers say the question, not an example. */
import * as vscode from 'vscode';
import { isCalendarDate } from '../model/calendarDate';

/** What a free-text step asks. */
export interface TextQuestion {
  /** The step's context, such as "Interview at Globex". */
  readonly title?: string;
  /** The question itself; VS Code names the input after its placeholder and title, so it goes there. */
  readonly question: string;
  /** An example answer, shown under the input. */
  readonly example?: string;
  readonly value?: string;
  readonly validateInput?: (value: string) => string | undefined;
}

/** Asks `question`; undefined when the user cancelled. */
export function askText({ title, question, example, value, validateInput }: TextQuestion): Thenable<string | undefined> {
  return vscode.window.showInputBox({
    title,
    placeHolder: question,
    prompt: example ? vscode.l10n.t('{0} For example: {1}', question, example) : question,
    value,
    validateInput,
  });
}

/** Asks for a date as YYYY-MM-DD, `value` (usually today) filled in; `notBefore` refuses earlier dates with `why`. */
export async function askDate(title: string, question: string, value: string, notBefore?: { readonly date: string; readonly why: string }): Promise<string | undefined> {
  const answer = await askText({
    title,
    question,
    value,
    validateInput: (typed) => {
      const date = typed.trim();
      if (!isCalendarDate(date)) return vscode.l10n.t('Write a real date as YYYY-MM-DD, for example 2026-10-15.');
      return notBefore && date < notBefore.date ? notBefore.why : undefined;
    },
  });
  return answer?.trim();
}
