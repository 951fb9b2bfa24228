import * as assert from 'node:assert/strict';
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { parseJobSearch } from '../../src/model/parseJobSearch';
import { launchBrowser } from '../../scripts/host/browser';
import { ensureCodeServer } from '../../scripts/host/installCodeServer';
import { SCREENSHOTS_DIR } from '../../scripts/host/paths';
import { openSession, type WorkbenchSession } from '../../scripts/host/workbench';
import { axeViolations } from './axe';
import { dashboardFrame } from './dashboardFrame';
import { acceptAt, pickAt, quickInput, runFromPalette, waitForQuestion } from './quickInput';

/**
 * Bringing a spreadsheet in, on the sample: Import Applications… picks the sample's CSV in the workbench's own file
 * dialog, shows the columns it matched, asks what “On hold” means, previews what it adds and what is already there,
 * and appends the rows; the dashboard then explains the funnel with the new figures. The keyboard does all of it.
 */
describe('importing applications in the real workbench', function () {
  this.timeout(300_000);
  let browser: Browser;
  let session: WorkbenchSession;
  let page: Page;

  const file = (): string => readFileSync(join(session.folder, 'job-search.yaml'), 'utf8');

  async function screenshot(name: string): Promise<void> {
    mkdirSync(SCREENSHOTS_DIR, { recursive: true });
    await page.screenshot({ path: join(SCREENSHOTS_DIR, `${name}.png`) });
  }

  before(async () => {
    await ensureCodeServer();
    browser = await launchBrowser();
    session = await openSession(browser, { fixture: 'sample', name: 'ui-import', settings: { 'jobSearch.reminders.onStartup': false }, viewport: { width: 1400, height: 900 } });
    page = session.page;
    await page.locator('.activitybar .action-item a[aria-label="Job Search"]').first().click();
    await page.locator('.pane-header', { hasText: 'Applications' }).waitFor({ timeout: 60_000 });
  });

  afterEach(async function () {
    if (this.currentTest?.state === 'failed' && page) await screenshot(`failed-import-${this.currentTest.title.replace(/\W+/g, '-').slice(0, 50)}`);
  });

  after(async () => {
    await session?.close();
    await browser?.close();
  });

  it('imports the sample spreadsheet: columns checked, an unknown status answered, the preview confirmed', async () => {
    await runFromPalette(page, 'Import Applications…');
    // The workbench's own file dialog in the browser: a path typed into the quick input.
    await quickInput(page).waitFor({ timeout: 20_000 });
    await page.waitForTimeout(500);
    await quickInput(page).fill(join(session.folder, 'applications-import.csv'));
    await page.waitForTimeout(500);
    await page.keyboard.press('Enter');
    await waitForQuestion(page, 'Check what each column fills');
    const rows = page.locator('.quick-input-list .monaco-list-row');
    assert.match(await page.locator('.quick-input-list').innerText(), /Job Title[\s\S]*→ Role[\s\S]*Resume Version[\s\S]*→ Résumé/);
    await screenshot('import-columns');
    assert.ok((await rows.count()) > 5);
    await page.keyboard.press('Enter');
    await pickAt(page, 'Which stage is “On hold”?', 'Wishlist', 'Wishlist');
    // Fabrikam (rejected) and Tailspin (on hold) give no date for their stage: dated on the row's latest date.
    await acceptAt(page, '2 rows have a stage with no date of its own');
    await waitForQuestion(page, 'applications-import.csv: 4 to add, 1 already there, 0 with problems.');
    const preview = await page.locator('.quick-input-list').innerText();
    assert.match(preview, /Import 4 applications/);
    assert.match(preview, /Northwind Traders — Backend Engineer/);
    assert.match(preview, /Already there \(1\)/);
    assert.match(preview, /Globex — Platform Engineer\s*row 6 · already in the file/);
    await screenshot('import-preview');
    await page.keyboard.press('Enter');
    const deadline = Date.now() + 20_000;
    while (parseJobSearch(file()).applications.length < 8 && Date.now() < deadline) await page.waitForTimeout(200);
    const imported = parseJobSearch(file());
    assert.deepEqual(imported.problems.filter((problem) => problem.severity !== 'information').map((problem) => problem.message), []);
    assert.deepEqual(
      imported.applications.slice(4).map((application) => [application.company, application.status, application.history[0]?.date, application.resume]),
      [
        ['Northwind Traders', 'screening', '2026-10-02', 'v3-backend'],
        ['Contoso', 'applied', '2026-10-05', 'v3-backend'],
        ['Fabrikam', 'rejected', '2026-09-20', 'v2-generalist'],
        ['Tailspin Toys', 'wishlist', '2026-10-14', 'v3-backend'],
      ],
    );
  });

  it('explains the funnel in the dashboard: replies by source, where applications ended, interviews by source and résumé', async () => {
    await runFromPalette(page, 'Open Dashboard');
    const frame = await dashboardFrame(page);
    const outcomes = frame.locator('#outcomes');
    await outcomes.waitFor({ timeout: 20_000 });
    const text = await outcomes.innerText();
    assert.match(text, /First replies came after [\d.]+ days? \(median of \d+ replies\)/);
    for (const title of ['Days to the first reply, by source', 'Where closed applications ended', 'Interviews by source', 'Interviews by résumé version']) assert.ok(text.includes(title), title);
    assert.match(text, /v3-backend: \d of 4 reached an interview/);
    assert.equal(await frame.locator('#outcomes canvas').count(), 4);
    assert.deepEqual(await axeViolations(frame), []);
    await outcomes.evaluate((element) => element.scrollIntoView({ block: 'start' }));
    await page.waitForTimeout(500);
    await screenshot('dashboard-funnel');
  });
});
