import * as assert from 'node:assert/strict';
import { addDays } from 'date-fns';
import * as vscode from 'vscode';
import { toIsoDate } from '../../../src/model/calendarDate';
import { api, find, jobSearchUri, lensAt, pressingEnter, rows, waitFor } from '../support/host';

const TODAY = toIsoDate(new Date());
const day = (offset: number): string => toIsoDate(addDays(new Date(), offset));

suite('preparing for the next interview', () => {
  let document: vscode.TextDocument;
  let original: string;
  const noteUri = (): vscode.Uri => vscode.Uri.joinPath(document.uri, '..', 'prep', `${day(2)}-globex-system-design.md`);
  const read = async (uri: vscode.Uri): Promise<string> => new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));

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

  test('Needs action marks the interview to come as needing a prep note, with Prepare in its menu', async () => {
    const { applicationsTree } = await api();
    const needsAction = find(await rows(applicationsTree), 'Needs action');
    const [row] = await rows(applicationsTree, needsAction.node);
    assert.equal(`${row!.label} | ${row!.description}`, 'Globex | System design interview · in 2 days · 10:00 · no prep note yet');
    assert.equal(row!.item.contextValue, 'action interview noPrep');
  });

  test('the Prepare lens writes the note from the history and links it from the interview; one undo unlinks it', async () => {
    try {
      const lens = await lensAt(document.uri, `{date: ${day(2)}, time: "10:00", kind: system-design`, '$(notebook) Prepare…');
      const editor = (await vscode.commands.executeCommand<vscode.TextEditor>(lens.command!.command, ...(lens.command!.arguments ?? [])))!;
      assert.equal(editor.document.uri.toString(), noteUri().toString());
      const note = await read(noteUri());
      assert.match(note, /^# System design interview: Globex\n\nPlatform Engineer · .+, 10:00\n/);
      assert.match(note, /- \*\*Priya Nair\*\* · Hiring Manager · last contact .+: Message, Asked about the platform team\n/);
      assert.match(note, /- Backend Engineer · Rejected · applied .+\n {2}- .+, Priya Nair: Clear code; wanted more depth on caching\.\n/);
      assert.match(note, /- \*\*caching\*\* \(Acme Corp \/ system design interview reflection, .+\)\n {2}- \[x\] Compare cache-aside and write-through \(.+\)\n {2}- \[ \] Build a small LRU cache\n/);
      assert.match(note, /- \*\*estimation\*\*/);
      assert.match(note, /## Stories to have ready\n\n- \*\*The cache that saved Black Friday\*\* \(caching, performance\)\n/);
      assert.match(note, /<!-- job-search:debrief -->\n## Debrief\n/);
      const linked = `      - {date: ${day(2)}, time: "10:00", kind: system-design, with: [Priya Nair], prep: prep/${day(2)}-globex-system-design.md}\n`;
      await waitFor('the link', () => document.getText().includes(linked));
      await vscode.window.showTextDocument(document);
      await vscode.commands.executeCommand('undo');
      assert.equal(document.getText(), original, 'one undo removes the link');
    } finally {
      await vscode.workspace.fs.delete(noteUri());
    }
  });

  test('Prepare again opens the note as the user left it, never writing over it', async () => {
    try {
      const { store } = await api();
      const application = store.get(document.uri)!.parsed.applications[2]!;
      const interview = application.interviews[1]!;
      await vscode.commands.executeCommand('jobSearch.prepareForInterview', { uri: document.uri, application, interview });
      await waitFor('the link', () => document.getText().includes(`prep: prep/${day(2)}-globex-system-design.md}`));
      await vscode.workspace.fs.writeFile(noteUri(), new TextEncoder().encode('# My own notes\n'));
      const again = store.get(document.uri)!.parsed.applications[2]!;
      const editor = (await vscode.commands.executeCommand<vscode.TextEditor>('jobSearch.prepareForInterview', { uri: document.uri, application: again, interview: again.interviews[1] }))!;
      await waitFor('the note as written', () => editor.document.getText() === '# My own notes\n');
      assert.equal(await read(noteUri()), '# My own notes\n');
    } finally {
      await vscode.workspace.fs.delete(noteUri());
    }
  });

  test('a prep: whose note is missing gets a warning on its value, gone once Prepare writes the note again', async () => {
    const missing = 'prep/never-written.md';
    const line = `      - {date: ${day(2)}, time: "10:00", kind: system-design, with: [Priya Nair]}`;
    const edit = new vscode.WorkspaceEdit();
    const at = document.getText().indexOf(line) + line.length - 1;
    edit.insert(document.uri, document.positionAt(at), `, prep: ${missing}`);
    await vscode.workspace.applyEdit(edit);
    await document.save();
    const lineNumber = document.getText().split('\n').findIndex((text) => text.includes(missing));
    const warning = await waitFor('the warning', () => vscode.languages.getDiagnostics(document.uri).find((diagnostic) => diagnostic.code === 'missing-prep-note' && diagnostic.message.includes(missing)));
    assert.equal(warning.message, `The prep note “${missing}” does not exist; Prepare for Interview… writes it again.`);
    assert.equal(warning.range.start.line, lineNumber);
    assert.equal(document.getText(warning.range), missing);
    const noteAt = vscode.Uri.joinPath(document.uri, '..', missing);
    try {
      const { store } = await api();
      const application = store.get(document.uri)!.parsed.applications[2]!;
      await vscode.commands.executeCommand('jobSearch.prepareForInterview', { uri: document.uri, application, interview: application.interviews[1] });
      await waitFor('the warning to go', () => !vscode.languages.getDiagnostics(document.uri).some((diagnostic) => diagnostic.code === 'missing-prep-note' && diagnostic.message.includes(missing)));
      assert.match(await read(noteAt), /^# System design interview: Globex\n/);
    } finally {
      await vscode.workspace.fs.delete(noteAt);
    }
  });

  test('Add Reflection on the interview takes the debrief’s answers, links the interview and records the story told', async () => {
    const { store } = await api();
    const application = store.get(document.uri)!.parsed.applications[2]!;
    // Enter through: the latest interview's stage, the first confidence level, then each answer as the debrief filled it in.
    await pressingEnter(() => vscode.commands.executeCommand('jobSearch.addReflection', { uri: document.uri, application }));
    const text = (): string => document.getText();
    await waitFor('the reflection', () => text().includes('reflections:'));
    const parsed = store.get(document.uri)!.parsed;
    const globex = parsed.applications[2]!;
    assert.deepEqual(
      globex.reflections.map((reflection) => [reflection.date, reflection.stage, reflection.interview, reflection.wentWell, reflection.toImprove, reflection.outsideControl]),
      [[TODAY, 'technical', day(-1), ['Talked through the design before coding', 'Asked about on-call'], ['capacity estimates'], 'The interviewer had ten minutes less.']],
    );
    assert.deepEqual(globex.feedback.map((note) => note.text), ['Liked the trade-offs.']);
    assert.deepEqual(globex.interviews[0]!.stories, ['The cache that saved Black Friday']);
    assert.deepEqual(parsed.stories[0]!.used, [`Globex / technical interview, ${day(-1)}`]);
  });
});
