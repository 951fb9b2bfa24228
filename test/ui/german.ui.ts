import * as assert from 'node:assert/strict';
import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Frame, Page } from 'playwright-core';
import { openWebWorkbench } from '../../scripts/host/browser';
import { installExtension } from '../../scripts/host/installExtension';
import { RUN_DIR, SCREENSHOTS_DIR } from '../../scripts/host/paths';
import { prepareWorkspace } from '../../scripts/host/sessions';
import { ensureWebHost, serveWorkbench } from '../../scripts/host/webHost';
import { dashboardFrame } from './dashboardFrame';

async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(SCREENSHOTS_DIR, { recursive: true });
  await page.screenshot({ path: join(SCREENSHOTS_DIR, `${name}.png`) });
}

/**
 * The web workbench with German as its display language (the web host can set it without a language pack): the
 * views, the status bar and the dashboard read l10n/bundle.l10n.de.json. Contributions (view and command titles) stay
 * English here: VS Code for the web applies package.nls.<language>.json only to extensions installed from the
 * Marketplace, not to one loaded from a folder as this host loads it; a unit test checks that file instead.
 */
describe('the workbench in German (web host)', function () {
  this.timeout(240_000);
  let page: Page;
  let closeBrowser: (() => Promise<void>) | undefined;
  let closeServer: (() => void) | undefined;

  before(async () => {
    const host = ensureWebHost();
    const folder = prepareWorkspace('sample', 'ui-german');
    // The startup reminder has its own test; here its toast would only cover the view.
    mkdirSync(join(folder, '.vscode'), { recursive: true });
    writeFileSync(join(folder, '.vscode', 'settings.json'), JSON.stringify({ 'jobSearch.reminders.onStartup': false }));
    const extensions = join(RUN_DIR, 'ui-german', 'extensions');
    await installExtension(extensions, false);
    const server = await serveWorkbench(host, join(extensions, readdirSync(extensions)[0]!), folder, 'de');
    closeServer = server.close;
    ({ page, close: closeBrowser } = await openWebWorkbench(server.url, join(RUN_DIR, 'ui-german', 'profile'), { width: 1400, height: 900 }));
  });

  after(async () => {
    await closeBrowser?.();
    closeServer?.();
  });

  afterEach(async function () {
    if (this.currentTest?.state === 'failed' && page) await screenshot(page, `failed-german-${this.currentTest.title.replace(/\W+/g, '-').slice(0, 50)}`);
  });

  it('shows the Job Search view in German, with what needs action first', async () => {
    await page.locator('.activitybar .action-item a[aria-label="Job Search"]').first().click({ timeout: 60_000 });
    const rows = page.locator('.pane-body .monaco-list-row');
    await rows.filter({ hasText: 'Zu erledigen' }).first().waitFor({ timeout: 60_000 });
    const labels = (await rows.locator('.label-name').allInnerTexts()).map((text) => text.trim());
    assert.equal(labels[0], 'Zu erledigen', labels.join(', '));
    for (const stage of ['Im Gespräch', 'Abgesagt']) assert.ok(labels.includes(stage), `${stage} in ${labels.join(', ')}`);
    assert.match(await page.locator('.statusbar-item', { hasText: 'fällig' }).first().innerText(), /^\s*\d+ Nachfassaktion(en)? fällig$/);
    await screenshot(page, 'german-tree');
  });

  it('draws the dashboard in German from the translations the page carries', async () => {
    await page.keyboard.press('F1');
    await page.locator('.quick-input-widget input').fill('>Job Search: Open Dashboard');
    await page.locator('.quick-input-widget .monaco-list-row', { hasText: 'Job Search: Open Dashboard' }).first().click();
    const frame: Frame = await dashboardFrame(page);
    assert.equal(await frame.locator('html').getAttribute('lang'), 'de');
    assert.deepEqual(await frame.locator('h2').allInnerTexts(), ['Zu erledigen', 'Diese Woche', 'Erfolge', 'Pipeline', 'Wohin Bewerbungen führen', 'Reflexionen', 'Dranbleiben nach Absagen', 'Dein Netzwerk', 'Trainingsplan']);
    // The figures stay elements of their own inside the translated sentence.
    assert.match(await frame.locator('.funnel').innerText(), /^Beworben \d+ → Gespräche \d+ → Angebote \d+\. Antwort auf \d+% der gesendeten Bewerbungen \(\d+ von \d+\)\.$/);
    assert.equal(await frame.locator('[data-figure="applied"]').count(), 1);
    assert.equal((await frame.locator('#needs-action vscode-button').first().innerText()).trim(), 'Entwerfen');
    assert.equal(await frame.locator('body').getAttribute('data-csp-violations'), '0');
    await screenshot(page, 'german-dashboard');
  });
});
