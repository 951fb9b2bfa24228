import * as assert from 'node:assert/strict';
import { addDays } from 'date-fns';
import * as vscode from 'vscode';
import { toIsoDate } from '../../../src/model/calendarDate';
import { api, diagnosticLines, find, jobSearchUri, pressingEnter, rows, texts, waitFor } from '../support/host';

const day = (offset: number): string => toIsoDate(addDays(new Date(), offset));

/** What the import returns to a caller. */
interface Outcome {
  readonly added: number;
  readonly skipped: readonly number[];
  readonly errors: readonly string[];
}

/** The entries tracker.csv adds when its dates are read month first, “On hold” means wishlist and undated stages take the row's latest date. */
const IMPORTED = [
  '  - company: Northwind',
  '    role: Backend Engineer',
  '    status: applied',
  '    link: https://northwind.example/jobs/1',
  '    source: Referral',
  '    resume: v3',
  '    history:',
  '      - date: 2026-03-04',
  '        status: applied',
  '  - company: Contoso',
  '    role: Data Engineer',
  '    status: wishlist',
  '    source: LinkedIn',
  '    resume: v3',
  '    notes: the posting (https://contoso.example/jobs/9)',
  '    history:',
  '      - date: 2026-03-05',
  '        status: applied',
  '      - date: 2026-03-05',
  '        status: wishlist',
  '        notes: "dated on import: the row had no date for this stage"',
  '  - company: Fabrikam',
  '    role: SRE',
  '    status: rejected',
  '    source: Company site',
  '    resume: v2',
  '    notes: Wanted more Kubernetes',
  '    history:',
  '      - date: 2026-03-08',
  '        status: applied',
  '      - date: 2026-03-11',
  '        status: interviewing',
  '      - date: 2026-03-11',
  '        status: rejected',
  '        notes: "dated on import: the row had no date for this stage"',
  '    interviews:',
  '      - date: 2026-03-11',
  '',
].join('\n');

