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

suite('exports', () => {
  test('Export Calendar writes an .ics with the interviews, follow-ups due and training targets', async () => {
    await api();
    const target = vscode.Uri.joinPath(vscode.workspace.workspaceFolders![0]!.uri, 'out', 'job-search.ics');
    const written = await vscode.commands.executeCommand<vscode.Uri>('jobSearch.exportCalendar', target);
    assert.equal(written?.toString(), target.toString());
    // Long lines are folded (a line break and a space), as RFC 5545 asks; unfold to read them.
    const text = new TextDecoder().decode(await vscode.workspace.fs.readFile(target)).replace(/\r\n[ \t]/g, '');
    assert.match(text, /^BEGIN:VCALENDAR\r\n/);
    assert.equal(text.match(/BEGIN:VEVENT/g)?.length, 5, 'two interviews and three unsent follow-ups with due dates');
    assert.match(text, /SUMMARY:Final round: Globex \(Platform Engineer\)/);
    assert.match(text, /UID:follow-up\.acme-corp\.backend-engineer\.feedback-request\.1@job-search-companion/);
  });

  test('Export CSV writes one row per application', async () => {
    await api();
    const target = vscode.Uri.joinPath(vscode.workspace.workspaceFolders![0]!.uri, 'out', 'job-search.csv');
    await vscode.commands.executeCommand('jobSearch.exportCsv', target);
    const lines = new TextDecoder('utf-8', { ignoreBOM: true }).decode(await vscode.workspace.fs.readFile(target)).split('\r\n').filter(Boolean);
    assert.equal(lines.length, 6);
    assert.match(lines[0]!, /^\uFEFFCompany,Role,Status,Wishlist on,Applied on,/);
    assert.match(lines[1]!, /^Acme Corp,Backend Engineer,Rejected,,\d{4}-\d{2}-\d{2},/);
  });
});
