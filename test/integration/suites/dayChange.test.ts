import * as assert from 'node:assert/strict';
import { addDays } from 'date-fns';
import * as vscode from 'vscode';
import { toIsoDate } from '../../../src/model/calendarDate';
import type { HostMessage } from '../../../src/protocol/dashboardProtocol';
import { DashboardPanel } from '../../../src/panel/dashboardPanel';
import { JobSearchStore } from '../../../src/services/jobSearchStore';
import { ApplicationsTreeProvider } from '../../../src/views/applicationsTreeProvider';
import { TrainingTreeProvider } from '../../../src/views/trainingTreeProvider';
import { EXTENSION_ID, find, rows, waitFor } from '../support/host';

/** Views built on a store whose clock the test moves on by whole days, as midnight would. */
suite('when the day changes', () => {
  let days = 0;
  let store: JobSearchStore;
  const disposables: vscode.Disposable[] = [];

  setup(async () => {
    days = 0;
    store = new JobSearchStore({ now: () => addDays(new Date(), days) });
    disposables.push(store);
    await store.ready();
  });

  teardown(() => vscode.Disposable.from(...disposables.splice(0)).dispose());

  /** Moves the clock to tomorrow and lets the store notice, as its midnight timer does. */
  function tomorrow(): void {
    days += 1;
    store.checkDay();
  }

  test('the store says so once, with the new date, and counts from it', () => {
    const seen: string[] = [];
    disposables.push(store.onDidChangeDay((day) => seen.push(day)));
    store.checkDay();
    assert.deepEqual(seen, [], 'no change, no event');
    tomorrow();
    assert.deepEqual(seen, [toIsoDate(addDays(new Date(), 1))]);
    assert.equal(store.today, seen[0]);
  });

  test('the Training Plan moves an overdue target on without any edit', async () => {
    const tree = new TrainingTreeProvider(store);
    disposables.push(tree);
    assert.match(find(await rows(tree), 'caching').description, /3 days overdue/);
    let redrawn = false;
    disposables.push(tree.onDidChangeTreeData(() => (redrawn = true)));
    tomorrow();
    assert.ok(redrawn, 'the view is told to redraw');
    assert.match(find(await rows(tree), 'caching').description, /4 days overdue/);
  });

  test('the Applications view redraws from the same event', async () => {
    const tree = new ApplicationsTreeProvider(store);
    disposables.push(tree);
    let redrawn = false;
    disposables.push(tree.onDidChangeTreeData(() => (redrawn = true)));
    tomorrow();
    assert.ok(redrawn);
  });

  test('the dashboard sends a model dated to the new day', async function () {
    this.timeout(30_000);
    const extensionUri = vscode.extensions.getExtension(EXTENSION_ID)!.extensionUri;
    const dashboard = DashboardPanel.createOrShow(store, extensionUri);
    disposables.push(dashboard);
    const sent: HostMessage[] = [];
    const webview = dashboard.panel.webview;
    const post = webview.postMessage.bind(webview);
    webview.postMessage = (message: HostMessage) => {
      sent.push(message);
      return post(message);
    };
    const asOf = (): string | undefined => {
      const last = sent.at(-1);
      return last?.type === 'dashboard/didChange' ? last.model?.todayText : undefined;
    };
    const first = await waitFor('the page to load and get its model', asOf, 20_000);
    tomorrow();
    const next = await waitFor('a model for tomorrow', () => asOf() !== first && asOf());
    assert.notEqual(next, first);
  });
});
