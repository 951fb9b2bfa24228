/** Applies a planned write-back to job-search.yaml as one WorkspaceEdit on the current text of the document. */
import * as vscode from 'vscode';
import type { ParsedJobSearch } from '../model/parseJobSearch';
import type { Plan } from '../model/planEdits';
import type { JobSearchStore } from './jobSearchStore';

/** Plans against the document as it is now and applies the result in the same turn, so offsets are never stale. */
export async function applyPlan(store: JobSearchStore, uri: vscode.Uri, planner: (parsed: ParsedJobSearch, text: string) => Plan): Promise<boolean> {
  const document = await vscode.workspace.openTextDocument(uri);
  const file = store.get(uri);
  if (!file) {
    void vscode.window.showErrorMessage(`${vscode.workspace.asRelativePath(uri)} is not a job-search file of this workspace.`);
    return false;
  }
  // store.get re-parses when the editor holds a newer version, so the parse and getText() describe the same text.
  const text = document.getText();
  const plan = planner(file.parsed, text);
  if ('error' in plan) {
    void vscode.window.showWarningMessage(plan.error);
    return false;
  }
  if (!plan.edits.length) return true;
  const wasClean = !document.isDirty;
  const edit = new vscode.WorkspaceEdit();
  for (const change of plan.edits) {
    edit.replace(uri, new vscode.Range(document.positionAt(change.start), document.positionAt(change.end)), change.newText);
  }
  if (!(await vscode.workspace.applyEdit(edit))) {
    void vscode.window.showErrorMessage('The change to job-search.yaml could not be applied; the file was left as it was.');
    return false;
  }
  // A file that had no unsaved changes is saved again, so it stays in step with git; unsaved work is never saved for the user.
  if (wasClean) await document.save();
  return true;
}
