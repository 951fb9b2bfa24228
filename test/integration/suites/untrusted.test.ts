import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { api, jobSearchUri, lensAt, rows, texts } from '../support/host';

suite('an untrusted workspace', () => {
  test('opens in Restricted Mode, and job-search.yaml is still read and shown', async () => {
    assert.equal(vscode.workspace.isTrusted, false);
    const { store, applicationsTree } = await api();
    // The workspace's own `jobSearch.files` is a restricted setting: it asks for elsewhere/other-search.yaml, in vain.
    assert.deepEqual(store.files.map((file) => vscode.workspace.asRelativePath(file.uri)), ['job-search.yaml']);
    const roots = await rows(applicationsTree);
    const interviewing = roots.find((row) => row.label === 'Interviewing');
    assert.ok(interviewing, texts(roots).join('; '));
    assert.deepEqual(texts(await rows(applicationsTree, interviewing.node)), ['Acme Corp | Backend Engineer']);
  });

  test("drafts come from the bundled templates, not from the workspace's", async () => {
    await api();
    const document = await vscode.workspace.openTextDocument(jobSearchUri());
    await vscode.window.showTextDocument(document);
    const lens = await lensAt(document.uri, 'company: Acme Corp', '$(mail) Thank-you note');
    await vscode.commands.executeCommand(lens.command!.command, ...(lens.command!.arguments ?? []));
    const draft = vscode.window.activeTextEditor!.document;
    assert.equal(draft.uri.scheme, 'untitled');
    assert.ok(!draft.getText().includes('WORKSPACE TEMPLATE'), draft.getText());
    assert.match(draft.getText(), /^Subject: Thank you for your time on /);
    assert.match(draft.getText(), /about the Backend Engineer role\. I especially enjoyed/);
  });
});

suite('an untrusted workspace and the chat', () => {
  // vscode.lm.tools lists contributed tools whatever their `when` clause says; an untrusted workspace registers no
  // implementation, so no chat can run one.
  test('offers the chat none of the job search tools', async () => {
    await api();
    assert.equal(vscode.workspace.isTrusted, false);
    for (const name of ['jobSearch_needsAction', 'jobSearch_application', 'jobSearch_markSent']) {
      await assert.rejects(Promise.resolve(vscode.lm.invokeTool(name, { input: { company: 'Acme' }, toolInvocationToken: undefined })), name);
    }
  });
});
