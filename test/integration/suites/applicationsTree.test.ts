import * as assert from 'node:assert/strict';
import { addDays } from 'date-fns';
import * as vscode from 'vscode';
import { toIsoDate } from '../../../src/model/calendarDate';
import { dateText } from '../../../src/model/dateText';
import { needsAction } from '../../../src/model/needsAction';
import { parseJobSearch } from '../../../src/model/parseJobSearch';
import { MoreActionsNode, NeedsActionNode } from '../../../src/views/groupNodes';
import { api, find, jobSearchUri, rows, texts } from '../support/host';

suite('Applications tree', () => {
  test('shows "Needs action" first, then one group per stage with counts', async () => {
    const { applicationsTree } = await api();
    assert.deepEqual(texts(await rows(applicationsTree)), ['Needs action | 3', 'Wishlist | 1', 'Applied | 2', 'Interviewing | 1', 'Rejected | 1']);
  });

  test('lists what needs action, most overdue first, with relative dates', async () => {
    const { applicationsTree } = await api();
    const needsAction = find(await rows(applicationsTree), 'Needs action');
    assert.equal(needsAction.item.collapsibleState, vscode.TreeItemCollapsibleState.Expanded);
    assert.deepEqual(texts(await rows(applicationsTree, needsAction.node)), [
      'Acme Corp | Feedback request · 3 days overdue',
      'Globex | Thank-you note · due today',
      'Globex | Final round · tomorrow · 10:00 · no prep note yet',
    ]);
  });

  test('keeps a long Needs action short: the most urgent first, the rest under one folded row', async () => {
    const today = toIsoDate(new Date());
    const lines = ['applications:'];
    for (let i = 0; i < 12; i++) lines.push(`  - {company: C${i}, status: rejected, followUps: [{kind: thank-you, due: ${today}}]}`);
    const parsed = parseJobSearch(lines.join('\n'));
    const node = new NeedsActionNode(jobSearchUri(), needsAction(parsed, today, 2));
    const children = node.children();
    assert.equal(children.length, 9);
    const more = children.at(-1)!;
    assert.ok(more instanceof MoreActionsNode);
    const item = more.treeItem();
    assert.equal(item.label, '4 more');
    assert.equal(item.collapsibleState, vscode.TreeItemCollapsibleState.Collapsed);
    assert.equal(more.children().length, 4);
  });

  test('shows each application with role and time in stage, newest first', async () => {
    const { applicationsTree } = await api();
    const groups = await rows(applicationsTree);
    const applied = await rows(applicationsTree, find(groups, 'Applied').node);
    assert.deepEqual(texts(applied), ['Initech | SRE · 2 days', 'Hooli | 9 days']);
    assert.deepEqual(texts(await rows(applicationsTree, find(groups, 'Rejected').node)), ['Acme Corp | Backend Engineer · 1 month']);
    assert.equal(find(groups, 'Rejected').item.collapsibleState, vscode.TreeItemCollapsibleState.Collapsed, 'closed stages start folded');
    assert.equal(find(groups, 'Applied').item.collapsibleState, vscode.TreeItemCollapsibleState.Expanded);
  });

  test('shows contacts, interviews, follow-ups and reflections under an application', async () => {
    const { applicationsTree } = await api();
    const rejected = find(await rows(applicationsTree), 'Rejected');
    const acme = find(await rows(applicationsTree, rejected.node), 'Acme Corp');
    assert.equal(acme.item.contextValue, 'application status-rejected hasLink');
    const children = await rows(applicationsTree, acme.node);
    // The fixture's dates are days before the run; the tree words them relative to today in the UI language.
    const dates = dateText(toIsoDate(new Date()), vscode.env.language);
    const ago = (days: number): string => dates.relative(toIsoDate(addDays(new Date(), -days)));
    assert.deepEqual(texts(children), [
      'Jamie Lee | Recruiter',
      `Technical interview | ${ago(50)} · with Jamie Lee`,
      `Thank-you note | sent ${ago(49)} · to Jamie Lee`,
      'Feedback request | 3 days overdue · to Jamie Lee',
      `Feedback from Sam Ortiz | ${ago(44)} · Solid fundamentals; go deeper on caching`,
      `Reflection: Technical interview | ${ago(49)} · confidence 2/5`,
    ]);
    assert.match(children[1]!.description, /ago|last/, 'past dates read as past');
    assert.deepEqual(
      children.map((child) => (child.item.iconPath as vscode.ThemeIcon).id),
      ['person', 'comment-discussion', 'pass', 'mail', 'feedback', 'lightbulb'],
    );
  });

  test('every row reveals its entry when clicked, and tooltips never trust user text', async () => {
    const { applicationsTree } = await api();
    const pending = [...(await rows(applicationsTree))];
    let checked = 0;
    while (pending.length) {
      const row = pending.shift()!;
      pending.push(...(await rows(applicationsTree, row.node)));
      const tooltip = row.item.tooltip as vscode.MarkdownString | undefined;
      if (tooltip) {
        assert.ok(!tooltip.isTrusted, `${row.label}: tooltip must not be trusted`);
        assert.ok(!tooltip.supportHtml, `${row.label}: tooltip must not render HTML`);
      }
      const isGroup = ['Needs action', 'Wishlist', 'Applied', 'Interviewing', 'Rejected'].includes(row.label);
      if (!isGroup) {
        assert.equal(row.item.command?.command, 'jobSearch.revealInFile', row.label);
        checked++;
      }
    }
    assert.ok(checked >= 15, `only ${checked} entry rows`);
  });
});
