import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { api, waitFor } from '../support/host';

suite('status bar', () => {
  test('counts the follow-ups due today or overdue, and warns when some are overdue', async () => {
    const { statusBar } = await api();
    await waitFor('the status bar item', () => statusBar.visible);
    assert.equal(statusBar.item.text, '$(mail) 2 follow-ups due');
    assert.equal(statusBar.item.command, 'jobSearch.showDueFollowUps');
    assert.equal(String(statusBar.item.tooltip), '2 due today or overdue (1 overdue):\n• Feedback request: 3 days overdue · Acme Corp\n• Thank-you note: due today · Globex\nNeeds action also lists 1 coming up: follow-ups due soon and interviews.');
    assert.deepEqual(statusBar.item.backgroundColor, new vscode.ThemeColor('statusBarItem.warningBackground'));
  });

  test('hides when turned off in the settings', async () => {
    const { statusBar } = await api();
    const config = vscode.workspace.getConfiguration('jobSearch');
    await config.update('statusBar.enabled', false, vscode.ConfigurationTarget.Workspace);
    try {
      await waitFor('the item to hide', () => !statusBar.visible);
    } finally {
      await config.update('statusBar.enabled', undefined, vscode.ConfigurationTarget.Workspace);
    }
    await waitFor('the item to return', () => statusBar.visible);
  });
});
