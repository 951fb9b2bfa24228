/** Whether a file exists, through `workspace.fs` so it works for any file system provider. */
import * as vscode from 'vscode';

/** True when `uri` names an existing file (not a folder). */
export async function fileExists(uri: vscode.Uri): Promise<boolean> {
  try {
    return (await vscode.workspace.fs.stat(uri)).type !== vscode.FileType.Directory;
  } catch {
    return false;
  }
}
