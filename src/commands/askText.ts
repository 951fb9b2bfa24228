/** Free-text questions in the quick input, named so that screen readers say the question, not an example. */
import * as vscode from 'vscode';

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
