import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { parseJobSearch } from '../../../src/model/parseJobSearch';
import { api, diagnosticLines, find, jobSearchUri, lenses, rows, texts, waitFor } from '../support/host';

suite('editing the file', () => {
  let document: vscode.TextDocument;

  suiteSetup(async () => {
    await api();
    document = await vscode.workspace.openTextDocument(jobSearchUri());
    await vscode.window.showTextDocument(document);
  });

  teardown(async () => {
    // Leave the file as the next test expects it, whatever this one did.
    if (document.isDirty) await vscode.commands.executeCommand('workbench.action.files.revert');
  });

  test('a clean file has no diagnostics', () => {
    assert.deepEqual(diagnosticLines(document.uri), []);
  });

  test('a typo shows in the Problems panel on its line and in the tree at once, and undo clears both', async () => {
    const { applicationsTree } = await api();
    const line = document.getText().split('\n').findIndex((text) => text.includes('status: interviewing'));
    const start = document.lineAt(line).text.indexOf('interviewing');
    const edit = new vscode.WorkspaceEdit();
    edit.replace(document.uri, new vscode.Range(line, start, line, start + 'interviewing'.length), 'intervewing');
    assert.ok(await vscode.workspace.applyEdit(edit));

    await waitFor('the diagnostic', () => vscode.languages.getDiagnostics(document.uri).length === 1);
    assert.deepEqual(diagnosticLines(document.uri), [`${line + 1}:${start} unknown-value`]);
    const diagnostic = vscode.languages.getDiagnostics(document.uri)[0]!;
    assert.equal(diagnostic.severity, vscode.DiagnosticSeverity.Error);
    assert.match(diagnostic.message, /Did you mean “interviewing”\?/);

    const roots = await waitFor('the tree update', async () => {
      const list = await rows(applicationsTree);
      return list[0]?.label.startsWith('1 problem') ? list : undefined;
    });
    assert.deepEqual(texts(roots).slice(1), ['Needs action | 3', 'Wishlist | 1', 'Applied | 2', 'Rejected | 1', 'Unknown status | 1']);
    assert.deepEqual(texts(await rows(applicationsTree, find(roots, 'Unknown status').node)), ['Globex | Platform Engineer']);

    await vscode.commands.executeCommand('undo');
    await waitFor('the diagnostic to clear', () => vscode.languages.getDiagnostics(document.uri).length === 0);
    await waitFor('the tree to recover', async () => texts(await rows(applicationsTree))[0] === 'Needs action | 3');
  });

  test('a new application to a company that rejected you gets a note with the earlier dates, until it is removed', async () => {
    const { applicationsTree } = await api();
    const end = document.lineAt(document.getText().split('\n').findIndex((text) => text.includes('company: Umbrella'))).range.start;
    const edit = new vscode.WorkspaceEdit();
    edit.insert(document.uri, end, '  - {company: Acme Corp, role: Staff Engineer, status: applied}\n');
    assert.ok(await vscode.workspace.applyEdit(edit));
    await waitFor('the note', () => vscode.languages.getDiagnostics(document.uri).length === 1);
    const [note] = vscode.languages.getDiagnostics(document.uri);
    assert.equal(note!.severity, vscode.DiagnosticSeverity.Information);
    assert.equal(note!.code, 'applied-before');
    assert.equal(note!.range.start.line, end.line);
    assert.match(note!.message, /^You applied to Acme Corp before: Backend Engineer, rejected on \d{4}-\d{2}-\d{2} \(applied \d{4}-\d{2}-\d{2}\)/);
    const applied = await waitFor('the tree', async () => {
      const group = (await rows(applicationsTree)).find((row) => row.label === 'Applied');
      return group && group.description === '3' ? group : undefined;
    });
    assert.ok(texts(await rows(applicationsTree, applied.node)).includes('Acme Corp | Staff Engineer · applied here before'));
    await vscode.commands.executeCommand('undo');
    await waitFor('the note to go', () => vscode.languages.getDiagnostics(document.uri).length === 0);
  });

  test('marking a follow-up sent by hand removes it from "Needs action"', async () => {
    const { applicationsTree } = await api();
    const line = document.getText().split('\n').findIndex((text) => text.includes('kind: feedback-request'));
    const text = document.lineAt(line).text;
    const edit = new vscode.WorkspaceEdit();
    edit.replace(document.uri, document.lineAt(line).range, text.replace(/due: (\S+),/, 'due: $1, sent: $1,'));
    assert.ok(await vscode.workspace.applyEdit(edit));
    const needsAction = await waitFor('Needs action to shrink', async () => {
      const row = (await rows(applicationsTree)).find((candidate) => candidate.label === 'Needs action');
      return row?.description === '2' ? row : undefined;
    });
    assert.deepEqual(texts(await rows(applicationsTree, needsAction.node)), ['Globex | Thank-you note · due today', 'Globex | Final round · tomorrow · 10:00 · no prep note yet']);
    assert.deepEqual(diagnosticLines(document.uri), []);
  });

  test('asking again for the lenses and the tree of an unchanged file parses nothing', async () => {
    const { store, applicationsTree, trainingTree } = await api();
    await lenses(document.uri);
    await rows(applicationsTree);
    const before = store.parseCount;
    for (let round = 0; round < 3; round++) {
      assert.ok((await lenses(document.uri)).length > 0);
      const roots = await rows(applicationsTree);
      for (const root of roots) await rows(applicationsTree, root.node);
      await rows(trainingTree);
    }
    assert.equal(store.parseCount, before);
  });

  test('typing inside one application updates it, and every later line, problem and row stays right', async () => {
    const { store, applicationsTree } = await api();
    // A line added inside the first application moves everything after it down by one.
    const roleLine = document.getText().split('\n').findIndex((text) => text.includes('role: Backend Engineer'));
    const typo = new vscode.WorkspaceEdit();
    const statusLine = document.getText().split('\n').findIndex((text) => text.includes('status: interviewing'));
    const at = document.lineAt(statusLine).text.indexOf('interviewing');
    typo.replace(document.uri, new vscode.Range(statusLine, at, statusLine, at + 'interviewing'.length), 'intervewing');
    assert.ok(await vscode.workspace.applyEdit(typo));
    await waitFor('the typo diagnostic', () => vscode.languages.getDiagnostics(document.uri).length === 1);
    const parses = store.parseCount;
    const edit = new vscode.WorkspaceEdit();
    edit.insert(document.uri, new vscode.Position(roleLine + 1, 0), '    location: Remote\n');
    assert.ok(await vscode.workspace.applyEdit(edit));
    await waitFor('the diagnostic to move down a line', () => diagnosticLines(document.uri)[0] === `${statusLine + 2}:${at} unknown-value`);
    const rejected = find(await rows(applicationsTree), 'Rejected');
    const acme = find(await rows(applicationsTree, rejected.node), 'Acme Corp');
    assert.match((acme.item.tooltip as vscode.MarkdownString).value.replace(/&nbsp;/g, ' '), /Location: Remote/);
    // The edit was read with one parse, and the store's result equals reading the whole text afresh.
    assert.equal(store.parseCount, parses + 1);
    const file = store.get(document.uri)!;
    const fresh = parseJobSearch(document.getText());
    assert.deepEqual(JSON.parse(JSON.stringify({ a: file.parsed.applications, p: file.parsed.problems })), JSON.parse(JSON.stringify({ a: fresh.applications, p: fresh.problems })));
  });
});
