import * as assert from 'node:assert/strict';
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { addDays, format } from 'date-fns';
import type { Browser, Frame, Page } from 'playwright-core';
import { parseJobSearch } from '../../src/model/parseJobSearch';
import { launchBrowser } from '../../scripts/host/browser';
import { ensureCodeServer } from '../../scripts/host/installCodeServer';
import { SCREENSHOTS_DIR } from '../../scripts/host/paths';
import { openSession, type WorkbenchSession } from '../../scripts/host/workbench';
import { axeViolations } from './axe';
import { dashboardFrame } from './dashboardFrame';

const day = (offset: number): string => format(addDays(new Date(), offset), 'yyyy-MM-dd');
const TODAY = day(0);

/**
 * A new user's first hour, from an empty workspace, with the keyboard and the real quick inputs only: no file is
 * prepared and nothing is clicked. After every step the file is read back: it must have no problem and keep its
 * block style, with short lines.
 */
describe('the first hour from an empty workspace, by keyboard', function () {
  this.timeout(300_000);
  let browser: Browser;
  let session: WorkbenchSession;
  let page: Page;
  let step = 0;

  const file = (): string => readFileSync(join(session.folder, 'job-search.yaml'), 'utf8');

  async function screenshot(name: string): Promise<void> {
    mkdirSync(SCREENSHOTS_DIR, { recursive: true });
    await page.screenshot({ path: join(SCREENSHOTS_DIR, `journey-${String(++step).padStart(2, '0')}-${name}.png`) });
  }

  /** The file as it is after a step: no problem at all, block style kept, no line longer than 100 characters. */
  function expectCleanFile(): ReturnType<typeof parseJobSearch> {
    const text = file();
    const parsed = parseJobSearch(text);
    assert.deepEqual(parsed.problems.map((problem) => `${problem.range.start.line + 1}: ${problem.message}`), [], text);
    assert.deepEqual(text.split('\n').filter((line) => line.length > 100), [], 'no long lines');
    assert.doesNotMatch(text, /^ {2}- \{/m, 'applications are written key by key, as the file is');
    return parsed;
  }

  /** Waits until the file on disk satisfies `check`. */
  async function fileShows(what: string, check: (text: string) => boolean): Promise<void> {
    const deadline = Date.now() + 20_000;
    while (!check(file()) && Date.now() < deadline) await page.waitForTimeout(150);
    assert.ok(check(file()), `the file should show ${what}:\n${file()}`);
  }

  const input = (): ReturnType<Page['locator']> => page.locator('.quick-input-widget input');

  /** Types into the open quick input and presses Enter once its list or message has caught up. */
  async function answer(text: string): Promise<void> {
    await input().waitFor({ state: 'visible', timeout: 20_000 });
    await input().fill(text);
    await page.waitForTimeout(300);
    await page.keyboard.press('Enter');
    await page.waitForTimeout(300);
  }

  /** Waits for the quick input to ask `question` (its title, prompt or placeholder), then answers. */
  async function answerTo(question: string | RegExp, text: string): Promise<void> {
    await page.locator('.quick-input-widget', { hasText: question }).or(page.locator(`.quick-input-widget input[placeholder*="${String(question).replace(/"/g, '')}"]`)).first().waitFor({ timeout: 20_000 });
    await answer(text);
  }

  /** Waits for the quick input to ask `question`, then takes what it offers (a prefilled date, the first choice) with Enter. */
  async function acceptAt(question: string): Promise<void> {
    await page.locator('.quick-input-widget', { hasText: question }).or(page.locator(`.quick-input-widget input[placeholder*="${question.replace(/"/g, '')}"]`)).first().waitFor({ timeout: 20_000 });
    await page.waitForTimeout(300);
    await page.keyboard.press('Enter');
    await page.waitForTimeout(300);
  }

  /** Presses a notification's button from the keyboard: focus the toast, Tab to the button, Enter. */
  async function pressInToast(toast: ReturnType<Page['locator']>, button: string): Promise<void> {
    await toast.waitFor({ timeout: 20_000 });
    await page.keyboard.press('F1');
    await input().fill('>Notifications: Focus Notification Toast');
    await page.locator('.quick-input-list .monaco-list-row.focused', { hasText: 'Focus Notification Toast' }).waitFor();
    await page.keyboard.press('Enter');
    for (let tab = 0; tab < 8 && !(await toast.locator('.monaco-button:focus', { hasText: button }).count()); tab++) await page.keyboard.press('Tab');
    assert.equal(await toast.locator('.monaco-button:focus', { hasText: button }).count(), 1, `the keyboard reaches “${button}”`);
    await page.keyboard.press('Enter');
  }

  /** Runs a command from the palette by its title, with Enter on the row that matches it exactly. */
  async function run(title: string): Promise<void> {
    // The palette lists the commands known when it opens; right after start-up, open it again until they are there.
    for (let attempt = 1; ; attempt++) {
      await page.keyboard.press('F1');
      await input().fill(`>Job Search: ${title}`);
      const found = await page.locator('.quick-input-list .monaco-list-row.focused', { hasText: `Job Search: ${title}` }).waitFor({ timeout: 5_000 }).then(() => true, () => false);
      if (found) break;
      await page.keyboard.press('Escape');
      if (attempt === 4) assert.fail(`the palette has no “Job Search: ${title}”`);
    }
    await page.keyboard.press('Enter');
  }

  before(async () => {
    await ensureCodeServer();
    browser = await launchBrowser();
    session = await openSession(browser, { fixture: 'empty', name: 'ui-journey' });
    page = session.page;
    await page.locator('.activitybar .action-item a[aria-label="Job Search"], .activitybar .action-item[aria-label="Job Search"]').first().waitFor({ timeout: 60_000 });
  });

  afterEach(async function () {
    if (this.currentTest?.state === 'failed' && page) await page.screenshot({ path: join(SCREENSHOTS_DIR, `failed-journey-${this.currentTest.title.replace(/\W+/g, '-').slice(0, 50)}.png`) });
  });

  after(async () => {
    await session?.close();
    await browser?.close();
  });

  it('creates job-search.yaml: the user’s own, with the cursor on the name to fill in', async () => {
    await run('Create job-search.yaml');
    await page.locator('.tab.active', { hasText: 'job-search.yaml' }).waitFor({ timeout: 20_000 });
    const parsed = expectCleanFile();
    assert.equal(parsed.applications.length, 0);
    assert.doesNotMatch(file(), /Alex Doe|Acme|Globex/);
    await screenshot('created');
  });

  it('fills in the profile by typing, and saves', async () => {
    // The cursor waits after `name:`.
    await page.keyboard.type(' Sam Rivera');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('End');
    await page.keyboard.type(' sam@example.com');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('End');
    await page.keyboard.type(' Sam Rivera, github.com/samrivera');
    await page.keyboard.press('Control+S');
    await fileShows('the profile', (text) => text.includes('  name: Sam Rivera\n  email: sam@example.com\n  signature: Sam Rivera, github.com/samrivera\n'));
    const parsed = expectCleanFile();
    assert.equal(parsed.profile?.name, 'Sam Rivera');
    await screenshot('profile');
  });

  it('adds one application sent last week and one sent today; Enter takes the stage it highlights', async () => {
    await run('Add Application…');
    await answerTo('Company', 'Acme Corp');
    await answerTo('Role', 'Backend Engineer');
    await page.locator('.quick-input-list .monaco-list-row.focused', { hasText: 'Applied' }).waitFor({ timeout: 20_000 });
    await page.keyboard.press('Enter');
    await answerTo('When did you apply?', day(-7));
    await answerTo('Link to the job posting', 'acme.example/jobs/42');
    await fileShows('Acme', (text) => text.includes('company: Acme Corp'));
    await run('Add Application…');
    await answerTo('Company', 'Globex');
    await answerTo('Role', 'Platform Engineer');
    await page.locator('.quick-input-list .monaco-list-row.focused', { hasText: 'Applied' }).waitFor({ timeout: 20_000 });
    await page.keyboard.press('Enter');
    await answerTo('When did you apply?', TODAY);
    await answerTo('Link to the job posting', '');
    await fileShows('Globex', (text) => text.includes('company: Globex'));
    const parsed = expectCleanFile();
    assert.deepEqual(
      parsed.applications.map((application) => [application.company, application.status, application.history.map((entry) => `${entry.date} ${entry.status}`), application.link]),
      [
        ['Acme Corp', 'applied', [`${day(-7)} applied`], 'https://acme.example/jobs/42'],
        ['Globex', 'applied', [`${TODAY} applied`], undefined],
      ],
    );
    assert.ok(file().includes(['  - company: Acme Corp', '    role: Backend Engineer', '    status: applied', '    link: https://acme.example/jobs/42', '    history:', `      - date: ${day(-7)}`, '        status: applied'].join('\n')));
    await screenshot('applications');
  });

  it('records an interview three days ago; the interviewer becomes a contact', async () => {
    await run('Record Interview…');
    await answerTo('Record an interview for which application?', 'Acme');
    await answerTo('Date of the interview', day(-3));
    await answerTo('What kind of interview?', 'Technical');
    await answerTo('Who interviewed you?', 'Jamie Lee');
    await fileShows('the interview', (text) => text.includes('status: interviewing'));
    const acme = expectCleanFile().applications[0]!;
    assert.deepEqual(acme.history.map((entry) => `${entry.date} ${entry.status}`), [`${day(-7)} applied`, `${day(-3)} interviewing`]);
    assert.deepEqual(acme.contacts.map((contact) => contact.name), ['Jamie Lee']);
    assert.deepEqual(acme.followUps.map((followUp) => [followUp.kind, followUp.contact]), [['thank-you', 'Jamie Lee']]);
    await screenshot('interview');
  });

  it('records the rejection with what they said: the feedback is kept, one reply is scheduled', async () => {
    await page.keyboard.press('Escape');
    await run('Record Rejection…');
    await answerTo('which application', 'Acme');
    await acceptAt('When did they tell you?');
    await answerTo('What did they say about why?', 'Strong API design; wanted more depth on system design');
    await fileShows('the rejection', (text) => text.includes('status: rejected'));
    const acme = expectCleanFile().applications[0]!;
    assert.equal(acme.history.at(-1)?.status, 'rejected');
    assert.deepEqual(acme.feedback.map((note) => [note.date, note.from, note.text]), [[TODAY, 'Jamie Lee', 'Strong API design; wanted more depth on system design']]);
    // One reply, no separate feedback request: they already said why.
    assert.deepEqual(acme.followUps.filter((followUp) => followUp.kind !== 'thank-you').map((followUp) => followUp.kind), ['rejection-reply', 'keep-in-touch']);
    await screenshot('rejection');
  });

  it('drafts the reply; Copy holds it back while its hint is unedited; typing fills it; Mark as sent records it', async () => {
    await page.keyboard.press('Escape');
    await run('Draft Reply to a Rejection…');
    await answerTo('for which application?', 'Acme');
    const editor = page.locator('.editor-group-container .view-lines', { hasText: 'Hi Jamie,' }).first();
    await editor.waitFor({ timeout: 20_000 });
    // They gave feedback already, so the reply thanks them for it rather than asking again.
    await page.locator('.editor-group-container .view-lines', { hasText: 'Thank you for letting me know, and for telling me what you saw.' }).first().waitFor();
    await run('Copy Message');
    const warning = page.locator('.notification-toast', { hasText: 'This draft is not ready yet.' });
    await warning.waitFor({ timeout: 20_000 });
    assert.match((await warning.innerText()).replace(/\s+/g, ' '), /Still as inserted: “what you will work on first”\./);
    await screenshot('draft-check');
    await pressInToast(warning, 'Go to It');
    await page.waitForTimeout(300);
    await page.keyboard.type('system design, starting with a URL shortener');
    await screenshot('draft');
    await run('Copy Message');
    await page.waitForTimeout(500);
    const copied = await page.evaluate(() => (globalThis as unknown as { navigator: { clipboard: { readText(): Promise<string> } } }).navigator.clipboard.readText());
    assert.match(copied, /^Hi Jamie,/);
    assert.match(copied.replace(/\s+/g, ' '), /I am going to use it: system design, starting with a URL shortener\./);
    assert.match(copied, /Sam Rivera, github\.com\/samrivera$/);
    await run('Mark Draft as Sent');
    await fileShows('the reply sent', (text) => new RegExp(`kind: rejection-reply\\s+due: [\\d-]+\\s+contact: Jamie Lee\\s+sent: ${TODAY}`).test(text));
    expectCleanFile();
    // The sent draft is closed; nothing asks to be saved.
    await page.locator('.tab', { hasText: 'Subject: Thank you' }).waitFor({ state: 'detached', timeout: 10_000 });
    await screenshot('reply-sent');
  });

  it('adds a reflection, and plans the gap it names from the offer that follows', async () => {
    await run('Add Reflection…');
    await answerTo('Reflect on which application?', 'Acme');
    await page.locator('.quick-input-list .monaco-list-row.focused', { hasText: 'latest interview' }).waitFor({ timeout: 20_000 });
    await page.keyboard.press('Enter');
    await answerTo('How confident did you feel?', '3');
    await answerTo('What went well?', 'clear API design');
    await answerTo('What would you improve?', 'system design');
    await answerTo('Feedback you received', '');
    await answerTo('What was outside your control?', 'an internal candidate');
    await fileShows('the reflection', (text) => text.includes('reflections:'));
    expectCleanFile();
    // The offer to plan it arrives as a notification; reach its button from the keyboard.
    const offer = page.locator('.notification-toast', { hasText: 'Plan how to work on system design?' });
    await pressInToast(offer, 'Add to Training Plan');
    await answerTo('A first concrete step', 'Design a URL shortener and write it up');
    await answerTo('Target date', '');
    await fileShows('the training entry', (text) => text.includes('skill: system design'));
    const parsed = expectCleanFile();
    assert.deepEqual(parsed.training.map((entry) => [entry.skill, entry.items.map((item) => item.task)]), [['system design', ['Design a URL shortener and write it up']]]);
    await screenshot('training-plan');
  });

  it('ticks the training item from the Training Plan view with the arrows and Space', async () => {
    await run('Focus on Training Plan View');
    const pane = page.locator('.pane', { has: page.locator('.pane-header', { hasText: 'Training Plan' }) });
    const itemRow = pane.locator('.monaco-list-row', { hasText: 'Design a URL shortener and write it up' });
    await itemRow.waitFor({ timeout: 20_000 });
    const inTree = (): Promise<boolean> => pane.evaluate((element) => element.contains(element.ownerDocument.activeElement));
    // Right after the notification of the step before, the workbench's first Focus leaves the keyboard on the page;
    // the same command again lands in the tree, as it does for a user who presses it twice. No click anywhere.
    for (let attempt = 0; attempt < 3 && !(await inTree()); attempt++) {
      await page.waitForTimeout(500);
      if (!(await inTree())) await run('Focus on Training Plan View');
    }
    assert.ok(await inTree(), 'the Focus command puts the keyboard in the Training Plan');
    for (let press = 0; press < 10 && !(await itemRow.evaluate((row) => row.classList.contains('focused'))); press++) {
      await page.keyboard.press('ArrowDown');
      await page.waitForTimeout(150);
    }
    assert.ok(await itemRow.evaluate((row) => row.classList.contains('focused')), 'the arrow keys reach the item');
    await page.keyboard.press('Space');
    await fileShows('the item done', (text) => new RegExp(`done: true\\s+doneOn: ${TODAY}`).test(text));
    expectCleanFile();
    await screenshot('ticked-in-tree');
  });

  it('records their answer with more feedback, keeps it as feedback, and plans the skill it names', async () => {
    await page.keyboard.press('Escape');
    await run('Reply Received…');
    await answerTo('Which message was answered?', 'Reply to the rejection');
    await acceptAt('When did they reply?');
    await answerTo('What did they say?', 'Glad to help. Go deeper on caching: eviction and consistency.');
    await pressInToast(page.locator('.notification-toast', { hasText: 'Keep it as the feedback from Acme Corp' }), 'Save as Feedback');
    await fileShows('the answer kept as feedback', (text) => text.includes('text: "Glad to help. Go deeper on caching: eviction and consistency."'));
    await pressInToast(page.locator('.notification-toast', { hasText: 'Saved as the feedback from Acme Corp.' }), 'Add to Training Plan');
    await answerTo('Which gap do you want to work on?', 'Another skill');
    await answerTo('Whose feedback?', 'eviction');
    await answerTo('Which skill does this feedback point to?', 'caching');
    await answerTo('A first concrete step', 'Compare cache-aside and write-through');
    await answerTo('Target date', '');
    await fileShows('the caching entry', (text) => text.includes('skill: caching'));
    const parsed = expectCleanFile();
    const acme = parsed.applications[0]!;
    assert.deepEqual(acme.feedback.map((note) => [note.date, note.from]), [[TODAY, 'Jamie Lee'], [TODAY, 'Jamie Lee']]);
    assert.equal(acme.followUps.find((followUp) => followUp.kind === 'rejection-reply')?.replied, TODAY);
    assert.deepEqual(parsed.training.map((entry) => entry.skill), ['system design', 'caching']);
    assert.deepEqual(parsed.training.at(-1)!.sources, ['Acme Corp / interviewer feedback']);
    const pane = page.locator('.pane', { has: page.locator('.pane-header', { hasText: 'Training Plan' }) });
    await pane.locator('.monaco-list-row', { hasText: 'caching' }).first().waitFor({ timeout: 20_000 });
    await screenshot('feedback-to-plan');
  });

  it('opens the dashboard and ticks by keyboard there too', async () => {
    await run('Open Dashboard');
    const frame: Frame = await dashboardFrame(page);
    const checkbox = frame.locator('vscode-checkbox').first();
    await checkbox.waitFor();
    await checkbox.focus();
    await page.keyboard.press('Space');
    await fileShows('the item not done again', (text) => !/done: true/.test(text));
    expectCleanFile();
    // Asked once (the reply), answered once with feedback.
    assert.equal(await frame.locator('[data-figure="feedback-asked"]').innerText(), '1');
    assert.equal(await frame.locator('[data-figure="feedback-received"]').innerText(), '1');
    await screenshot('dashboard');
  });

  it('passes axe-core in the dashboard in the light, dark and high-contrast themes', async () => {
    for (const [theme, bodyClass] of [
      ['Dark Modern', 'vscode-dark'],
      ['Dark High Contrast', 'vscode-high-contrast'],
      ['Light High Contrast', 'vscode-high-contrast-light'],
      ['Light Modern', 'vscode-light'],
    ] as const) {
      await page.keyboard.press('F1');
      await input().fill('>Preferences: Color Theme');
      // "Browse Color Themes in Marketplace" can rank first; arrow down to the picker itself.
      const picker = page.locator('.quick-input-list .monaco-list-row.focused', { hasText: /Preferences: Color Theme(?!s)/ });
      await page.locator('.quick-input-list .monaco-list-row').first().waitFor();
      for (let press = 0; press < 8 && !(await picker.count()); press++) await page.keyboard.press('ArrowDown');
      await picker.waitFor({ timeout: 5_000 });
      await page.keyboard.press('Enter');
      await input().fill(theme);
      // Enter only once the theme itself is the focused row, not "Browse Additional Color Themes…".
      await page.locator('.quick-input-list .monaco-list-row.focused', { hasText: theme, hasNotText: 'Browse' }).waitFor({ timeout: 20_000 });
      await page.keyboard.press('Enter');
      const frame = await dashboardFrame(page);
      await frame.locator(`body.${bodyClass}`).waitFor({ timeout: 20_000 });
      assert.deepEqual(await axeViolations(frame), [], theme);
      if (bodyClass === 'vscode-high-contrast') await screenshot('dashboard-high-contrast');
    }
  });
});
