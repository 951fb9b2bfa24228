/** Open the Example: the bundled sample search, read-only, with its dates moved to today. */
import * as vscode from 'vscode';
import { DEFAULT_FILE_NAME } from '../config/settings';
import { toIsoDate } from '../model/calendarDate';
import { moveExampleDates } from '../model/exampleDates';

/** The scheme of the read-only example document. */
export const EXAMPLE_SCHEME = 'job-search-example';

/** Serves the example's text; registered once, for the example document only. */
export function registerExampleProvider(extensionUri: vscode.Uri): vscode.Disposable {
  return vscode.workspace.registerTextDocumentContentProvider(EXAMPLE_SCHEME, {
    async provideTextDocumentContent() {
      const bytes = await vscode.workspace.fs.readFile(vscode.Uri.joinPath(extensionUri, 'sample', DEFAULT_FILE_NAME));
      return moveExampleDates(new TextDecoder('utf-8').decode(bytes), toIsoDate(new Date()));
    },
  });
}

/** Opens the example beside the current editor, as YAML, so the schema's hovers explain each field. */
export async function openExample(): Promise<vscode.TextEditor> {
  const document = await vscode.workspace.openTextDocument(vscode.Uri.from({ scheme: EXAMPLE_SCHEME, path: `/${DEFAULT_FILE_NAME}` }));
  await vscode.languages.setTextDocumentLanguage(document, 'yaml');
  return vscode.window.showTextDocument(document, { preview: true, viewColumn: vscode.ViewColumn.Beside });
}
