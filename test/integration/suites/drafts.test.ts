import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { businessDaysAfter, monthsAfter } from '../../../src/model/followThrough';
import { toIsoDate } from '../../../src/model/calendarDate';
import { api, expectEditAndUndo, jobSearchUri, lensAt, lenses, pressingEnter, waitFor } from '../support/host';

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
      // An older file's scheduled feedback request keeps its lens next to the reply.
      'company: Acme Corp → $(reply) Reply to the rejection',
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
      // Sent more than ten days ago with no answer: the reply can be recorded, or one nudge sent.
      'followUps: [{kind: check-in, due: 2026-11-12, sent: 2026-11-12}] → $(reply) Reply received…',
      'followUps: [{kind: check-in, due: 2026-11-12, sent: 2026-11-12}] → $(bell) No answer yet: draft one gentle nudge',
      // The reply is out, so only the keep-in-touch is left on the company line; no answer, so a nudge or someone else.
      'company: Initech → $(person-add) Keep in touch',
      '{kind: rejection-reply, due: 2026-11-02, sent: 2026-11-02, contact: Ana Costa} → $(reply) Reply received…',
      '{kind: rejection-reply, due: 2026-11-02, sent: 2026-11-02, contact: Ana Costa} → $(bell) No answer yet: draft one gentle nudge',
      '{kind: rejection-reply, due: 2026-11-02, sent: 2026-11-02, contact: Ana Costa} → $(person) Ask someone else for feedback…',
    ]);
  });

  test('the reply to the rejection opens as a draft filled from the file', async () => {
    await run(await lensAt(document.uri, 'company: Acme Corp', '$(reply) Reply to the rejection'));
    const draft = vscode.window.activeTextEditor!.document;
    assert.equal(draft.uri.scheme, 'untitled');
    assert.equal(draft.languageId, 'plaintext');
    assert.equal(
      draft.getText(),
      [
        'Subject: Thank you, and a question',
        '',
        'Hi Jamie,',
        '',
        'Thank you for letting me know, and for the time you and Sam Ortiz gave me during the interviews for the Backend Engineer role. I enjoyed meeting the team, especially a conversation you valued.',
        '',
        'If you are able to share it, your view on two things would help me most:',
        '',
        '- What would have made me a stronger candidate for this role?',
        '- What came across well, so I keep doing it?',
        '',
        'A sentence or two is plenty, and I understand if that is not something you can share.',
        '',
        'I would be glad to hear from you if a role opens that fits my background. All the best to you and the team.',
        '',
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
    await run(await lensAt(document.uri, 'company: Acme Corp', '$(reply) Reply to the rejection'));
    const editor = vscode.window.activeTextEditor!;
    // The first tab stop is the hint alone, selected as the draft opens; typing replaces only it.
    assert.equal(editor.document.getText(editor.selection), 'a conversation you valued');
    await vscode.commands.executeCommand('type', { text: 'the pairing exercise' });
    assert.match(editor.document.getText(), /I enjoyed meeting the team, especially the pairing exercise\./);
  });

  test('Copy waits while a hint is unedited, then puts the message on the clipboard', async () => {
    await run(await lensAt(document.uri, 'kind: feedback-request', '$(edit) Draft feedback request'));
    const editor = vscode.window.activeTextEditor!;
    assert.match(editor.document.getText(), /^Subject: A quick question about the Backend Engineer interviews\n\nHi Jamie,\n/);
    assert.match(editor.document.getText(), /- What would have made me a stronger candidate\?/);
    await vscode.env.clipboard.writeText('before');
    assert.equal(await vscode.commands.executeCommand<string>('jobSearch.copyDraft'), undefined, 'a draft with its hint as inserted is not copied');
    assert.equal(await vscode.env.clipboard.readText(), 'before');
    assert.equal(editor.document.getText(editor.selection), 'something you appreciated about the conversation');
    await vscode.commands.executeCommand('type', { text: 'the clear brief' });
    const copied = await vscode.commands.executeCommand<string>('jobSearch.copyDraft');
    assert.equal(await vscode.env.clipboard.readText(), copied);
    assert.ok(copied!.startsWith('Hi Jamie,') && copied!.endsWith('github.com/alexdoe'));
    assert.match(copied!, /at Acme Corp, and for the clear brief\./);
  });

  test('a thank-you after an interview never quotes the private interview notes', async () => {
    await run(await lensAt(document.uri, 'kind: thank-you', '$(edit) Draft thank-you note'));
    const editor = vscode.window.activeTextEditor!;
    const text = editor.document.getText();
    assert.match(text, /^Subject: Thank you for your time on November 18\n\nHi Priya,/);
    assert.match(text, /on November 18 about the Platform Engineer role\. I especially enjoyed a topic you discussed\./);
    assert.doesNotMatch(text, /Kubernetes/i);
    assert.equal(editor.document.getText(editor.selection), 'a topic you discussed');
  });

  test('one gentle nudge: drafted from its lens, recorded as nudged by Mark as sent, then never offered again', async () => {
    await run(await lensAt(document.uri, 'kind: check-in', '$(bell) No answer yet: draft one gentle nudge'));
    const draft = vscode.window.activeTextEditor!.document;
    assert.match(draft.getText(), /^Subject: Following up on my note\n\nHi Dana,\n\nI know inboxes fill up, so I am bringing my note from November 12 back to the top once\./);
    await expectEditAndUndo(
      document,
      original,
      async () => {
        await vscode.window.showTextDocument(draft);
        await vscode.commands.executeCommand('jobSearch.markDraftSent');
        const nudged = original.replace('sent: 2026-11-12}]', `sent: 2026-11-12, nudged: ${TODAY}}]`);
        await waitFor('the nudge recorded', () => document.getText() === nudged);
        const titles = await lensTitles(document.uri);
        assert.ok(!titles.some((title) => title.includes('check-in') && title.includes('gentle nudge')), titles.join('\n'));
        assert.ok(titles.some((title) => title.includes('check-in') && title.includes('Reply received')));
      },
      original.replace('sent: 2026-11-12}]', `sent: 2026-11-12, nudged: ${TODAY}}]`),
    );
  });

  test('a message with a length limit counts its characters above the draft, and warns once it is over', async () => {
    const lens = await lensAt(document.uri, 'company: Globex', '$(mail) Thank-you note');
    await pressingEnter(() => vscode.commands.executeCommand('jobSearch.draftFollowUp', { ...(lens.command!.arguments![0] as object), kind: 'connection-note' }));
    const editor = vscode.window.activeTextEditor!;
    const count = async (): Promise<string> => (await lenses(editor.document.uri)).map((each) => each.command?.title ?? '').find((title) => title.includes('characters')) ?? '';
    assert.match(await count(), /^\$\(symbol-ruler\) \d+\/200 characters$/);
    await vscode.commands.executeCommand('type', { text: ' ' + 'And one more thing to say.'.repeat(8) });
    await waitFor('the count to follow the typing', async () => (await count()).includes('over the limit'));
    assert.match(await count(), /^\$\(warning\) \d+\/200 characters: \d+ over the limit$/);
    assert.equal(await vscode.commands.executeCommand('jobSearch.copyDraft'), undefined, 'a message over its limit is held back');
    assert.ok((await vscode.commands.executeCommand<string>('jobSearch.copyDraft', { force: true }))!.length > 200, 'Copy Anyway copies it');
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
    assert.match(text, /join Cash\$App \$\{1:x\}\. /);
    assert.match(text, /about the Data \\ Engineer \} role/);
  });

  test('Mark as sent on a draft writes the date into the follow-up it answers; one undo reverts it', async () => {
    await run(await lensAt(document.uri, 'kind: feedback-request', '$(edit) Draft feedback request'));
    await vscode.commands.executeCommand('type', { text: 'the clear brief' });
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
    await vscode.commands.executeCommand('type', { text: 'the clear brief' });
    const edit = new vscode.WorkspaceEdit();
    edit.insert(document.uri, new vscode.Position(0, 0), '# a line added while drafting\n');
    await vscode.workspace.applyEdit(edit);
    const shifted = document.getText();
    await vscode.window.showTextDocument((await vscode.workspace.openTextDocument({ content: '' })), { preview: true });
    const draft = vscode.workspace.textDocuments.find((candidate) => candidate.uri.scheme === 'untitled' && candidate.getText().startsWith('Subject: A quick question'))!;
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
      name: 'Skip… on a follow-up writes the day it was skipped',
      near: 'kind: thank-you',
      lens: '$(debug-step-over) Skip…',
      after: (before) => insertAfter(before, '        contact: Priya Nair\n', `        skipped: ${TODAY}\n`),
    },
    {
      name: 'Reschedule… on an overdue follow-up moves it to today',
      near: 'kind: thank-you',
      lens: '$(history) Reschedule…',
      after: (before) => before.replace('        due: 2026-11-19\n', `        due: ${TODAY}\n`),
    },
    {
      name: 'Reply received… on a sent message writes when they answered',
      near: 'kind: check-in',
      lens: '$(reply) Reply received…',
      after: (before) => before.replace('{kind: check-in, due: 2026-11-12, sent: 2026-11-12}', `{kind: check-in, due: 2026-11-12, sent: 2026-11-12, replied: ${TODAY}}`),
    },
    {
      name: 'Ask someone else… after an unanswered reply schedules a feedback request to an interviewer, due today',
      near: 'kind: rejection-reply',
      lens: '$(person) Ask someone else for feedback…',
      after: (before) => insertAfter(before, 'contact: Ana Costa}\n', `      - {kind: feedback-request, due: ${TODAY}, contact: Bo Lind}\n`),
    },
    {
      name: 'Record Rejection asks the date (today by default), sets the status and schedules one reply and a keep-in-touch',
      near: 'company: Globex',
      lens: '$(circle-slash) Record rejection…',
      after: (before) =>
        insertAfter(
          before.replace('    status: interviewing\n', '    status: rejected\n'),
          '        contact: Priya Nair\n',
          [
            // The reply thanks them, so the thank-you still waiting is skipped, with why.
            `        skipped: ${TODAY}`,
            '        skipReason: the reply to the rejection thanks them',
            // Written as the thank-you above them is, key by key; the history as the file writes history, one line each.
            '      - kind: rejection-reply',
            `        due: ${businessDaysAfter(TODAY, 1)}`,
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
      const lens = await lensAt(document.uri, writeBack.near, writeBack.lens);
      await expectEditAndUndo(document, original, () => pressingEnter(() => run(lens)), writeBack.after(original));
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
