import * as assert from 'node:assert/strict';
import { format } from 'date-fns';
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser } from '../../scripts/host/browser';
import { ensureCodeServer } from '../../scripts/host/installCodeServer';
import { SCREENSHOTS_DIR } from '../../scripts/host/paths';
import { openSession, type WorkbenchSession } from '../../scripts/host/workbench';
import { dashboardFrame } from './dashboardFrame';

const WALKTHROUGH = 'job-search-companion.job-search-companion#getStarted';
const COMPANY = 'Walkthrough Co';

async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(SCREENSHOTS_DIR, { recursive: true });
  await page.screenshot({ path: join(SCREENSHOTS_DIR, `${name}.png`) });
}

/** Types into the open quick input and accepts it, once its (asynchronous) filtering has seen the text. */
async function answer(page: Page, text: string): Promise<void> {
  const input = page.locator('.quick-input-widget input');
  await input.waitFor({ state: 'visible', timeout: 20_000 });
  await input.fill(text);
  await page.waitForTimeout(300);
  await page.keyboard.press('Enter');
  await page.waitForTimeout(300);
}

/** Types into the open quick input, waits until a row shows `row`, and picks it. */
async function pick(page: Page, text: string, row: string): Promise<void> {
  const input = page.locator('.quick-input-widget input');
  await input.waitFor({ state: 'visible', timeout: 20_000 });
  await input.fill(text);
  await page.locator('.quick-input-list .monaco-list-row', { hasText: row }).first().waitFor({ timeout: 20_000 });
  await page.keyboard.press('Enter');
}

/** Brings the walkthrough back into view: its tab to the front, and its card clicked if the Welcome page went home. */
async function showWalkthrough(page: Page): Promise<void> {
  const tab = page.locator('.tab', { hasText: 'Welcome' });
  if (!(await tab.getAttribute('class'))?.split(' ').includes('active')) await tab.click();
  const card = page.locator(`button.getting-started-category[x-dispatch="selectCategory:${WALKTHROUGH}"]:not([disabled])`);
  if ((await card.count()) > 0) await card.click();
  await page.locator(`.getting-started-step[data-step-id^="${WALKTHROUGH}#"]:not([disabled])`).first().waitFor({ timeout: 20_000 });
}

/** Opens the step and clicks its button. */
async function runStep(page: Page, step: string): Promise<void> {
  await showWalkthrough(page);
  const entry = page.locator(`.getting-started-step[data-step-id="${WALKTHROUGH}#${step}"]`);
  await entry.click();
  // Selecting a step focuses it after its animation; let that happen before the command opens its input box, or the
  // late focus would close the box. A person's second click comes long after it.
  await page.waitForFunction((element) => (globalThis as unknown as { document: { activeElement: unknown } }).document.activeElement === element, await entry.elementHandle(), { timeout: 10_000 });
  await page.waitForTimeout(200);
  await entry.locator('a.monaco-button').click();
}

/** Waits for VS Code to tick the step, then pictures the walkthrough. */
async function expectDone(page: Page, step: string, index: number): Promise<void> {
  await showWalkthrough(page);
  await page.locator(`[data-done-step-id="${WALKTHROUGH}#${step}"][aria-checked="true"]`).waitFor({ timeout: 20_000 });
  await screenshot(page, `walkthrough-${index}-${step}`);
}

