import * as assert from 'node:assert/strict';
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { toIsoDate } from '../../src/model/calendarDate';
import { parseJobSearch } from '../../src/model/parseJobSearch';
import { launchBrowser } from '../../scripts/host/browser';
import { ensureCodeServer } from '../../scripts/host/installCodeServer';
import { SCREENSHOTS_DIR } from '../../scripts/host/paths';
import { openSession, type WorkbenchSession } from '../../scripts/host/workbench';
import { axeViolations } from './axe';
import { dashboardFrame } from './dashboardFrame';
import { acceptAt, answerTo, pickAt, quickInput, runFromPalette, waitForQuestion } from './quickInput';

const TODAY = toIsoDate(new Date());

/**
 * Staying resilient, on the sample (which sets weekly goals and has a win of its own): a rejection is recorded and
 * the notification sets the user's wins beside it; the dashboard shows the week and the wins, a win is added from
 * its button; the weekly review opens; a date to apply again brings the way back to Needs action, and Apply Again…
 * starts the new application. The keyboard answers every question.
 */
describe('staying resilient in the real workbench', function () {
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
    session = await openSession(browser, { fixture: 'sample', name: 'ui-resilience', settings: { 'jobSearch.reminders.onStartup': false }, viewport: { width: 1400, height: 900 } });
    page = session.page;
    await page.locator('.activitybar .action-item a[aria-label="Job Search"]').first().click();
    await page.locator('.pane-header', { hasText: 'Applications' }).waitFor({ timeout: 60_000 });
  });

  afterEach(async function () {
    if (this.currentTest?.state === 'failed' && page) await screenshot(`failed-resilience-${this.currentTest.title.replace(/\W+/g, '-').slice(0, 50)}`);
  });

  after(async () => {
    await session?.close();
    await browser?.close();
  });

  it('records a rejection, and the notification counts what has gone right since the start', async () => {
    await runFromPalette(page, 'Record Rejection…');
    await pickAt(page, 'Record a rejection from which application?', 'Globex', 'Globex');
    await acceptAt(page, 'When did they tell you?');
    await answerTo(page, 'What did they say about why?', '');
    await fileShows('Globex rejected', (text) => parseJobSearch(text).applications.find((application) => application.company === 'Globex')?.status === 'rejected');
    const toast = page.locator('.notification-toast', { hasText: 'Recorded the rejection from Globex.' });
    await toast.waitFor({ timeout: 20_000 });
    const message = (await toast.locator('.notification-list-item-message').innerText()).replace(/\u200B/g, '');
    // The sample holds three interviews held, one training item done, a reply, dated feedback and a win of its own;
    // the notification names the first three kinds.
    assert.match(message, /Since you started: 3 interviews, 1 training item done, 1 reply\./);
    assert.equal(await toast.locator('.monaco-button', { hasText: 'Your Wins' }).count(), 1);
    await screenshot('resilience-rejection-toast');
    await page.keyboard.press('Escape');
  });

  it('shows this week against the goals and the wins in the dashboard, adds a win from its button, without accessibility violations', async () => {
    await runFromPalette(page, 'Open Dashboard');
    const frame = await dashboardFrame(page);
    const week = frame.locator('#week');
    await week.waitFor({ timeout: 20_000 });
    // The sample's goals: 3 applications, 2 messages, 2 training items a week.
    assert.match(await frame.locator('[data-figure="goal-applications"]').innerText(), /^\d+ of 3/);
    assert.match(await frame.locator('[data-figure="goal-outreach"]').innerText(), /^\d+ of 2/);
    assert.match(await frame.locator('[data-figure="goal-training"]').innerText(), /^\d+ of 2/);
    assert.match(await week.innerText(), /Last week/);
    const wins = frame.locator('#wins');
    assert.match(await wins.innerText(), /Since you started: 3 interviews/);
    assert.match(await wins.innerText(), /Gave a lightning talk on rate limiters at the platform meetup/);
    assert.match(await wins.innerText(), /Your numbers\n[\s\S]*2 of your 3 applications reached an interview\./);
    // A training item ticked from the dashboard counts towards this week's goal at once.
    const item = frame.locator('vscode-checkbox[label="Design a URL shortener and write it up"]');
    await item.focus();
    await page.keyboard.press('Space');
    await frame.locator('[data-figure="goal-training"]', { hasText: /^1 of 2/ }).waitFor({ timeout: 20_000 });
    assert.deepEqual(await axeViolations(frame), []);
    await week.evaluate((element) => element.scrollIntoView({ block: 'start' }));
    await screenshot('dashboard-resilience');

    // The button from the keyboard: focus it, then Enter; the questions come in the workbench.
    await frame.locator('vscode-button[data-focus-key="run/addWin"]').focus();
    await page.keyboard.press('Enter');
    await answerTo(page, 'What went well? Big or small, it counts', 'Stayed calm and asked for feedback after the no');
    await acceptAt(page, 'When?');
    await fileShows('the new win', (text) => parseJobSearch(text).wins.some((win) => win.text === 'Stayed calm and asked for feedback after the no' && win.date === TODAY));
    await frame.locator('#wins li', { hasText: 'Stayed calm and asked for feedback after the no' }).waitFor({ timeout: 20_000 });
  });

  it('opens the weekly review, saved under reviews/ beside the file', async () => {
    await runFromPalette(page, 'Weekly Review…');
    await page.locator('.tab', { hasText: `${TODAY}.md` }).waitFor({ timeout: 20_000 });
    await page.locator('.editor-group-container .view-lines', { hasText: 'Weekly review' }).first().waitFor({ timeout: 20_000 });
    const saved = readFileSync(join(session.folder, 'reviews', `${TODAY}.md`), 'utf8');
    assert.match(saved, /^# Weekly review, /);
    assert.match(saved, /### Training done\n\n- Design a URL shortener and write it up \(system design\) \(/);
    assert.match(saved, /### Wins\n\n(- .+\n)*- Stayed calm and asked for feedback after the no \(/);
    assert.match(saved, /## Your notes\n\n### What went well\?\n/);
    await screenshot('weekly-review');
  });

  it('a date to apply again brings the way back to Needs action, and Apply Again… starts the new application', async () => {
    await runFromPalette(page, 'Set a Date to Apply Again…');
    await pickAt(page, 'Set a date to apply again to which company?', 'Acme', 'Acme Corp');
    await waitForQuestion(page, 'When do you want to go back to Acme Corp?');
    await quickInput(page).fill(TODAY);
    await page.keyboard.press('Enter');
    await fileShows('the date to go back', (text) => parseJobSearch(text).applications[0]!.reapply === TODAY);
    const row = page.locator('.pane', { has: page.locator('.pane-header', { hasText: 'Applications' }) }).locator('.monaco-list-row', { hasText: 'The way back' }).first();
    await row.waitFor({ timeout: 20_000 });
    assert.match(await row.innerText(), /Acme Corp/);
    await row.click({ button: 'right' });
    const menu = page.locator('.context-view .monaco-menu');
    await menu.waitFor({ timeout: 10_000 });
    for (let step = 0; step < 8 && !(await menu.locator('.action-item.focused', { hasText: 'Apply Again…' }).count()); step++) await page.keyboard.press('ArrowDown');
    assert.equal(await menu.locator('.action-item.focused', { hasText: 'Apply Again…' }).count(), 1, 'the menu offers Apply Again…');
    await screenshot('resilience-way-back');
    await page.keyboard.press('Enter');
    await acceptAt(page, 'Role (optional)');
    await acceptAt(page, 'What has changed since you last applied?');
    // The stage list opens on Applied.
    await page.locator('.quick-input-list .monaco-list-row.focused', { hasText: 'Applied' }).waitFor({ timeout: 20_000 });
    await page.keyboard.press('Enter');
    await acceptAt(page, 'When did you apply?');
    await fileShows('the new application to Acme', (text) => {
      const again = parseJobSearch(text).applications.filter((application) => application.company === 'Acme Corp');
      return again.length === 2 && again[1]!.status === 'applied' && /^Applying again after the no on [\d-]+\. Worked on system design/.test(again[1]!.notes ?? '');
    });
    await page.locator('.pane', { has: page.locator('.pane-header', { hasText: 'Applications' }) }).locator('.monaco-list-row', { hasText: 'The way back' }).waitFor({ state: 'detached', timeout: 20_000 });
  });
});
