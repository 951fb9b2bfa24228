import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { JobSearchStore } from '../../../src/services/jobSearchStore';
import { api, rows, texts, waitFor } from '../support/host';

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

suite('re-reading several files at once', () => {
  test('applies each file’s latest read, even when another file’s read finishes first', async () => {
    const folders = vscode.workspace.workspaceFolders ?? [];
    const [alpha, beta] = ['alpha', 'beta'].map((name) => vscode.Uri.joinPath(folders.find((folder) => folder.name === name)!.uri, 'job-search.yaml'));
    const originals = await Promise.all([alpha!, beta!].map((uri) => vscode.workspace.fs.readFile(uri)));
    // The first re-read to start is held until the second has finished, as when a `git checkout` touches both files.
    let armed = false;
    let release: () => void = () => undefined;
    const secondDone = new Promise<void>((resolve) => (release = resolve));
    let started = 0;
    const readFile = async (uri: vscode.Uri): Promise<Uint8Array> => {
      const bytes = await vscode.workspace.fs.readFile(uri);
      if (!armed) return bytes;
      if (++started === 1) await Promise.race([secondDone, new Promise((resolve) => setTimeout(resolve, 5_000))]);
      else setTimeout(release, 50);
      return bytes;
    };
    const store = new JobSearchStore({ readFile });
    try {
      await store.ready();
      armed = true;
      await vscode.workspace.fs.writeFile(alpha!, new TextEncoder().encode('applications:\n  - {company: Alpha Three, status: applied}\n'));
      await vscode.workspace.fs.writeFile(beta!, new TextEncoder().encode('applications:\n  - {company: Beta Two, status: applied}\n'));
      const companies = (uri: vscode.Uri): string[] => store.get(uri)?.parsed.applications.map((application) => application.company) ?? [];
      await waitFor('both files re-read', () => companies(alpha!)[0] === 'Alpha Three' && companies(beta!)[0] === 'Beta Two');
    } finally {
      store.dispose();
      await Promise.all([alpha!, beta!].map((uri, index) => vscode.workspace.fs.writeFile(uri, originals[index]!)));
    }
  });
});