describe('the walkthrough, step by step in the real workbench', function () {
  this.timeout(300_000);
  let browser: Browser;
  let session: WorkbenchSession;

  before(async () => {
    await ensureCodeServer();
    browser = await launchBrowser();
    session = await openSession(browser, { fixture: 'empty', name: 'ui-walkthrough', settings: { 'jobSearch.reminders.onStartup': false, 'workbench.startupEditor': 'none' },
      // Wide enough that the walkthrough opens what each step does in a group beside it (VS Code stops doing that below ~950 px of editor).
      viewport: { width: 1600, height: 900 },
    });
  });

  afterEach(async function () {
    if (this.currentTest?.state === 'failed' && session) await screenshot(session.page, `failed-walkthrough-${this.currentTest.title.replace(/\W+/g, '-').slice(0, 50)}`);
  });

  after(async () => {
    await session?.close();
    await browser?.close();
  });

  it('opens from the command palette with every step still to do', async () => {
    const { page } = session;
    await page.keyboard.press('F1');
    await pick(page, '>Welcome: Open Walkthrough', 'Open Walkthrough');
    await pick(page, 'Get started with your job search', 'Get started with your job search');
    await page.locator('.getting-started-step').first().waitFor({ timeout: 20_000 });
    assert.deepEqual(
      await page.locator(`.getting-started-step[data-step-id^="${WALKTHROUGH}#"] .step-title`).allInnerTexts(),
      ['Create job-search.yaml', 'Add an application', 'Record an interview', 'Draft a thank-you note', 'Record a rejection and follow through', 'Keep the people you meet', 'Add a reflection', 'Add a training item', 'Open the dashboard', 'Set goals you can keep', 'Prepare with what the last interviews taught'],
    );
    assert.equal(await page.locator(`[data-done-step-id^="${WALKTHROUGH}#"][aria-checked="true"]`).count(), 0);
    await screenshot(page, 'walkthrough-0-start');
  });

  it('1. creates job-search.yaml', async () => {
    const { page } = session;
    await runStep(page, 'createFile');
    await page.locator('.tab', { hasText: 'job-search.yaml' }).waitFor({ timeout: 20_000 });
    await expectDone(page, 'createFile', 1);
  });

  it('2. adds an application, and cancelling it ticks nothing', async () => {
    const { page } = session;
    await runStep(page, 'addApplication');
    await page.locator('.quick-input-widget input').waitFor({ state: 'visible', timeout: 20_000 });
    await page.keyboard.press('Escape');
    await page.waitForTimeout(1000);
    assert.equal(await page.locator(`[data-done-step-id="${WALKTHROUGH}#addApplication"]`).getAttribute('aria-checked'), 'false');
    await runStep(page, 'addApplication');
    await answer(page, COMPANY);
    await answer(page, 'Staff Engineer');
    await answer(page, 'Applied');
    // When you applied: today is prefilled.
    await page.locator('.quick-input-widget', { hasText: 'When did you apply?' }).waitFor();
    await answer(page, await page.locator('.quick-input-widget input').inputValue());
    await answer(page, 'https://walkthrough.example/jobs/1');
    await expectDone(page, 'addApplication', 2);
    assert.match(readFileSync(join(session.folder, 'job-search.yaml'), 'utf8'), /company: Walkthrough Co/);
  });

  it('3. records an interview', async () => {
    const { page } = session;
    await runStep(page, 'recordInterview');
    await answer(page, COMPANY);
    // The date box is prefilled with today.
    await page.locator('.quick-input-widget', { hasText: 'YYYY-MM-DD' }).waitFor();
    await answer(page, await page.locator('.quick-input-widget input').inputValue());
    await answer(page, 'Technical interview');
    // Each step keeps its title, and a screen reader hears the question rather than an example answer.
    await page.locator('.quick-input-widget', { hasText: 'Who interviewed you?' }).waitFor();
    assert.equal(await page.locator('.quick-input-widget input').getAttribute('aria-label'), `Who interviewed you? Names separated by commas (optional) - Interview at ${COMPANY}`);
    await answer(page, 'Jamie Rivera');
    await expectDone(page, 'recordInterview', 3);
  });

  it('4. drafts a thank-you note', async () => {
    const { page } = session;
    await runStep(page, 'draftThankYou');
    await answer(page, COMPANY);
    // The interviewer typed into Record Interview is now a contact, so the draft greets them by name.
    await page.locator('.editor-group-container .view-lines', { hasText: 'Hi Jamie,' }).first().waitFor({ timeout: 20_000 });
    assert.match(readFileSync(join(session.folder, 'job-search.yaml'), 'utf8'), /- name: Jamie Rivera\n +role: Interviewer\n/);
    await expectDone(page, 'draftThankYou', 4);
  });

  it('5. records a rejection and schedules the follow-through', async () => {
    const { page } = session;
    await runStep(page, 'recordRejection');
    await answer(page, COMPANY);
    await answer(page, format(new Date(), 'yyyy-MM-dd'));
    await answer(page, 'More depth on distributed tracing');
    await page.locator('.notification-toast', { hasText: `Recorded the rejection from ${COMPANY}` }).waitFor({ timeout: 20_000 });
    await expectDone(page, 'recordRejection', 5);
    const text = readFileSync(join(session.folder, 'job-search.yaml'), 'utf8');
    assert.match(text, /kind: rejection-reply/);
    assert.match(text, /text: More depth on distributed tracing/);
  });

  it('6. keeps someone met, under people and linked from the application', async () => {
    const { page } = session;
    await runStep(page, 'addContact');
    await pick(page, COMPANY, COMPANY);
    await answer(page, 'Sam Okafor');
    await answer(page, 'Hiring Manager');
    await answer(page, '');
    await answer(page, 'ran the final round');
    await page.locator('.notification-toast', { hasText: `Added Sam Okafor to ${COMPANY} and to your people.` }).waitFor({ timeout: 20_000 });
    await expectDone(page, 'addContact', 6);
    const text = readFileSync(join(session.folder, 'job-search.yaml'), 'utf8');
    assert.match(text, /- \{?person: Sam Okafor\}?\n/);
    assert.match(text, /people:\n {2}- name: Sam Okafor\n {4}company: Walkthrough Co\n {4}role: Hiring Manager\n {4}met: ran the final round\n/);
  });

  it('7. adds a reflection', async () => {
    const { page } = session;
    await runStep(page, 'addReflection');
    await answer(page, COMPANY);
    await answer(page, 'Technical interview');
    await answer(page, '3');
    await answer(page, 'Explained the trade-offs of the cache');
    await answer(page, 'Distributed tracing');
    await answer(page, '');
    await answer(page, '');
    await expectDone(page, 'addReflection', 7);
  });

  it('8. adds a training item', async () => {
    const { page } = session;
    await runStep(page, 'addTraining');
    await answer(page, 'Distributed tracing');
    await answer(page, 'Instrument a small service with OpenTelemetry');
    await answer(page, '');
    await expectDone(page, 'addTraining', 8);
    assert.match(readFileSync(join(session.folder, 'job-search.yaml'), 'utf8'), /Instrument a small service with OpenTelemetry/);
  });

  it('9. opens the dashboard', async () => {
    const { page } = session;
    await runStep(page, 'openDashboard');
    // In front, not behind the walkthrough.
    await page.locator('.tab.active', { hasText: 'Job Search Dashboard' }).waitFor({ timeout: 20_000 });
    await dashboardFrame(page);
    await screenshot(page, 'walkthrough-9-dashboard-in-front');
    await expectDone(page, 'openDashboard', 9);
  });

  it('10. sets weekly goals, the suggested ones accepted', async () => {
    const { page } = session;
    await runStep(page, 'setWeeklyGoals');
    for (const question of ['Applications to send each week', 'Messages to people each week', 'Training items to finish each week']) {
      await page.locator('.quick-input-widget', { hasText: question }).or(page.locator(`.quick-input-widget input[placeholder*="${question}"]`)).first().waitFor({ timeout: 20_000 });
      await page.keyboard.press('Enter');
    }
    await expectDone(page, 'setWeeklyGoals', 10);
    assert.match(readFileSync(join(session.folder, 'job-search.yaml'), 'utf8'), /\n {2}goals:\n {4}applications: 3\n {4}outreach: 3\n {4}training: 2\n/);
  });

  it('11. prepares for the interview, and every step is done', async () => {
    const { page } = session;
    await runStep(page, 'prepareForInterview');
    await pick(page, COMPANY, COMPANY);
    await page.locator('.tab', { hasText: /\.md$/ }).first().waitFor({ timeout: 20_000 });
    await expectDone(page, 'prepareForInterview', 11);
    assert.match(readFileSync(join(session.folder, 'job-search.yaml'), 'utf8'), /prep: prep\/[\w-]+\.md/);
    assert.equal(await page.locator(`[data-done-step-id^="${WALKTHROUGH}#"][aria-checked="true"]`).count(), 11);
  });
});
