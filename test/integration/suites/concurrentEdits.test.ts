import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { toIsoDate } from '../../../src/model/calendarDate';
import type { ActionItemNode } from '../../../src/views/groupNodes';
import { api, find, jobSearchUri, rows, waitFor } from '../support/host';

const decoder = new TextDecoder();
const onDisk = async (): Promise<string> => decoder.decode(await vscode.workspace.fs.readFile(jobSearchUri()));
const writeDisk = (text: string): Thenable<void> => vscode.workspace.fs.writeFile(jobSearchUri(), new TextEncoder().encode(text));

/** The file as a `git checkout` might leave it: a new application first and other lines changed, Acme's follow-up moved. */
function checkedOut(base: string): string {
  return base
    .replace('applications:\n', 'applications:\n  # Added on another branch.\n  - company: Initech\n    role: SRE\n    status: applied\n')
    .replace('role: Platform Engineer', 'role: Staff Platform Engineer');
}

/** `text` with Acme's feedback request marked sent today, the one line a write-back may change. */
function withFeedbackSent(text: string): string {
  return text.replace(/(kind: feedback-request, due: [\d-]+)\}/, `$1, sent: ${toIsoDate(new Date())}}`);
}

/** The "Needs action" row for Acme's feedback request, as the tree shows it now. */
async function feedbackRow(): Promise<ActionItemNode> {
  const { applicationsTree } = await api();
  const needsAction = find(await rows(applicationsTree), 'Needs action');
  const row = (await rows(applicationsTree, needsAction.node)).find((candidate) => {
    const action = (candidate.node as ActionItemNode).action;
    return action?.kind === 'followUp' && action.followUp.kind === 'feedback-request';
  });
  assert.ok(row, 'no feedback request in Needs action');
  return row.node as ActionItemNode;
}

/** Waits until the extension has read `text` (from disk or the editor) for the file. */
async function storeHas(predicate: (companies: string[]) => boolean): Promise<void> {
  const { store } = await api();
  await waitFor('the store to read the change', () => predicate(store.get(jobSearchUri())?.parsed.applications.map((application) => application.company ?? '') ?? []));
}

suite('concurrent edits', () => {
  let base: string;

  suiteSetup(async () => {
    await api();
    base = await onDisk();
  });

  setup(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    for (const document of vscode.workspace.textDocuments) {
      if (document.uri.toString() === jobSearchUri().toString() && document.isDirty) {
        await vscode.window.showTextDocument(document);
        await vscode.commands.executeCommand('workbench.action.files.revert');
        await vscode.commands.executeCommand('workbench.action.closeAllEditors');
      }
    }
    if ((await onDisk()) !== base) await writeDisk(base);
    await storeHas((companies) => companies.join() === 'Acme Corp,Globex');
  });

  test('a write-back from a tree row lands on the file as a checkout left it, changing only its own line', async () => {
    const node = await feedbackRow();
    const checkout = checkedOut(base);
    await writeDisk(checkout);
    assert.equal(await vscode.commands.executeCommand('jobSearch.markSent', node), true);
    assert.equal(await onDisk(), withFeedbackSent(checkout));
  });

  test('a write-back for an application the checkout removed is refused and the file is left as it is', async () => {
    const node = await feedbackRow();
    const checkout = base.replace(/ {2}# Still hoping[\s\S]*?(?= {2}- company: Globex)/, '');
    assert.ok(!checkout.includes('Acme'));
    await writeDisk(checkout);
    assert.equal(await vscode.commands.executeCommand('jobSearch.markSent', node), false);
    assert.equal(await onDisk(), checkout);
  });

  test('an open editor without unsaved changes takes in the checkout first, and the write-back lands on it', async () => {
    const document = await vscode.workspace.openTextDocument(jobSearchUri());
    await vscode.window.showTextDocument(document);
    const node = await feedbackRow();
    const checkout = checkedOut(base);
    await writeDisk(checkout);
    assert.equal(await vscode.commands.executeCommand('jobSearch.markSent', node), true);
    assert.equal(await onDisk(), withFeedbackSent(checkout));
    assert.equal(document.getText(), withFeedbackSent(checkout));
    assert.equal(document.isDirty, false);
  });

  test('typing in the editor between showing the tree and the write-back: it lands where the entry moved to', async () => {
    const document = await vscode.workspace.openTextDocument(jobSearchUri());
    await vscode.window.showTextDocument(document);
    const node = await feedbackRow();
    const typed = new vscode.WorkspaceEdit();
    typed.insert(document.uri, document.positionAt(base.indexOf('  # Still hoping')), '  - {company: Hooli, status: wishlist}\n');
    assert.ok(await vscode.workspace.applyEdit(typed));
    const expected = withFeedbackSent(document.getText());
    assert.equal(await vscode.commands.executeCommand('jobSearch.markSent', node), true);
    assert.equal(document.getText(), expected);
    // The typing was unsaved, so the write-back stays unsaved with it.
    assert.equal(document.isDirty, true);
    assert.equal(await onDisk(), base);
  });

  test('an editor with unsaved changes is never overwritten from disk, and write-backs go to its text', async () => {
    const { applicationsTree } = await api();
    const document = await vscode.workspace.openTextDocument(jobSearchUri());
    await vscode.window.showTextDocument(document);
    const unsaved = new vscode.WorkspaceEdit();
    const start = document.positionAt(base.indexOf('Backend Engineer'));
    unsaved.replace(document.uri, new vscode.Range(start, start.translate(0, 'Backend Engineer'.length)), 'Backend Engineer (unsaved)');
    assert.ok(await vscode.workspace.applyEdit(unsaved));
    const mine = document.getText();
    const checkout = checkedOut(base);
    await writeDisk(checkout);
    // Give VS Code's file watcher time to see the checkout; a clean editor would have reloaded by now.
    await new Promise((resolve) => setTimeout(resolve, 2_500));
    assert.equal(document.getText(), mine);
    assert.equal(document.isDirty, true);
    const rejected = find(await rows(applicationsTree), 'Rejected');
    const [acme] = await rows(applicationsTree, rejected.node);
    assert.equal(acme?.label, 'Acme Corp');
    assert.match(acme.description, /Backend Engineer \(unsaved\)/, 'the tree shows the editor, not the disk');

    assert.equal(await vscode.commands.executeCommand('jobSearch.markSent', await feedbackRow()), true);
    assert.equal(document.getText(), withFeedbackSent(mine));
    assert.equal(document.isDirty, true);
    assert.equal(await onDisk(), checkout, 'the checkout on disk was not overwritten');
  });
});
