/** Writes a commented starter job-search.yaml into a workspace folder and opens it. */
import * as vscode from 'vscode';
import { DEFAULT_FILE_NAME } from '../config/settings';
import { starterFile } from '../model/starterFile';
import { fileExists } from '../services/fileExists';
import type { JobSearchStore } from '../services/jobSearchStore';

/**
 * Creates job-search.yaml in the chosen folder through a WorkspaceEdit (the user's own file: a profile to fill in,
 * no one else's applications), or opens the existing one; the cursor lands on the profile's name.
 */
export async function createFile(store: JobSearchStore): Promise<vscode.TextEditor | undefined> {
  const folders = vscode.workspace.workspaceFolders ?? [];
  if (!folders.length) {
    const choice = await vscode.window.showInformationMessage(vscode.l10n.t('Open a folder first: job-search.yaml lives in a workspace folder.'), vscode.l10n.t('Open Folder…'));
    if (choice) await vscode.commands.executeCommand('workbench.action.files.openFolder');
    return undefined;
  }
  const folder = folders.length === 1 ? folders[0] : await vscode.window.showWorkspaceFolderPick({ placeHolder: vscode.l10n.t('Create job-search.yaml in which folder?') });
  if (!folder) return undefined;
  const target = vscode.Uri.joinPath(folder.uri, DEFAULT_FILE_NAME);
  const created = !(await fileExists(target));
  if (created) {
    const contents = new TextEncoder().encode(starterFile(store.today));
    const edit = new vscode.WorkspaceEdit();
    edit.createFile(target, { ignoreIfExists: true, contents });
    if (!(await vscode.workspace.applyEdit(edit))) {
      void vscode.window.showErrorMessage(vscode.l10n.t('Could not create {0}.', vscode.workspace.asRelativePath(target)));
      return undefined;
    }
  }
  await store.refresh();
  const editor = await vscode.window.showTextDocument(target);
  if (created) {
    const line = editor.document.getText().split(/\r?\n/).indexOf('  name:');
    if (line >= 0) editor.selection = new vscode.Selection(line, 8, line, 8);
  }
  return editor;
}
