import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { api, EXTENSION_ID } from '../support/host';

suite('commands', () => {
  test('registers every command package.json contributes', async () => {
    await api();
    const contributed = (vscode.extensions.getExtension(EXTENSION_ID)!.packageJSON as { contributes: { commands: { command: string }[] } }).contributes.commands.map(
      (command) => command.command,
    );
    assert.ok(contributed.length >= 5);
    const registered = new Set(await vscode.commands.getCommands(true));
    assert.deepEqual(contributed.filter((command) => !registered.has(command)), []);
  });

  test('Open job-search.yaml opens the workspace file', async () => {
    const { store } = await api();
    await vscode.commands.executeCommand('jobSearch.openFile');
    assert.equal(vscode.window.activeTextEditor?.document.uri.toString(), store.files[0]!.uri.toString());
  });

  test('a tree click reveals and selects the entry in the editor', async () => {
    const { store } = await api();
    const file = store.files[0]!;
    const globex = file.parsed.applications.find((application) => application.company === 'Globex')!;
    const span = globex.fields.company!;
    await vscode.commands.executeCommand('jobSearch.revealInFile', file.uri, span.start, span.end);
    const editor = vscode.window.activeTextEditor!;
    assert.equal(editor.document.uri.toString(), file.uri.toString());
    assert.equal(editor.document.getText(editor.selection), 'Globex');
    assert.equal(editor.selection.start.line, editor.document.getText().split('\n').findIndex((line) => line.includes('company: Globex')));
  });

  test('Open Link refuses anything but web and mail links', async () => {
    const opened = await vscode.commands.executeCommand<boolean>('jobSearch.openLink', { application: { link: 'command:workbench.action.quit' } });
    assert.equal(opened, false);
  });
});
