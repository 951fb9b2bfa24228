import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { toIsoDate } from '../../../src/model/calendarDate';
import { api, jobSearchUri, rows, texts, waitFor } from '../support/host';

const TODAY = toIsoDate(new Date());

suite('Create job-search.yaml', () => {
  test('the tree is empty, so the welcome view with the create button shows', async () => {
    const { applicationsTree } = await api();
    assert.deepEqual(await rows(applicationsTree), []);
  });

  test('Import Applications… in a workspace without the file creates it, then imports into it; deleting it empties the views again', async () => {
    const { store } = await api();
    const uri = jobSearchUri();
    const csv = vscode.Uri.joinPath(uri, '..', 'old-tracker.csv');
    await vscode.workspace.fs.writeFile(csv, new TextEncoder().encode('Company;Position;Status;Date Applied\nContoso;Data Engineer;Applied;2026-10-05\n'));
    try {
      const outcome = await vscode.commands.executeCommand('jobSearch.importApplications', { source: csv, confirm: true });
      assert.deepEqual(outcome, { added: 1, skipped: [], errors: [] });
      const document = await vscode.workspace.openTextDocument(uri);
      assert.match(document.getText(), /^# job-search\.yaml/);
      assert.ok(document.getText().endsWith('applications:\n  - company: Contoso\n    role: Data Engineer\n    status: applied\n    history:\n      - date: 2026-10-05\n        status: applied\n'), document.getText());
    } finally {
      await vscode.commands.executeCommand('workbench.action.closeAllEditors');
      await vscode.workspace.fs.delete(csv);
      await vscode.workspace.fs.delete(uri);
      await waitFor('the store to let the file go', () => store.files.length === 0);
    }
  });

  test('creates the user’s own starter: a profile to fill in, no one else’s applications, nothing due', async () => {
    const { applicationsTree, store } = await api();
    const uri = jobSearchUri();
    await assert.rejects(Promise.resolve(vscode.workspace.fs.stat(uri)), 'the fixture workspace must start without the file');

    await vscode.commands.executeCommand('jobSearch.createFile');

    const text = new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
    assert.match(text, /^# job-search\.yaml/);
    assert.doesNotMatch(text, /Alex Doe|Acme|Globex/);
    const editor = vscode.window.activeTextEditor;
    assert.equal(editor?.document.uri.toString(), uri.toString());
    // The cursor waits after `name:` in the profile, the first thing to fill in.
    assert.equal(editor!.document.lineAt(editor!.selection.active.line).text, '  name:');
    await waitFor('the store to pick the file up', () => store.files.length === 1);
    assert.deepEqual(store.files[0]!.parsed.problems, []);
    await waitFor('diagnostics to settle', async () => {
      await new Promise((resolve) => setTimeout(resolve, 300));
      return vscode.languages.getDiagnostics(uri).length === 0;
    });
    // No applications: the view shows its welcome ("No applications yet"), and nothing is due.
    assert.deepEqual(texts(await rows(applicationsTree)), []);
    assert.equal(store.files[0]!.parsed.applications.length, 0);
  });

  test('Open the Example shows the whole sample search read-only, dated to today', async () => {
    await api();
    const editor = (await vscode.commands.executeCommand('jobSearch.openExample')) as vscode.TextEditor;
    const { document } = editor;
    assert.equal(document.uri.scheme, 'job-search-example');
    assert.equal(document.languageId, 'yaml');
    assert.match(document.getText(), /company: Acme Corp/);
    // The sample reads as 2026-11-22; each of its dates moves by the days since then.
    const shift = Math.round((Date.parse(`${TODAY}T00:00:00Z`) - Date.parse('2026-11-22T00:00:00Z')) / 86_400_000);
    const expected = new Date(Date.parse('2026-10-01T00:00:00Z') + shift * 86_400_000).toISOString().slice(0, 10);
    assert.match(document.getText(), new RegExp(`\\{date: ${expected}, status: applied\\}`));
    // It is not a file of the workspace: nothing was added to the views.
    assert.equal((await api()).store.files.length, 1);
    await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
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
