import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { api, rows, texts } from '../support/host';

suite('multi-root workspace', () => {
  test('has one tree section per folder that has a job-search.yaml', async () => {
    const { applicationsTree } = await api();
    assert.equal(vscode.workspace.workspaceFolders?.length, 3);
    const sections = await rows(applicationsTree);
    assert.deepEqual(
      sections.map((section) => section.label),
      ['alpha', 'beta'],
    );
    assert.deepEqual(texts(await rows(applicationsTree, sections[0]!.node)), ['Applied | 1', 'Offer | 1']);
    assert.deepEqual(texts(await rows(applicationsTree, sections[1]!.node)), ['Screening | 1']);
  });
});
