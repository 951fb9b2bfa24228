/** Writes a commented starter job-search.yaml into a workspace folder and opens it. */
import * as vscode from 'vscode';
import { DEFAULT_FILE_NAME } from '../config/settings';
import { fileExists } from '../services/fileExists';
import type { JobSearchStore } from '../services/jobSearchStore';

/** The starter is the bundled sample, so what `npm start` shows and what users get are the same file. */
const STARTER_PATH = ['sample', DEFAULT_FILE_NAME];

/** Creates job-search.yaml in the chosen folder through a WorkspaceEdit; opens the existing one if present. */
export async function createFile(store: JobSearchStore, extensionUri: vscode.Uri): Promise<vscode.TextEditor | undefined> {
  const folders = vscode.workspace.workspaceFolders ?? [];
  if (!folders.length) {
    const choice = await vscode.window.showInformationMessage(vscode.l10n.t('Open a folder first: job-search.yaml lives in a workspace folder.'), vscode.l10n.t('Open Folder…'));
    if (choice) await vscode.commands.executeCommand('workbench.action.files.openFolder');
    return undefined;
  }
  const folder = folders.length === 1 ? folders[0] : await vscode.window.showWorkspaceFolderPick({ placeHolder: vscode.l10n.t('Create job-search.yaml in which folder?') });
  if (!folder) return undefined;
  const target = vscode.Uri.joinPath(folder.uri, DEFAULT_FILE_NAME);
  if (!(await fileExists(target))) {
    const contents = await vscode.workspace.fs.readFile(vscode.Uri.joinPath(extensionUri, ...STARTER_PATH));
    const edit = new vscode.WorkspaceEdit();
    edit.createFile(target, { ignoreIfExists: true, contents });
    if (!(await vscode.workspace.applyEdit(edit))) {
      void vscode.window.showErrorMessage(vscode.l10n.t('Could not create {0}.', vscode.workspace.asRelativePath(target)));
      return undefined;
    }
  }
  await store.refresh();
  return vscode.window.showTextDocument(target);
}
