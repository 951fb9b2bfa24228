import * as assert from 'node:assert/strict';
import { addDays } from 'date-fns';
import * as vscode from 'vscode';
import { toIsoDate } from '../../../src/model/calendarDate';
import { dateText } from '../../../src/model/dateText';
import { api, expectEditAndUndo, find, jobSearchUri, lensAt, lenses, rows, texts, waitFor, type Row } from '../support/host';

const TODAY = toIsoDate(new Date());

/** A tree item's checkbox state, whether it is given alone or with its tooltip and accessible name. */
function checked(item: vscode.TreeItem): vscode.TreeItemCheckboxState | undefined {
  const box = item.checkboxState;
  return typeof box === 'object' ? box.state : box;
}

async function skillRows(): Promise<Row[]> {
  const { trainingTree } = await api();
  return rows(trainingTree);
}

async function itemRow(skill: string, task: string): Promise<Row> {
  const { trainingTree } = await api();
  return find(await rows(trainingTree, find(await skillRows(), skill).node), task);
}

function lineOf(text: string, fragment: string): number {
  const line = text.split('\n').findIndex((candidate) => candidate.includes(fragment));
  assert.ok(line >= 0, `no line with ${fragment}`);
  return line + 1;
}

suite('training plan', () => {
  let document: vscode.TextDocument;
  let original: string;

  suiteSetup(async () => {
    await api();
    document = await vscode.workspace.openTextDocument(jobSearchUri());
    original = document.getText();
    await vscode.window.showTextDocument(document);
  });

  test('shows each skill with progress, target and how often the gap came up, then the unplanned gaps', async () => {
    const dates = dateText(TODAY, vscode.env.language);
    const target = dates.relative(toIsoDate(addDays(new Date(), 40)));
    const overdueTarget = dates.day(toIsoDate(addDays(new Date(), -3)));
    const roots = await skillRows();
    assert.deepEqual(texts(roots), [
      `system design | 2/4 · target ${target} · seen in 2 applications`,
      `caching | 0/1 · target ${overdueTarget}, 3 days overdue`,
      'Gaps without a plan | 1',
    ]);
    assert.equal((roots[1]!.item.iconPath as vscode.ThemeIcon).id, 'warning', 'an overdue target is marked');
    const { trainingTree } = await api();
    assert.deepEqual(texts(await rows(trainingTree, roots[2]!.node)), ['Kubernetes | Globex / technical interview reflection, 2026-11-19']);
    const items = await rows(trainingTree, roots[0]!.node);
    assert.deepEqual(
      items.map((row) => [row.label, checked(row.item)]),
      [
        ['Read two chapters on replication', vscode.TreeItemCheckboxState.Checked],
        ['Design a URL shortener', vscode.TreeItemCheckboxState.Unchecked],
        ['Mock interview with a friend', vscode.TreeItemCheckboxState.Checked],
        ['Write up the design', vscode.TreeItemCheckboxState.Unchecked],
      ],
    );
  });

  // A click on the checkbox itself is driven in test/ui/workbench.ui.ts; its handler runs this same command.
  test('ticking an item from its row (inline action, context menu, checkbox) writes done and the date on exactly that line', async () => {
    const row = await itemRow('system design', 'Design a URL shortener');
    const ticked = original.replace('{task: "Design a URL shortener", done: false}', `{task: "Design a URL shortener", done: true, doneOn: ${TODAY}}`);
    await expectEditAndUndo(
      document,
      original,
      async () => {
        await vscode.commands.executeCommand('jobSearch.toggleTrainingItem', row.node);
        await waitFor('the tree to show it ticked', async () => checked((await itemRow('system design', 'Design a URL shortener')).item) === vscode.TreeItemCheckboxState.Checked);
      },
      ticked,
    );
    await waitFor('the tree to follow the undo', async () => checked((await itemRow('system design', 'Design a URL shortener')).item) === vscode.TreeItemCheckboxState.Unchecked);
  });

  test('the CodeLens on a ticked block item unticks it and removes its date line', async () => {
    const lens = await lensAt(document.uri, 'task: Mock interview with a friend', '☑ Done — undo');
    const unticked = original.replace(/ {8}done: true {5}# ticked by hand\r?\n {8}doneOn: 2026-11-02\r?\n/, '        done: false     # ticked by hand\n');
    await expectEditAndUndo(document, original, () => vscode.commands.executeCommand(lens.command!.command, ...(lens.command!.arguments ?? [])), unticked);
  });

  test('editing done: by hand updates the tree at once', async () => {
    const edit = new vscode.WorkspaceEdit();
    const line = lineOf(original, 'Design a URL shortener') - 1;
    const text = document.lineAt(line).text;
    edit.replace(document.uri, document.lineAt(line).range, text.replace('done: false', 'done: true'));
    await vscode.workspace.applyEdit(edit);
    await waitFor('the tree to show it ticked', async () => checked((await itemRow('system design', 'Design a URL shortener')).item) === vscode.TreeItemCheckboxState.Checked);
    assert.match(texts(await skillRows())[0]!, /^system design \| 3\/4/);
    await vscode.commands.executeCommand('undo');
    await waitFor('the tree to follow', async () => texts(await skillRows())[0]!.startsWith('system design | 2/4'));
    await document.save();
  });

  test('skills show progress and an Add item lens; unplanned gaps offer to be planned', async () => {
    const titles = (await lenses(document.uri)).map((lens) => lens.command?.title);
    assert.ok(titles.includes('$(mortar-board) 2/4 done · target ' + toIsoDate(addDays(new Date(), 40))), titles.join('; '));
    assert.ok(titles.includes('$(add) Add item'));
    assert.ok(titles.includes('$(add) Plan: Kubernetes'));
    assert.ok(!titles.includes('$(add) Plan: caching'), 'planned gaps are not offered again');
  });
});
