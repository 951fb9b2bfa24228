/** The job-search file a command works on: the only one, the one a row came from, or the user's pick. */
import * as vscode from 'vscode';
import { CommandId } from '../contributions/commandIds';
import type { JobSearchFile, JobSearchStore } from '../services/jobSearchStore';

/** The file for `arg` (`{uri}`), the only file, or one the user picks; offers to create one when there is none. */
export async function pickFile(store: JobSearchStore, arg: unknown, placeHolder: string): Promise<JobSearchFile | undefined> {
  await store.ready();
  const uri = (arg as { uri?: unknown } | undefined)?.uri;
  const given = uri instanceof vscode.Uri ? store.get(uri) : undefined;
  if (given) return given;
  if (store.files.length > 1) {
    const items = store.files.map((candidate) => ({ label: vscode.workspace.asRelativePath(candidate.uri), candidate }));
    return (await vscode.window.showQuickPick(items, { placeHolder }))?.candidate;
  }
  const file = store.files[0];
  if (!file) {
    const create = vscode.l10n.t('Create job-search.yaml');
    if ((await vscode.window.showInformationMessage(vscode.l10n.t('Your applications go into job-search.yaml, which this workspace does not have yet.'), create)) === create) {
      await vscode.commands.executeCommand(CommandId.createFile);
    }
  }
  return file;
}
