import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { api, EXTENSION_ID, jobSearchUri, waitFor } from '../support/host';

suite('activation', () => {
  test('activates on a workspace that has a job-search.yaml', async () => {
    const extension = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(extension);
    // workspaceContains activation must start it without any command or view being used (nothing here activates it).
    await waitFor('the extension to activate on its own', () => extension.isActive);
  });

  test('finds the workspace file and parses it', async () => {
    const { store } = await api();
    assert.deepEqual(
      store.files.map((file) => file.uri.toString()),
      [jobSearchUri().toString()],
    );
    assert.deepEqual(
      store.files[0]!.parsed.applications.map((application) => application.company),
      ['Acme Corp', 'Globex', 'Initech', 'Hooli', 'Umbrella'],
    );
  });
});
