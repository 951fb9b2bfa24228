import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { api, jobSearchUri, rows, texts, waitFor } from '../support/host';

suite('Create job-search.yaml', () => {
  test('the tree is empty, so the welcome view with the create button shows', async () => {
    const { applicationsTree } = await api();
    assert.deepEqual(await rows(applicationsTree), []);
  });

  test('creates a commented starter file that parses cleanly and fills the tree', async () => {
    const { applicationsTree, store } = await api();
    const uri = jobSearchUri();
    await assert.rejects(Promise.resolve(vscode.workspace.fs.stat(uri)), 'the fixture workspace must start without the file');

    await vscode.commands.executeCommand('jobSearch.createFile');

    const text = new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
    assert.match(text, /^# job-search\.yaml/);
    assert.equal(vscode.window.activeTextEditor?.document.uri.toString(), uri.toString());
    await waitFor('the store to pick the file up', () => store.files.length === 1);
    assert.deepEqual(store.files[0]!.parsed.problems, []);
    await waitFor('diagnostics to settle', async () => {
      await new Promise((resolve) => setTimeout(resolve, 300));
      return vscode.languages.getDiagnostics(uri).length === 0;
    });
    const roots = texts(await rows(applicationsTree));
    assert.ok(roots.includes('Rejected | 1') && roots.includes('Interviewing | 1'), roots.join('; '));
  });

  test('running it again opens the existing file instead of overwriting it', async () => {
    await api();
    const uri = jobSearchUri();
    const document = await vscode.workspace.openTextDocument(uri);
    const editor = await vscode.window.showTextDocument(document);
    await editor.edit((builder) => builder.insert(new vscode.Position(0, 0), '# mine\n'));
    await document.save();
    await vscode.commands.executeCommand('jobSearch.createFile');
    const text = new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
    assert.ok(text.startsWith('# mine\n'));
  });
});
