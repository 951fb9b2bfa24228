import * as assert from 'node:assert/strict';
import { mkdirSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { parseJobSearch } from '../../src/model/parseJobSearch';
import { launchBrowser } from '../../scripts/host/browser';
import { ensureCodeServer } from '../../scripts/host/installCodeServer';
import { SCREENSHOTS_DIR } from '../../scripts/host/paths';
import { openSession, type WorkbenchSession } from '../../scripts/host/workbench';
import { answerTo, pickAt, runFromPalette } from './quickInput';

/**
 * Preparing for the next interview, on the sample: a story is added to the bank, then Prepare for Interview… writes
 * the note for Globex's final round from the history, opens it beside the file and links it. The keyboard answers
 * every question.
 */
describe('preparing for an interview in the real workbench', function () {
  this.timeout(300_000);
  let browser: Browser;
  let session: WorkbenchSession;
  let page: Page;

  const file = (): string => readFileSync(join(session.folder, 'job-search.yaml'), 'utf8');

  async function screenshot(name: string): Promise<void> {
    mkdirSync(SCREENSHOTS_DIR, { recursive: true });
    await page.screenshot({ path: join(SCREENSHOTS_DIR, `${name}.png`) });
  }

  /** Waits until the file on disk satisfies `check`, and that it still reads without a problem. */
  async function fileShows(what: string, check: (text: string) => boolean): Promise<void> {
    const deadline = Date.now() + 20_000;
    while (!check(file()) && Date.now() < deadline) await page.waitForTimeout(150);
    assert.ok(check(file()), `the file should show ${what}:\n${file()}`);
    const problems = parseJobSearch(file()).problems.filter((problem) => problem.severity !== 'information');
    assert.deepEqual(problems.map((problem) => `${problem.range.start.line + 1}: ${problem.message}`), []);
  }

  before(async () => {
    await ensureCodeServer();
    browser = await launchBrowser();
    session = await openSession(browser, { fixture: 'sample', name: 'ui-prep', settings: { 'jobSearch.reminders.onStartup': false }, viewport: { width: 1400, height: 900 } });
    page = session.page;
    await page.locator('.activitybar .action-item a[aria-label="Job Search"]').first().click();
    await page.locator('.pane-header', { hasText: 'Applications' }).waitFor({ timeout: 60_000 });
  });

  afterEach(async function () {
    if (this.currentTest?.state === 'failed' && page) await screenshot(`failed-prep-${this.currentTest.title.replace(/\W+/g, '-').slice(0, 50)}`);
  });

  after(async () => {
    await session?.close();
    await browser?.close();
  });

  it('adds a story to the bank, part by part', async () => {
    await runFromPalette(page, 'Add a Story…');
    await answerTo(page, 'A short title to find it by', 'Cutting checkout latency in half');
    await answerTo(page, 'The skills it shows', 'caching, performance');
    await answerTo(page, 'Situation: where and when', 'Checkout timed out under holiday load');
    await answerTo(page, 'Task: what you had to do', 'Make it fast without a rewrite');
    await answerTo(page, 'Action: what you did', 'Profiled, then cached the price lookups per cart');
    await answerTo(page, 'Result: how it ended', 'p99 from 2 s to 200 ms');
    await fileShows('the new story', (text) => parseJobSearch(text).stories.some((story) => story.title === 'Cutting checkout latency in half' && story.skills.join() === 'caching,performance' && story.result === 'p99 from 2 s to 200 ms'));
  });

  it('writes the prep note for the final round from the history, opens it and links it from the interview', async () => {
    await runFromPalette(page, 'Prepare for Interview…');
    await pickAt(page, 'Prepare for which interview?', 'Globex', 'Globex: Final round');
    const tab = page.locator('.tab', { hasText: /globex-final\.md/ });
    await tab.waitFor({ timeout: 20_000 });
    await fileShows('the link to the note', (text) => parseJobSearch(text).applications.find((application) => application.company === 'Globex')!.interviews.some((interview) => interview.kind === 'final' && /^prep\/[\d-]+-globex-final\.md$/.test(interview.prep ?? '')));
    const [name] = readdirSync(join(session.folder, 'prep'));
    const note = readFileSync(join(session.folder, 'prep', name!), 'utf8');
    assert.match(note, /^# Final round: Globex\n\nPlatform Engineer · .+, 15:00 · <https:\/\/globex\.example\/careers\/platform>\n/);
    assert.match(note, /- \*\*Priya Nair\*\*/);
    assert.match(note, /- \*\*system design\*\* \(Acme Corp \/ system design interview reflection, .+\)\n {2}- \[x\] Read two chapters on replication and partitioning \(.+\)\n/);
    assert.match(note, /## Stories to have ready\n\n- \*\*The rate limiter that survived launch day\*\* \(system design, caching\)\n/);
    assert.match(note, /- \*\*Cutting checkout latency in half\*\* \(caching, performance\)/);
    await page.locator('.editor-group-container .view-lines', { hasText: 'Who you will meet' }).first().waitFor({ timeout: 20_000 });
    await page.keyboard.press('F1');
    await page.locator('.quick-input-widget input').fill('>Notifications: Clear All Notifications');
    await page.locator('.quick-input-list .monaco-list-row.focused', { hasText: 'Clear All Notifications' }).waitFor({ timeout: 10_000 });
    await page.keyboard.press('Enter');
    await page.locator('.notification-toast').first().waitFor({ state: 'detached', timeout: 10_000 }).catch(() => undefined);
    await screenshot('prep-note');
  });
});
