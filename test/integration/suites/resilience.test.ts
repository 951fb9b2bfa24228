import * as assert from 'node:assert/strict';
import { addDays } from 'date-fns';
import * as vscode from 'vscode';
import { toIsoDate } from '../../../src/model/calendarDate';
import { monthsAfter } from '../../../src/model/followThrough';
import type { ParsedJobSearch } from '../../../src/model/parseJobSearch';
import { api, expectEditAndUndo, find, jobSearchUri, pressingEnter, rows, texts, waitFor } from '../support/host';

const TODAY = toIsoDate(new Date());
const day = (offset: number): string => toIsoDate(addDays(new Date(), offset));

/** `text` with `from` replaced by `to`, failing when the fixture lacks `from`. */
function replaced(text: string, from: string, to: string): string {
  assert.ok(text.includes(from), `the fixture lacks ${from}`);
  return text.replace(from, to);
}

suite('staying resilient', () => {
  let document: vscode.TextDocument;
  let original: string;

  suiteSetup(async () => {
    await api();
    document = await vscode.workspace.openTextDocument(jobSearchUri());
    original = document.getText();
  });

  teardown(async () => {
    for (const draft of vscode.workspace.textDocuments.filter((candidate) => candidate.uri.scheme === 'untitled' && !candidate.isClosed)) {
      await vscode.window.showTextDocument(draft);
      await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    }
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    // Every test leaves the file as the fixture wrote it.
    if (document.getText() !== original) {
      const edit = new vscode.WorkspaceEdit();
      edit.replace(document.uri, new vscode.Range(document.positionAt(0), document.positionAt(document.getText().length)), original);
      await vscode.workspace.applyEdit(edit);
    }
    if (document.isDirty) await document.save();
  });

  /** Replaces the whole file with `text`, saved, and waits until the store has read it (`read` says when). */
  async function rewrite(text: string, read: (parsed: ParsedJobSearch) => boolean): Promise<void> {
    const edit = new vscode.WorkspaceEdit();
    edit.replace(document.uri, new vscode.Range(document.positionAt(0), document.positionAt(document.getText().length)), text);
    await vscode.workspace.applyEdit(edit);
    await document.save();
    const { store } = await api();
    await waitFor('the store to read the change', () => {
      const parsed = store.get(document.uri)?.parsed;
      return !!parsed && read(parsed);
    });
  }

  /** The Needs action row for the way back, as the tree hands it to commands. */
  async function wayBackRow() {
    const { applicationsTree } = await api();
    const needsAction = find(await rows(applicationsTree), 'Needs action');
    const row = find(await rows(applicationsTree, needsAction.node), 'Acme Corp');
    return row;
  }

  test('Needs action suggests the way back once every training item from the company is done, as an invitation', async () => {
    const row = await wayBackRow();
    assert.equal(`${row.label} | ${row.description}`, 'Acme Corp | The way back · you worked through what they flagged');
    assert.equal(row.item.contextValue, 'action wayBack status-rejected');
    assert.equal((row.item.iconPath as vscode.ThemeIcon).id, 'debug-step-back');
    assert.equal((row.item.iconPath as vscode.ThemeIcon).color, undefined, 'never coloured as overdue');
  });

  test('with nothing due, the status bar keeps the week’s goals in view and opens the dashboard', async () => {
    const { statusBar } = await api();
    await waitFor('the status bar item', () => statusBar.visible);
    // Globex was sent today (1 of 2) and the caching item done today (1 of 1).
    assert.equal(statusBar.item.text, '$(milestone) 2/3 this week');
    assert.equal(statusBar.item.command, 'jobSearch.openDashboard');
    assert.match(String(statusBar.item.tooltip), /^This week’s goals \(.+ to .+\):\n• Applications sent: 1 of 2\n• Training items done: 1 of 1, reached$/);
  });

  test('the week starts on the day the setting names', async () => {
    const { statusBar } = await api();
    const config = vscode.workspace.getConfiguration('jobSearch');
    // The tooltip names the week's first day as "Nov 30" (or "Dec 28, 2026" in another year).
    const weekday = (): number | undefined => {
      const first = /\((.+) to /.exec(String(statusBar.item.tooltip))?.[1];
      return first ? new Date(/\d{4}/.test(first) ? first : `${first}, ${new Date().getFullYear()}`).getDay() : undefined;
    };
    try {
      await config.update('goals.weekStartsOn', 'monday', vscode.ConfigurationTarget.Workspace);
      await waitFor('a week from Monday', () => weekday() === 1);
      await config.update('goals.weekStartsOn', 'sunday', vscode.ConfigurationTarget.Workspace);
      await waitFor('a week from Sunday', () => weekday() === 0);
    } finally {
      await config.update('goals.weekStartsOn', undefined, vscode.ConfigurationTarget.Workspace);
    }
  });

  test('Set Weekly Goals writes small suggested goals into the profile when there are none, undone in one step', async () => {
    const withoutGoals = replaced(original, '  goals:\n    applications: 2\n    training: 1\n', '');
    await rewrite(withoutGoals, (parsed) => !parsed.profile?.goals);
    const { statusBar } = await api();
    await waitFor('the status bar to let go of the goals', () => !statusBar.visible);
    await expectEditAndUndo(
      document,
      withoutGoals,
      () => pressingEnter(() => vscode.commands.executeCommand('jobSearch.setWeeklyGoals')),
      replaced(withoutGoals, '  name: Alex Doe\n', '  name: Alex Doe\n  goals:\n    applications: 3\n    outreach: 3\n    training: 2\n'),
    );
  });

  test('Add a Win appends it to wins, dated today and linked to the application it came from', async () => {
    const { store } = await api();
    const acme = store.get(document.uri)!.parsed.applications[0]!;
    const expected = replaced(original, '  - {date: ' + day(-3) + ', text: Gave a talk at the meetup}\n', `  - {date: ${day(-3)}, text: Gave a talk at the meetup}\n  - {date: ${TODAY}, text: Explained my caching design clearly, application: Acme Corp}\n`);
    await expectEditAndUndo(
      document,
      original,
      () => pressingEnter(() => vscode.commands.executeCommand('jobSearch.addWin', { uri: document.uri, application: acme, text: 'Explained my caching design clearly' })),
      expected,
    );
  });

  test('Set a Date to Apply Again from the way back writes reapply three months out, and Needs action waits for it', async () => {
    const row = await wayBackRow();
    const date = monthsAfter(TODAY, 3);
    await pressingEnter(() => vscode.commands.executeCommand('jobSearch.setReapplyDate', row.node));
    await waitFor('the date', () => document.getText().includes(`      - {date: ${day(-40)}, kind: technical}\n    contacts:\n      - {person: Jordan Park}\n    reapply: ${date}\n`));
    const { applicationsTree } = await api();
    await waitFor('Needs action to let go', async () => !texts(await rows(applicationsTree)).some((text) => text.startsWith('Needs action')));
    await vscode.window.showTextDocument(document);
    await vscode.commands.executeCommand('undo');
    assert.equal(document.getText(), original, 'one undo restores the file');
  });

  test('Apply Again starts a new application with the company’s people and what changed, and the way back is done', async () => {
    const row = await wayBackRow();
    // Enter through: the role as before, what changed (the training filled in), Applied, today.
    await expectEditAndUndo(
      document,
      original,
      () => pressingEnter(() => vscode.commands.executeCommand('jobSearch.applyAgain', row.node)),
      replaced(
        original,
        `      - {date: ${TODAY}, status: applied}\n\ntraining:`,
        `      - {date: ${TODAY}, status: applied}\n  - company: Acme Corp\n    role: Backend Engineer\n    status: applied\n    notes: Applying again after the no on ${day(-30)}. Worked on caching (Compare cache strategies)\n    history:\n      - {date: ${TODAY}, status: applied}\n    contacts:\n      - {person: Jordan Park}\n\ntraining:`,
      ),
    );
  });

  test('the keep-in-touch draft from the way back says what was worked on; Mark as sent ends the suggestion', async () => {
    const row = await wayBackRow();
    const editor = (await pressingEnter(() => vscode.commands.executeCommand<vscode.TextEditor>('jobSearch.draftKeepInTouch', row.node)))!;
    assert.ok(editor, 'a draft opened');
    assert.match(editor.document.getText(), /since then I have been working on caching \(Compare cache strategies\)\./);
    await vscode.commands.executeCommand('jobSearch.markDraftSent', { force: true });
    const { applicationsTree, store } = await api();
    await waitFor('the sent message', () => store.get(document.uri)?.parsed.applications[0]?.followUps.some((followUp) => followUp.kind === 'keep-in-touch' && followUp.sent === TODAY));
    await waitFor('Needs action to let go', async () => !texts(await rows(applicationsTree)).some((text) => text.startsWith('Needs action')));
  });

  test('Weekly Review writes reviews/<today>.md beside the file, and opens what is there rather than overwrite it', async () => {
    const reviewUri = vscode.Uri.joinPath(document.uri, '..', 'reviews', `${TODAY}.md`);
    try {
      const editor = (await vscode.commands.executeCommand<vscode.TextEditor>('jobSearch.weeklyReview'))!;
      assert.equal(editor.document.uri.toString(), reviewUri.toString());
      const text = new TextDecoder().decode(await vscode.workspace.fs.readFile(reviewUri));
      assert.match(text, /^# Weekly review, .+ to .+\n\n## The past seven days\n\n### Sent\n\n- Applied to Globex, Platform Engineer \(.+\)\n/);
      assert.match(text, /### Training done\n\n- Compare cache strategies \(caching\) \(.+\)\n/);
      assert.match(text, /- Applications sent: 1 of 2\n- Training items done: 1 of 1, reached\n/);
      assert.match(text, /- Gave a talk at the meetup \(.+\)\n/);
      assert.match(text, /### What was outside your control\?\n/);
      // What the user wrote in it stays.
      await vscode.workspace.fs.writeFile(reviewUri, new TextEncoder().encode(`${text}My notes.\n`));
      const again = (await vscode.commands.executeCommand<vscode.TextEditor>('jobSearch.weeklyReview'))!;
      await waitFor('the notes', () => again.document.getText().endsWith('My notes.\n'));
    } finally {
      await vscode.commands.executeCommand('workbench.action.closeAllEditors');
      await vscode.workspace.fs.delete(vscode.Uri.joinPath(document.uri, '..', 'reviews'), { recursive: true });
    }
  });

  test('with no review folder set, the review opens unsaved', async () => {
    const config = vscode.workspace.getConfiguration('jobSearch');
    await config.update('review.folder', '', vscode.ConfigurationTarget.Workspace);
    try {
      const editor = (await vscode.commands.executeCommand<vscode.TextEditor>('jobSearch.weeklyReview'))!;
      assert.equal(editor.document.uri.scheme, 'untitled');
      assert.equal(editor.document.languageId, 'markdown');
      assert.match(editor.document.getText(), /^# Weekly review/);
    } finally {
      await config.update('review.folder', undefined, vscode.ConfigurationTarget.Workspace);
    }
  });

  test('a rejection recorded today keeps the status bar from turning to a warning, unless the setting is off', async () => {
    const { statusBar } = await api();
    const text = replaced(
      original,
      `    history:\n      - {date: ${TODAY}, status: applied}\n`,
      `    history:\n      - {date: ${TODAY}, status: applied}\n    followUps:\n      - {kind: check-in, due: ${day(-2)}}\n  - company: Initech\n    status: rejected\n    history:\n      - {date: ${TODAY}, status: rejected}\n`,
    );
    await rewrite(text, (parsed) => parsed.applications.length === 3);
    await waitFor('the overdue follow-up', () => statusBar.item.text === '$(mail) 1 follow-up due');
    assert.equal(statusBar.item.backgroundColor, undefined);
    const config = vscode.workspace.getConfiguration('jobSearch');
    await config.update('reminders.quietDayAfterRejection', false, vscode.ConfigurationTarget.Workspace);
    try {
      await waitFor('the warning colour', () => statusBar.item.backgroundColor !== undefined);
      assert.deepEqual(statusBar.item.backgroundColor, new vscode.ThemeColor('statusBarItem.warningBackground'));
    } finally {
      await config.update('reminders.quietDayAfterRejection', undefined, vscode.ConfigurationTarget.Workspace);
    }
  });
});