suite('bringing a search in, postings and résumés', () => {
  let document: vscode.TextDocument;
  let original: string;
  const folder = (): vscode.Uri => vscode.Uri.joinPath(document.uri, '..');
  const read = async (uri: vscode.Uri): Promise<string> => new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
  /** The file with `entries` at the end of its applications list, before the training plan. */
  const withEntries = (entries: string): string => original.replace('# from an earlier round\n\ntraining:', `# from an earlier round\n${entries}\ntraining:`);

  suiteSetup(async () => {
    await api();
    document = await vscode.workspace.openTextDocument(jobSearchUri());
    original = document.getText();
  });

  teardown(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    if (document.getText() !== original) {
      const edit = new vscode.WorkspaceEdit();
      edit.replace(document.uri, new vscode.Range(document.positionAt(0), document.positionAt(document.getText().length)), original);
      await vscode.workspace.applyEdit(edit);
    }
    if (document.isDirty) await document.save();
  });

  test('Import Applications… through its real quick picks: columns, the day order, an unknown status, the preview; one undo takes it all back', async () => {
    const source = vscode.Uri.joinPath(folder(), 'tracker.csv');
    // Enter accepts what each step highlights: Continue, Month first, the first stage (Wishlist), dating on the row's
    // latest date, then Import.
    const outcome = await pressingEnter(() => vscode.commands.executeCommand<Outcome>('jobSearch.importApplications', { uri: document.uri, source }));
    assert.deepEqual(outcome, { added: 3, skipped: [4], errors: ['Row 5 has no company.'] });
    await waitFor('the imported entries', () => document.getText().includes(IMPORTED));
    assert.equal(document.getText(), withEntries(IMPORTED));
    const { applicationsTree } = await api();
    await waitFor('the tree', async () => texts(await rows(applicationsTree)).some((label) => label.startsWith('Rejected')));
    await vscode.window.showTextDocument(document);
    await vscode.commands.executeCommand('undo');
    assert.equal(document.getText(), original, 'one undo removes every imported application');
  });

  test('with the answers given, the same import needs no questions; without the day order no 03/04/2026 is guessed', async () => {
    const source = vscode.Uri.joinPath(folder(), 'tracker.csv');
    const unanswered = await vscode.commands.executeCommand<Outcome>('jobSearch.importApplications', { uri: document.uri, source, confirm: true, statuses: { 'On hold': 'wishlist' } });
    assert.equal(unanswered.added, 0);
    assert.deepEqual(unanswered.errors.slice(0, 2), [
      'Row 2 (Northwind): “03/04/2026” could be read day first or month first; choose the order of the dates.',
      'Row 3 (Contoso): “03/05/2026” could be read day first or month first; choose the order of the dates.',
    ]);
    assert.equal(document.getText(), original, 'nothing is written while a date could mean two days');
    const dayFirst = await vscode.commands.executeCommand<Outcome>('jobSearch.importApplications', { uri: document.uri, source, confirm: true, dayOrder: 'day-first', statuses: { 'On hold': 'wishlist' } });
    assert.equal(dayFirst.added, 3);
    await waitFor('day-first dates', () => document.getText().includes('      - date: 2026-04-03\n        status: applied\n'));
  });

  test('a TSV file imports with its columns recognised, and the new application shows in the tree', async () => {
    const outcome = await vscode.commands.executeCommand<Outcome>('jobSearch.importApplications', { uri: document.uri, source: vscode.Uri.joinPath(folder(), 'board.tsv'), confirm: true });
    assert.deepEqual(outcome, { added: 1, skipped: [], errors: [] });
    const entry = '  - company: Tailspin\n    role: Developer\n    status: applied\n    history:\n      - date: 2026-10-01\n        status: applied\n';
    await waitFor('the entry', () => document.getText().includes(entry));
    assert.equal(document.getText(), withEntries(entry));
    const { applicationsTree } = await api();
    const applied = await waitFor('the Applied group', async () => (await rows(applicationsTree)).find((row) => row.label === 'Applied'));
    assert.deepEqual((await rows(applicationsTree, applied.node)).map((row) => row.label), ['Tailspin']);
  });

  test('Save Posting… keeps the text beside the file, links it, names the skills met before, and the tree opens it', async () => {
    const { store, applicationsTree } = await api();
    const application = store.get(document.uri)!.parsed.applications[0]!;
    const postingUri = vscode.Uri.joinPath(folder(), 'postings', 'globex-platform-engineer.md');
    try {
      const editor = await vscode.commands.executeCommand<vscode.TextEditor>('jobSearch.savePosting', { uri: document.uri, application, text: 'You will run Kubernetes clusters\nand design caching layers.' });
      assert.equal(editor?.document.uri.toString(), postingUri.toString());
      assert.equal(await read(postingUri), `# Platform Engineer at Globex\n\n- Saved on ${day(0)}\n\n---\n\nYou will run Kubernetes clusters\nand design caching layers.\n`);
      await waitFor('the link', () => document.getText().includes('    skillGaps: [kubernetes]   # from an earlier round\n    posting: postings/globex-platform-engineer.md\n'));
      const interviewing = find(await rows(applicationsTree), 'Interviewing');
      const globex = find(await rows(applicationsTree, interviewing.node), 'Globex');
      const [posting] = await rows(applicationsTree, globex.node);
      assert.equal(`${posting!.label} | ${posting!.description}`, 'Posting | postings/globex-platform-engineer.md');
      assert.deepEqual(posting!.item.command?.arguments?.map(String), [postingUri.toString()]);
      await vscode.window.showTextDocument(document);
      await vscode.commands.executeCommand('undo');
      assert.equal(document.getText(), original, 'one undo unlinks it; the file stays');
      assert.ok(await read(postingUri));
    } finally {
      await vscode.workspace.fs.delete(vscode.Uri.joinPath(folder(), 'postings'), { recursive: true });
    }
  });

  test('a posting: whose file is missing gets a warning on its value', async () => {
    const edit = new vscode.WorkspaceEdit();
    edit.insert(document.uri, document.positionAt(original.indexOf('    skillGaps:')), '    posting: postings/gone.md\n');
    await vscode.workspace.applyEdit(edit);
    await document.save();
    const line = original.slice(0, original.indexOf('    skillGaps:')).split('\n').length;
    await waitFor('the warning', () => diagnosticLines(document.uri).find((text) => text.includes('missing-posting')));
    const warning = vscode.languages.getDiagnostics(document.uri).find((diagnostic) => diagnostic.code === 'missing-posting')!;
    assert.deepEqual([warning.range.start.line + 1, warning.range.start.character, warning.range.end.character], [line, 13, 29]);
    assert.equal(warning.message, 'The saved posting “postings/gone.md” does not exist; Save Posting… keeps it again.');
  });
});
