import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { api, diagnosticLines, find, jobSearchUri, rows, texts, waitFor } from '../support/host';

suite('malformed file', () => {
  test('shows each problem on its line in the Problems panel without opening the file', async () => {
    await api();
    const uri = jobSearchUri();
    await waitFor('diagnostics', () => vscode.languages.getDiagnostics(uri).length > 0);
    assert.deepEqual(diagnosticLines(uri), ['7:12 unknown-value', '10:15 invalid-date', '12:13 yaml-syntax']);
    const messages = vscode.languages.getDiagnostics(uri).map((diagnostic) => diagnostic.message);
    assert.match(messages.join('\n'), /Did you mean “interviewing”/);
    assert.match(messages.join('\n'), /2026-02-30 is not a real calendar date/);
    assert.match(messages.join('\n'), /never closed/);
    assert.ok(vscode.languages.getDiagnostics(uri).every((diagnostic) => diagnostic.source === 'Job Search'));
  });

  test('puts an error node first and still lists every readable application', async () => {
    const { applicationsTree } = await api();
    const roots = await rows(applicationsTree);
    assert.deepEqual(texts(roots), [
      '3 problems in job-search.yaml | line 7: “intervewing” is not a known status. Did you mean “interviewing”? Use one of: wishlist, applied, screening, interviewing, offer, accepted, rejected, withdrawn, ghosted.',
      'Wishlist | 1',
      'Applied | 2',
      'Unknown status | 1',
    ]);
    assert.equal((roots[0]!.item.iconPath as vscode.ThemeIcon).id, 'error');
    assert.deepEqual(texts(await rows(applicationsTree, find(roots, 'Applied').node)).map((text) => text.split(' | ')[0]), ['Hooli', 'Acme Corp']);
    assert.deepEqual(texts(await rows(applicationsTree, find(roots, 'Wishlist').node)), ['Initech']);
  });

  test('clicking the error node goes to the first problem', async () => {
    const { applicationsTree } = await api();
    const [problems] = await rows(applicationsTree);
    const command = problems!.item.command!;
    await vscode.commands.executeCommand(command.command, ...(command.arguments ?? []));
    const editor = vscode.window.activeTextEditor!;
    assert.equal(editor.selection.start.line, 6);
    assert.equal(editor.document.getText(editor.selection), 'intervewing');
  });

  test('an application with an error is marked in the tree', async () => {
    const { applicationsTree } = await api();
    const wishlist = find(await rows(applicationsTree), 'Wishlist');
    const [initech] = await rows(applicationsTree, wishlist.node);
    assert.equal((initech!.item.iconPath as vscode.ThemeIcon).id, 'warning');
    assert.match((initech!.item.tooltip as vscode.MarkdownString).value.replace(/&nbsp;/g, ' '), /Line 10: 2026-02-30 is not a real calendar date/);
  });

  test('a "Did you mean" has a Quick Fix that mends it in one undoable edit', async () => {
    await api();
    const uri = jobSearchUri();
    const document = await vscode.workspace.openTextDocument(uri);
    const original = document.getText();
    const diagnostic = vscode.languages.getDiagnostics(uri).find((candidate) => candidate.code === 'unknown-value')!;
    // Right after the document opens, the provider may not be asked yet; ask until it answers.
    let actions: vscode.CodeAction[] = [];
    const fix = await waitFor('the Quick Fix', async () => {
      actions = (await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', uri, diagnostic.range, vscode.CodeActionKind.QuickFix.value)) ?? [];
      return actions.find((action) => action.title === 'Change to interviewing');
    }).catch(() => undefined);
    assert.ok(fix, `no Quick Fix among: ${actions.map((action) => action.title).join('; ') || 'none'}`);
    assert.equal(fix.isPreferred, true);
    assert.ok(await vscode.workspace.applyEdit(fix.edit!));
    assert.equal(document.lineAt(6).text, '    status: interviewing');
    await waitFor('the problem to go', () => !vscode.languages.getDiagnostics(uri).some((candidate) => candidate.code === 'unknown-value'));
    await vscode.window.showTextDocument(document);
    await vscode.commands.executeCommand('undo');
    assert.equal(document.getText(), original);
    await document.save();
  });
});
