/** Opens the workspace's job-search.yaml, asking which one when there are several. */
import * as vscode from 'vscode';
import type { JobSearchStore } from '../services/jobSearchStore';
import { createFile } from './createFile';

/** Opens a job-search file; offers to create one when the workspace has none. */
export async function openFile(store: JobSearchStore): Promise<vscode.TextEditor | undefined> {
  await store.ready();
  const files = store.files;
  if (!files.length) return createFile(store);
  const choice =
    files.length === 1
      ? files[0]
      : (
          await vscode.window.showQuickPick(
            files.map((file) => ({ label: vscode.workspace.asRelativePath(file.uri, true), file })),
            { placeHolder: vscode.l10n.t('Which job-search file?') },
          )
        )?.file;
  return choice ? vscode.window.showTextDocument(choice.uri) : undefined;
}
