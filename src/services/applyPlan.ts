/** Applies a planned write-back to job-search.yaml as one WorkspaceEdit on the current text of the document. */
import * as vscode from 'vscode';
import { inNotification } from '../model/displayText';
import type { ParsedJobSearch } from '../model/parseJobSearch';
import type { Plan } from '../model/planEdits';
import type { JobSearchStore } from './jobSearchStore';

/** How often a write-back is planned again when the text changed between planning and applying. */
const ATTEMPTS = 3;
/** How long to wait for an editor without unsaved changes to take in what changed on disk (a git checkout). */
const RELOAD_WAIT_MS = 2_000;

/**
 * Plans against the document as it is now and applies the result; if the text changes in between (typing, a reload
 * from disk), VS Code refuses the stale edit and the plan is made again on the new text, so offsets are never stale.
 */
export async function applyPlan(store: JobSearchStore, uri: vscode.Uri, planner: (parsed: ParsedJobSearch, text: string) => Plan): Promise<boolean> {
  for (let attempt = 1; attempt <= ATTEMPTS; attempt++) {
    const document = await currentDocument(uri);
    const file = store.get(uri);
    if (!file) {
      void vscode.window.showErrorMessage(vscode.l10n.t('{0} is not a job-search file of this workspace.', vscode.workspace.asRelativePath(uri)));
      return false;
    }
    // store.get re-parses when the editor holds a newer version, so the parse and getText() describe the same text.
    const version = document.version;
    const plan = planner(file.parsed, document.getText());
    if ('error' in plan) {
      void vscode.window.showWarningMessage(inNotification(plan.error));
      return false;
    }
    if (!plan.edits.length) return true;
    const wasClean = !document.isDirty;
    const edit = new vscode.WorkspaceEdit();
    for (const change of plan.edits) {
      edit.replace(uri, new vscode.Range(document.positionAt(change.start), document.positionAt(change.end)), change.newText);
    }
    if (await vscode.workspace.applyEdit(edit)) {
      // A file that had no unsaved changes is saved again, so it stays in step with git; unsaved work is never saved for the user.
      if (wasClean && !(await document.save())) {
        void vscode.window.showWarningMessage(vscode.l10n.t('{0} was changed but could not be saved; the change is in the editor, unsaved.', vscode.workspace.asRelativePath(uri)));
      }
      if (plan.note) void vscode.window.showInformationMessage(inNotification(plan.note));
      return true;
    }
    if (document.version === version) break;
  }
  void vscode.window.showErrorMessage(vscode.l10n.t('{0} kept changing while the change was being written, so it was left as it was. Try again.', vscode.workspace.asRelativePath(uri)));
  return false;
}

/**
 * The document of `uri`. One without unsaved changes is given a moment to catch up with the disk when the file was
 * just changed there, so the write-back lands on the new text instead of conflicting with it on save.
 */
async function currentDocument(uri: vscode.Uri): Promise<vscode.TextDocument> {
  const document = await vscode.workspace.openTextDocument(uri);
  const deadline = Date.now() + RELOAD_WAIT_MS;
  while (!document.isDirty && Date.now() < deadline && !sameText(document.getText(), await diskText(uri))) {
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return document;
}

/** The file's text on disk, or undefined when it cannot be read. */
async function diskText(uri: vscode.Uri): Promise<string | undefined> {
  try {
    return new TextDecoder('utf-8').decode(await vscode.workspace.fs.readFile(uri));
  } catch {
    return undefined;
  }
}

/** Whether the editor's text is what the disk holds, ignoring what editors normalize (a BOM, line endings). */
function sameText(editor: string, disk: string | undefined): boolean {
  // An unreadable file gives nothing to wait for.
  if (disk === undefined) return true;
  const normalize = (text: string): string => text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  return normalize(editor) === normalize(disk);
}
