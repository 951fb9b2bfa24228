import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { businessDaysAfter, monthsAfter } from '../../../src/model/followThrough';
import { toIsoDate } from '../../../src/model/calendarDate';
import { api, expectEditAndUndo, jobSearchUri, lensAt, lenses, waitFor } from '../support/host';

const TODAY = toIsoDate(new Date());

/** Lenses as `the line they sit on → title`, the line without its dash and comment, so fixtures can grow. */
async function lensTitles(uri: vscode.Uri): Promise<string[]> {
  const lines = (await vscode.workspace.openTextDocument(uri)).getText().split('\n');
  const shown = (line: number): string => lines[line]!.trim().replace(/^- /, '').replace(/\s+#.*$/, '');
  return (await lenses(uri)).map((lens) => `${shown(lens.range.start.line)} → ${lens.command?.title}`);
}

async function run(lens: vscode.CodeLens): Promise<unknown> {
  return vscode.commands.executeCommand(lens.command!.command, ...(lens.command!.arguments ?? []));
}

function insertAfter(text: string, anchor: string, addition: string): string {
  assert.ok(text.includes(anchor), `fixture lacks ${anchor}`);
  return text.replace(anchor, anchor + addition);
}

suite('drafts and write-back', () => {
  let document: vscode.TextDocument;
  let original: string;

  suiteSetup(async () => {
    await api();
    document = await vscode.workspace.openTextDocument(jobSearchUri());
    original = document.getText();
  });

  teardown(async () => {
    // Drafts are unsaved untitled documents: revert them so closing does not ask to save.
    for (const draft of vscode.workspace.textDocuments.filter((candidate) => candidate.uri.scheme === 'untitled' && !candidate.isClosed)) {
      await vscode.window.showTextDocument(draft);
      await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    }
  });

  test('CodeLenses offer the drafts that fit each application and follow-up', async () => {
    assert.deepEqual(await lensTitles(document.uri), [
      'company: Acme Corp → $(mail) Thank-you note',
      'company: Acme Corp → $(comment-discussion) Ask for feedback',
      'company: Acme Corp → $(person-add) Keep in touch',
      '{kind: feedback-request, due: 2026-10-22, contact: Jamie Lee} → $(edit) Draft feedback request',
      '{kind: feedback-request, due: 2026-10-22, contact: Jamie Lee} → $(check) Mark sent',
      '{kind: feedback-request, due: 2026-10-22, contact: Jamie Lee} → $(debug-step-over) Skip…',
      '{kind: feedback-request, due: 2026-10-22, contact: Jamie Lee} → $(history) Reschedule…',
      'company: Globex → $(mail) Thank-you note',
      'company: Globex → $(calendar) Record interview…',
      'company: Globex → $(circle-slash) Record rejection…',
      'kind: thank-you → $(edit) Draft thank-you note',
      'kind: thank-you → $(check) Mark sent',
      'kind: thank-you → $(debug-step-over) Skip…',
      'kind: thank-you → $(history) Reschedule…',
      'company: "Cash$App ${1:x}" → $(mail) Thank-you note',
      'company: "Cash$App ${1:x}" → $(calendar) Record interview…',
      'company: "Cash$App ${1:x}" → $(circle-slash) Record rejection…',
    ]);
  });

  test('the after-rejection thank-you opens as a draft filled from the file', async () => {
    await run(await lensAt(document.uri, 'company: Acme Corp', '$(mail) Thank-you note'));
    const draft = vscode.window.activeTextEditor!.document;
    assert.equal(draft.uri.scheme, 'untitled');
    assert.equal(draft.languageId, 'plaintext');
    assert.equal(
      draft.getText(),
      [
        'Subject: Thank you, and staying in touch',
        '',
        'Hi Jamie,',
        '',
        'Thank you for letting me know, and for the time you and the team spent with me during the process for the Backend Engineer role. Of course I hoped for a different outcome, but I learned a lot from our conversations, especially about something we discussed.',
        '',
        'I still think highly of Acme Corp and would be glad to be considered for future openings that fit my background. I hope we can stay in touch.',
        '',
        'All the best,',
        'Alex Doe',
        'github.com/alexdoe',
        '',
      ].join('\n'),
    );
    assert.deepEqual(
      (await lenses(draft.uri)).map((lens) => lens.command?.title),
      ['$(copy) Copy message', '$(mail) Open in mail app (to jamie@acme.example)', '$(check) Mark as sent'],
    );
  });

  test('typing over a hint keeps the words around it', async () => {
    await run(await lensAt(document.uri, 'company: Acme Corp', '$(mail) Thank-you note'));
    const editor = vscode.window.activeTextEditor!;
    // The first tab stop is the hint alone, selected as the draft opens; typing replaces only it.
    assert.equal(editor.document.getText(editor.selection), 'something we discussed');
    await vscode.commands.executeCommand('type', { text: 'how your team runs on-call' });
    assert.match(editor.document.getText(), /I learned a lot from our conversations, especially about how your team runs on-call\./);
  });

  test('the feedback request asks about the later rounds, and Copy puts the message on the clipboard', async () => {
    await run(await lensAt(document.uri, 'kind: feedback-request', '$(edit) Draft feedback request'));
    const draft = vscode.window.activeTextEditor!.document;
    assert.match(draft.getText(), /^Subject: Feedback on my interviews for Backend Engineer\n\nHi Jamie,\n/);
    assert.match(draft.getText(), /If you or Sam Ortiz can share/);
    assert.match(draft.getText(), /1\. Where did my answers in the system design interview fall short/);
    const copied = await vscode.commands.executeCommand<string>('jobSearch.copyDraft');
    assert.equal(await vscode.env.clipboard.readText(), copied);
    assert.ok(copied!.startsWith('Hi Jamie,') && copied!.endsWith('github.com/alexdoe'));
  });

  test('a thank-you after an interview quotes the interview notes', async () => {
    await run(await lensAt(document.uri, 'kind: thank-you', '$(edit) Draft thank-you note'));
    const text = vscode.window.activeTextEditor!.document.getText();
    assert.match(text, /^Subject: Thank you for the technical interview, Platform Engineer\n\nHi Priya,/);
    assert.match(text, /on November 18 about the Platform Engineer role at Globex/);
    assert.match(text, /in particular: kubernetes operators and on-call stories\./);
  });

  test("the workspace's own template replaces the bundled one", async () => {
    await run(await lensAt(document.uri, 'company: Acme Corp', '$(person-add) Keep in touch'));
    assert.equal(
      vscode.window.activeTextEditor!.document.getText(),
      'Subject: Hello again from Alex Doe\n\nHi Jamie, it has been a while since we talked about Acme Corp. news\n\nAlex Doe\n',
    );
  });

  test('snippet syntax in the file appears literally in the draft', async () => {
    await run(await lensAt(document.uri, 'company: "Cash$App', '$(mail) Thank-you note'));
    const text = vscode.window.activeTextEditor!.document.getText();
    assert.match(text, /role at Cash\$App \$\{1:x\}\. /);
    assert.match(text, /about the Data \\ Engineer \} role/);
  });

  test('Mark as sent on a draft writes the date into the follow-up it answers; one undo reverts it', async () => {
    await run(await lensAt(document.uri, 'kind: feedback-request', '$(edit) Draft feedback request'));
    await expectEditAndUndo(
      document,
      original,
      () => vscode.commands.executeCommand('jobSearch.markDraftSent'),
      original.replace('contact: Jamie Lee}   # not sent yet', `contact: Jamie Lee, sent: ${TODAY}}   # not sent yet`),
    );
    // The sent draft is closed, so nothing is left asking to be saved.
    assert.deepEqual(vscode.workspace.textDocuments.filter((candidate) => candidate.uri.scheme === 'untitled' && !candidate.isClosed && candidate.isDirty).map((candidate) => candidate.uri.toString()), []);
  });

  test('Mark as sent lands on the current text when the file changed after the draft opened', async () => {
    await run(await lensAt(document.uri, 'kind: feedback-request', '$(edit) Draft feedback request'));
    const edit = new vscode.WorkspaceEdit();
    edit.insert(document.uri, new vscode.Position(0, 0), '# a line added while drafting\n');
    await vscode.workspace.applyEdit(edit);
    const shifted = document.getText();
    await vscode.window.showTextDocument((await vscode.workspace.openTextDocument({ content: '' })), { preview: true });
    const draft = vscode.workspace.textDocuments.find((candidate) => candidate.uri.scheme === 'untitled' && candidate.getText().startsWith('Subject: Feedback'))!;
    await vscode.window.showTextDocument(draft);
    await vscode.commands.executeCommand('jobSearch.markDraftSent');
    await waitFor('the edit', () => document.getText() !== shifted);
    assert.equal(document.getText(), shifted.replace('contact: Jamie Lee}   # not sent yet', `contact: Jamie Lee, sent: ${TODAY}}   # not sent yet`));
    await vscode.window.showTextDocument(document);
    await vscode.commands.executeCommand('undo');
    await vscode.commands.executeCommand('undo');
    assert.equal(document.getText(), original);
    await document.save();
  });

  /** Each CodeLens that writes to the file: the line it is on, its title, and the file after it ran (from the file before). */
  const writeBacks: { name: string; near: string; lens: string; after: (before: string) => string }[] = [
    {
      name: 'the Mark sent lens on a flow follow-up adds sent inside its braces',
      near: 'kind: feedback-request',
      lens: '$(check) Mark sent',
      after: (before) => before.replace('contact: Jamie Lee}   # not sent yet', `contact: Jamie Lee, sent: ${TODAY}}   # not sent yet`),
    },
    {
      name: 'the Mark sent lens on a block follow-up adds a line at its indentation',
      near: 'kind: thank-you',
      lens: '$(check) Mark sent',
      after: (before) => insertAfter(before, '        contact: Priya Nair\n', `        sent: ${TODAY}\n`),
    },
    {
      name: 'Record Rejection sets the status, dates it and schedules the follow-through',
      near: 'company: Globex',
      lens: '$(circle-slash) Record rejection…',
      after: (before) =>
        insertAfter(
          before.replace('    status: interviewing\n', '    status: rejected\n'),
          '        contact: Priya Nair\n',
          [
            // Written as the thank-you above them is, key by key; the history as the file writes history, one line each.
            '      - kind: feedback-request',
            `        due: ${businessDaysAfter(TODAY, 2)}`,
            '        contact: Priya Nair',
            '      - kind: keep-in-touch',
            `        due: ${monthsAfter(TODAY, 3)}`,
            '        contact: Priya Nair',
            '    history:',
            `      - {date: ${TODAY}, status: rejected}`,
            '',
          ].join('\n'),
        ),
    },
  ];

  for (const writeBack of writeBacks) {
    test(`${writeBack.name}, in one edit that one undo reverts`, async () => {
      await expectEditAndUndo(document, original, async () => run(await lensAt(document.uri, writeBack.near, writeBack.lens)), writeBack.after(original));
    });
  }

  test('turning CodeLenses off removes them', async () => {
    const config = vscode.workspace.getConfiguration('jobSearch');
    await config.update('codeLens.enabled', false, vscode.ConfigurationTarget.Workspace);
    try {
      await waitFor('the lenses to go', async () => (await lenses(document.uri)).length === 0);
    } finally {
      await config.update('codeLens.enabled', undefined, vscode.ConfigurationTarget.Workspace);
    }
    await waitFor('the lenses to return', async () => (await lenses(document.uri)).length > 0);
  });
});
