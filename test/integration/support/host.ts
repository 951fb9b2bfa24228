/** Helpers for suites running inside the extension host: the extension's API, the tree as text, waiting. */
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { JobSearchApi } from '../../../src/extension';
import type { TreeNode } from '../../../src/views/treeNode';

/** The id VS Code knows the extension by. */
export const EXTENSION_ID = 'job-search-companion.job-search-companion';

/** Activates the extension (if it is not yet) and returns what `activate` returned. */
export async function api(): Promise<JobSearchApi> {
  const extension = vscode.extensions.getExtension<JobSearchApi>(EXTENSION_ID);
  assert.ok(extension, `${EXTENSION_ID} is not installed in this VS Code`);
  const exported = await extension.activate();
  await exported.store.ready();
  return exported;
}

/** One tree row as the user reads it. */
export interface Row {
  readonly label: string;
  readonly description: string;
  readonly node: TreeNode;
  readonly item: vscode.TreeItem;
}

/** The children of `node` (the roots when omitted) as rows, through the calls VS Code makes to draw and then hover them. */
export async function rows(tree: vscode.TreeDataProvider<TreeNode>, node?: TreeNode): Promise<Row[]> {
  const children = await tree.getChildren(node);
  const hovered = new vscode.CancellationTokenSource().token;
  return Promise.all(
    (children ?? []).map(async (child) => {
      const drawn = (await tree.getTreeItem(child)) as vscode.TreeItem;
      const item = drawn.tooltip === undefined && tree.resolveTreeItem ? ((await tree.resolveTreeItem(drawn, child, hovered)) ?? drawn) : drawn;
      const label = typeof item.label === 'string' ? item.label : (item.label?.label ?? '');
      return { label, description: typeof item.description === 'string' ? item.description : '', node: child, item };
    }),
  );
}

/** `label | description` for each row, the easiest form to compare. */
export function texts(list: readonly Row[]): string[] {
  return list.map((row) => (row.description ? `${row.label} | ${row.description}` : row.label));
}

/** The row with `label`, failing the test when there is none. */
export function find(list: readonly Row[], label: string): Row {
  const row = list.find((candidate) => candidate.label === label);
  assert.ok(row, `no row “${label}” among: ${texts(list).join('; ')}`);
  return row;
}

/** Polls `probe` until it returns a value that is not undefined or false, or fails after `timeoutMs`. */
export async function waitFor<T>(what: string, probe: () => T | undefined | false | Promise<T | undefined | false>, timeoutMs = 10_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== undefined && value !== false) return value;
    if (Date.now() > deadline) assert.fail(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** The first workspace folder's job-search.yaml. */
export function jobSearchUri(folderIndex = 0): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[folderIndex];
  assert.ok(folder, 'the test workspace has no folder');
  return vscode.Uri.joinPath(folder.uri, 'job-search.yaml');
}

/** Diagnostics of `uri` as `line:col code` (one-based lines), sorted by position. */
export function diagnosticLines(uri: vscode.Uri): string[] {
  return vscode.languages
    .getDiagnostics(uri)
    .sort((a, b) => a.range.start.compareTo(b.range.start))
    .map((diagnostic) => `${diagnostic.range.start.line + 1}:${diagnostic.range.start.character} ${String(diagnostic.code)}`);
}

/** The CodeLenses VS Code computes for `uri`, through the same command the editor uses. */
export async function lenses(uri: vscode.Uri): Promise<vscode.CodeLens[]> {
  return (await vscode.commands.executeCommand<vscode.CodeLens[]>('vscode.executeCodeLensProvider', uri)) ?? [];
}

/**
 * The lens titled `title` on the first line of the file that contains `near` (found by its text, so fixtures can
 * grow), failing with every lens listed when there is none.
 */
export async function lensAt(uri: vscode.Uri, near: string, title: string): Promise<vscode.CodeLens> {
  const lines = (await vscode.workspace.openTextDocument(uri)).getText().split('\n');
  const line = lines.findIndex((text) => text.includes(near));
  assert.ok(line >= 0, `no line with “${near}” in ${uri.path}`);
  const all = await lenses(uri);
  const found = all.find((lens) => lens.range.start.line === line && lens.command?.title === title);
  assert.ok(found, `no lens “${title}” on line ${line + 1} (“${near}”): ${all.map((lens) => `${lens.range.start.line + 1}: ${lens.command?.title}`).join('; ')}`);
  return found;
}

/** Runs `change`, checks `document` became `expected`, then that one undo restores `original` (saved back to disk). */
export async function expectEditAndUndo(document: vscode.TextDocument, original: string, change: () => Thenable<unknown>, expected: string): Promise<void> {
  await change();
  await waitFor('the edit', () => document.getText() !== original);
  assert.equal(document.getText(), expected);
  await vscode.window.showTextDocument(document);
  await vscode.commands.executeCommand('undo');
  assert.equal(document.getText(), original, 'one undo restores the file');
  await document.save();
}

/**
 * Runs a command that asks questions, accepting each prompt as it stands (a prefilled date, an empty optional
 * answer, the first choice of a pick) until the command finishes, as a user pressing Enter through it would.
 */
export async function pressingEnter<T>(command: () => Thenable<T>): Promise<T> {
  let finished = false;
  const result = Promise.resolve(command()).finally(() => {
    finished = true;
  });
  for (let tries = 0; !finished && tries < 100; tries++) {
    await new Promise((resolve) => setTimeout(resolve, 200));
    if (!finished) await vscode.commands.executeCommand('workbench.action.acceptSelectedQuickOpenItem');
  }
  return result;
}
