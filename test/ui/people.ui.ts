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
import { acceptAt, answerTo, pickAt, quickInput, runFromPalette, waitForQuestion } from './quickInput';

/**
 * People across the search, on the sample: someone met at a meetup is added, becomes an interviewer, gets a logged
 * touch and a referral request, and shows in the People view and the dashboard. The keyboard drives every question.
 */
describe('people and referrals in the real workbench', function () {
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

  /** A row of the People view by its text. */
  const peopleRow = (text: string) => page.locator('.pane', { has: page.locator('.pane-header', { hasText: 'People' }) }).locator('.monaco-list-row', { hasText: text }).first();

  before(async () => {
    await ensureCodeServer();
    browser = await launchBrowser();
    session = await openSession(browser, { fixture: 'sample', name: 'ui-people', settings: { 'jobSearch.reminders.onStartup': false }, viewport: { width: 1400, height: 900 } });
    page = session.page;
    await page.locator('.activitybar .action-item a[aria-label="Job Search"]').first().click();
    // The People view starts folded, so the Applications tree keeps its room; open it as a user would.
    const header = page.locator('.pane-header', { hasText: 'People' });
    await header.waitFor({ timeout: 60_000 });
    if ((await header.getAttribute('aria-expanded')) !== 'true') await header.click();
  });

  afterEach(async function () {
    if (this.currentTest?.state === 'failed' && page) await screenshot(`failed-people-${this.currentTest.title.replace(/\W+/g, '-').slice(0, 50)}`);
  });

  after(async () => {
    await session?.close();
    await browser?.close();
  });

  it('adds someone met at a meetup to people only', async () => {
    await runFromPalette(page, 'Add Contact…');
    await pickAt(page, 'Add a contact to which application?', 'No application', 'No application: add to People only');
    await answerTo(page, 'Their name', 'Casey Moreno');
    await answerTo(page, 'Their role (optional)', 'Engineering Manager');
    await answerTo(page, 'Their company (optional)', 'Umbrella Health');
    await answerTo(page, 'Their email (optional)', 'casey@umbrella.example');
    await answerTo(page, 'How do you know them? (optional)', 'the platform meetup');
    await fileShows('Casey under people', (text) => /- name: Casey Moreno\n {4}company: Umbrella Health\n {4}role: Engineering Manager\n {4}met: the platform meetup\n {4}email: casey@umbrella.example\n/.test(text));
    await peopleRow('Casey Moreno').waitFor({ timeout: 20_000 });
  });

  it('records an interview with her, which adds her as a contact linked to people', async () => {
    await runFromPalette(page, 'Record Interview…');
    await pickAt(page, 'Record an interview for which application?', 'Umbrella', 'Umbrella Health');
    await acceptAt(page, 'Date of the interview');
    await pickAt(page, 'What kind of interview?', 'Technical', 'Technical');
    await waitForQuestion(page, 'Who interviewed you?');
    await quickInput(page).fill('Casey');
    await page.locator('.quick-input-list .monaco-list-row', { hasText: 'Casey Moreno' }).waitFor({ timeout: 20_000 });
    // Space ticks the row the list has focused; Enter takes what is ticked.
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Space');
    await page.keyboard.press('Enter');
    await fileShows('Casey linked as a contact and thanked', (text) => /- \{?person: Casey Moreno\}?\n/.test(text) && /kind: thank-you, due: [\d-]+, contact: Casey Moreno/.test(text));
  });

  it('logs a coffee with Jordan from the People view’s context menu', async () => {
    const jordan = peopleRow('Jordan Park');
    await jordan.waitFor({ timeout: 20_000 });
    await jordan.click({ button: 'right' });
    // The menu from the keyboard: down to the action, then Enter.
    const menu = page.locator('.context-view .monaco-menu');
    await menu.waitFor({ timeout: 10_000 });
    for (let step = 0; step < 8 && !(await menu.locator('.action-item.focused', { hasText: 'Log a Touch…' }).count()); step++) await page.keyboard.press('ArrowDown');
    assert.equal(await menu.locator('.action-item.focused', { hasText: 'Log a Touch…' }).count(), 1, 'the menu offers Log a Touch…');
    await page.keyboard.press('Enter');
    await pickAt(page, 'What was it?', 'Coffee', 'Coffee');
    await acceptAt(page, 'When?');
    await answerTo(page, 'A note to remember it by', 'Their on-call rotation, and a team that is growing');
    await pickAt(page, 'When should you reach out next?', 'In a month', 'In a month');
    await fileShows('the coffee with Jordan', (text) =>
      parseJobSearch(text).people[0]!.touches.some((touch) => touch.kind === 'coffee' && touch.notes === 'Their on-call rotation, and a team that is growing'),
    );
  });

  it('asks Casey for a referral: the draft, then Mark as sent records the ask', async () => {
    await runFromPalette(page, 'Ask for a Referral…');
    await pickAt(page, 'Ask whom for a referral?', 'Casey', 'Casey Moreno');
    await pickAt(page, 'For which application?', 'Umbrella', 'Umbrella Health');
    const draft = page.locator('.editor-group-container .view-lines', { hasText: 'Hi Casey,' }).first();
    await draft.waitFor({ timeout: 20_000 });
    // The first hint is selected: typing replaces it.
    await page.keyboard.type('I ran the migration of our payments service to Kubernetes last year.');
    await page.keyboard.press('Escape');
    await screenshot('people-referral-draft');
    await runFromPalette(page, 'Mark Draft as Sent');
    await fileShows('the ask logged with Casey', (text) =>
      parseJobSearch(text).people.some((person) => person.name === 'Casey Moreno' && person.touches.some((touch) => touch.kind === 'referral-asked' && touch.application === 'Umbrella Health')),
    );
  });

  it('shows who is due first in the People view, and the network in the dashboard, without accessibility violations', async () => {
    const casey = peopleRow('Casey Moreno');
    await casey.waitFor({ timeout: 20_000 });
    await casey.hover();
    await page.locator('.monaco-hover', { hasText: 'Referral asked on' }).first().waitFor({ timeout: 20_000 });
    await screenshot('people-view');
    await page.mouse.move(900, 600);
    await runFromPalette(page, 'Open Dashboard');
    const frame = await dashboardFrame(page);
    const network = frame.locator('#network');
    await network.waitFor({ timeout: 20_000 });
    assert.equal((await frame.locator('[data-figure="people"]').innerText()).trim(), '2');
    assert.equal((await frame.locator('[data-figure="referrals-asked"]').innerText()).trim(), '2');
    await network.scrollIntoViewIfNeeded();
    await screenshot('dashboard-network');
    assert.deepEqual(await axeViolations(frame), []);
  });
});
