/** Selects an entry's text in job-search.yaml; what clicking a tree node does. */
import * as vscode from 'vscode';

/** Opens `uri` and selects the characters from `start` to `end`, keeping focus where it was. */
export async function revealInFile(uri: vscode.Uri | string, start: number, end: number): Promise<vscode.TextEditor> {
  const target = typeof uri === 'string' ? vscode.Uri.parse(uri) : uri;
  const document = await vscode.workspace.openTextDocument(target);
  const range = new vscode.Range(document.positionAt(start), document.positionAt(Math.max(start, end)));
  const editor = await vscode.window.showTextDocument(document, { preserveFocus: true, preview: true });
  // The cursor goes to the start, so a long line scrolls to where the entry begins rather than where it ends.
  editor.selection = new vscode.Selection(range.end, range.start);
  editor.revealRange(new vscode.Range(range.start, range.start), vscode.TextEditorRevealType.InCenterIfOutsideViewport);
  return editor;
}
