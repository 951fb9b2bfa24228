import * as assert from 'node:assert/strict';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { addDays, format } from 'date-fns';
import * as fc from 'fast-check';
import type { Browser, Frame, Page } from 'playwright-core';
import { formatScalar } from '../../src/model/yamlEdits';
import { launchBrowser } from '../../scripts/host/browser';
import { ensureCodeServer } from '../../scripts/host/installCodeServer';
import { SCREENSHOTS_DIR } from '../../scripts/host/paths';
import { openSession, type WorkbenchSession } from '../../scripts/host/workbench';
import { axeViolations } from './axe';
import { dashboardFrame } from './dashboardFrame';

async function runCommand(page: Page, title: string): Promise<void> {
  // A webview taking focus while it loads can close the palette under the test; open it again then.
  for (let attempt = 1; ; attempt++) {
    try {
      await page.keyboard.press('F1');
      await page.locator('.quick-input-widget input').fill(`>${title}`, { timeout: 10_000 });
      // Click the command itself: Enter would run whichever fuzzy match happens to be first.
      await page.locator('.quick-input-widget .monaco-list-row', { hasText: title }).first().click({ timeout: 10_000 });
      return;
    } catch (error) {
      if (attempt === 3) throw error;
      await page.keyboard.press('Escape');
    }
  }
}

async function figure(frame: Frame, name: string): Promise<string> {
  return (await frame.locator(`[data-figure="${name}"]`).first().innerText()).trim();
}

async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(SCREENSHOTS_DIR, { recursive: true });
  await page.screenshot({ path: join(SCREENSHOTS_DIR, `${name}.png`) });
}

describe('the dashboard webview', function () {
  this.timeout(240_000);
  let browser: Browser;

  before(async () => {
    await ensureCodeServer();
    browser = await launchBrowser();
  });

  after(async () => {
    await browser?.close();
  });

  afterEach(async function () {
    const page = browser?.contexts().at(-1)?.pages()[0];
    if (this.currentTest?.state === 'failed' && page) await screenshot(page, `failed-dashboard-${this.currentTest.title.replace(/\W+/g, '-').slice(0, 50)}`);
  });

  describe('on the sample workspace', () => {
    let session: WorkbenchSession;
    let frame: Frame;
    const refused: string[] = [];

    before(async () => {
      // The startup reminder has its own test; here its toast would only cover the page.
      session = await openSession(browser, { fixture: 'sample', name: 'ui-dashboard', settings: { 'jobSearch.reminders.onStartup': false } });
      session.page.on('console', (message) => {
        if (/Content Security Policy|Refused to/i.test(message.text())) refused.push(message.text());
      });
      await session.page.locator('.activitybar .action-item a[aria-label="Job Search"]').first().click();
      await runCommand(session.page, 'Job Search: Open Dashboard');
      frame = await dashboardFrame(session.page);
    });

    after(async () => {
      await session?.close();
    });

    it('renders every section with the figures of the file', async () => {
      for (const id of ['needs-action', 'week', 'wins', 'pipeline', 'outcomes', 'reflections', 'follow-through', 'network', 'training']) await frame.locator(`#${id}`).waitFor();
      assert.equal(await figure(frame, 'applications'), '4');
      assert.deepEqual(
        [await figure(frame, 'applied'), await figure(frame, 'interviewed'), await figure(frame, 'offered'), await figure(frame, 'response-rate')],
        ['3', '2', '0', '67%'],
      );
      assert.deepEqual(await frame.locator('#needs-action li .label').allInnerTexts(), ['Thank-you note', 'Final round', 'Status check-in']);
      assert.equal(await frame.locator('#needs-action vscode-button').count(), 2, 'follow-ups can be drafted, interviews cannot');
      assert.equal(await figure(frame, 'thank-you'), '1 of 1 (100%)');
      assert.equal(await figure(frame, 'feedback-request'), '1 of 1 (100%)');
      // The reply to the rejection asked; the answer came three days later and was kept as feedback.
      assert.deepEqual([await figure(frame, 'feedback-asked'), await figure(frame, 'feedback-received'), await figure(frame, 'feedback-reply-days')], ['1', '1', '3']);
      assert.equal(await frame.locator('[data-skill="system design"] [data-figure="progress"]').innerText(), '1/3');
      // Jordan, met at a meetup, was asked for a referral to Umbrella Health and has not answered yet.
      assert.deepEqual([await figure(frame, 'people'), await figure(frame, 'referrals-asked'), await figure(frame, 'referrals-given')], ['1', '1', '0']);
      // The sample's weekly goals, and its wins since the start.
      assert.match(await figure(frame, 'goal-applications'), /^\d+ of 3/);
      assert.match(await figure(frame, 'since-start'), /^Since you started: 3 interviews, 1 training item done, 1 reply/);
      // Acme (LinkedIn, v2-generalist) heard back in 7 days and ended after a technical round; Globex (a referral,
      // v3-backend) in 10 days; Initech has not heard back yet.
      assert.equal(await figure(frame, 'reply-days'), 'First replies came after 8.5 days (median of 2 replies). 1 application has had no reply yet.');
      assert.match((await frame.locator('#by-resume canvas').getAttribute('aria-label'))!, /v3-backend: 1 of 2 reached an interview; v2-generalist: 1 of 1 reached an interview/);
      assert.equal(await frame.locator('canvas[role="img"]').count(), 8);
      assert.match((await frame.locator('#stages canvas').getAttribute('aria-label'))!, /Wishlist: 1, Applied: 1, Interviewing: 1, Rejected: 1/);
      await frame.locator('#stages details summary').click();
      assert.deepEqual(await frame.locator('#stages table tbody tr').allInnerTexts(), ['Wishlist\t1', 'Applied\t1', 'Interviewing\t1', 'Rejected\t1']);
      await screenshot(session.page, 'dashboard-light');
    });

    it('passes axe-core in the light theme', async () => {
      assert.deepEqual(await axeViolations(frame), []);
    });

    it('runs with no Content Security Policy violation', async () => {
      assert.equal(await frame.locator('body').getAttribute('data-csp-violations'), '0');
      assert.deepEqual(refused, []);
    });

    it('ticking a checklist item writes it to the file', async () => {
      const item = frame.locator('[data-skill="system design"] vscode-checkbox[label="Design a URL shortener and write it up"]');
      await item.click();
      const file = join(session.folder, 'job-search.yaml');
      const deadline = Date.now() + 20_000;
      while (!/"Design a URL shortener and write it up", done: true, doneOn: \d{4}-\d{2}-\d{2}\}/.test(readFileSync(file, 'utf8')) && Date.now() < deadline) await session.page.waitForTimeout(200);
      assert.match(readFileSync(file, 'utf8'), /"Design a URL shortener and write it up", done: true, doneOn: \d{4}-\d{2}-\d{2}\}/);
      await frame.locator('[data-skill="system design"] [data-figure="progress"]', { hasText: '2/3' }).waitFor();
    });

    it('ticks by keyboard, and keeps the focus where it was when the page redraws', async () => {
      const item = frame.locator('[data-skill="caching"] vscode-checkbox').first();
      await item.focus();
      const renders = Number(await frame.locator('body').getAttribute('data-renders'));
      await session.page.keyboard.press('Space');
      const deadline = Date.now() + 20_000;
      while (Number(await frame.locator('body').getAttribute('data-renders')) <= renders && Date.now() < deadline) await session.page.waitForTimeout(100);
      assert.ok(Number(await frame.locator('body').getAttribute('data-renders')) > renders, 'the tick was written and the page redrew');
      await frame.locator('[data-skill="caching"] [data-figure="progress"]', { hasText: '1/1' }).waitFor();
      const focusKey = (): Promise<string | null> => frame.evaluate(() => (globalThis as unknown as { document: { activeElement: { getAttribute(name: string): string | null } | null } }).document.activeElement?.getAttribute('data-focus-key') ?? null);
      assert.equal(await focusKey(), 'training/caching/0', 'the focus stays on the ticked item');
      // Shift+Tab goes back to the previous checklist item, not to the top of the page.
      await session.page.keyboard.press('Shift+Tab');
      assert.match((await focusKey()) ?? '', /^training\/system design\/\d$/);
    });

    it('keeps an open data table open when the file changes', async () => {
      await frame.locator('#weeks details summary').click();
      assert.equal(await frame.locator('#weeks details').getAttribute('open'), '');
      const file = join(session.folder, 'job-search.yaml');
      const renders = Number(await frame.locator('body').getAttribute('data-renders'));
      writeFileSync(file, `${readFileSync(file, 'utf8')}# a comment, so the panel redraws\n`);
      // Poll from here: the page's CSP rightly refuses the string evaluation waitForFunction would use.
      const deadline = Date.now() + 20_000;
      while (Number(await frame.locator('body').getAttribute('data-renders')) <= renders && Date.now() < deadline) await session.page.waitForTimeout(100);
      assert.ok(Number(await frame.locator('body').getAttribute('data-renders')) > renders, 'the panel redrew');
      assert.equal(await frame.locator('#weeks details').getAttribute('open'), '');
    });

    it('follows edits of the file', async () => {
      // Another program (git, another editor) changes the file on disk.
      const file = join(session.folder, 'job-search.yaml');
      writeFileSync(file, readFileSync(file, 'utf8').replace('applications:\n', 'applications:\n  - {company: Hooli, status: applied, history: [{date: 2026-11-16, status: applied}]}\n'));
      await frame.locator('[data-figure="applications"]', { hasText: '5' }).waitFor({ timeout: 20_000 });
      assert.equal(await figure(frame, 'applied'), '4');
    });

    it('Draft opens the follow-up as a draft', async () => {
      await frame.locator('#needs-action li', { hasText: 'Status check-in' }).locator('vscode-button').click();
      await session.page.locator('.editor-group-container .view-lines', { hasText: 'My application for the' }).first().waitFor({ timeout: 20_000 });
    });

    it('comes back after the window reloads', async () => {
      await session.page.reload();
      await session.page.waitForSelector('.monaco-workbench', { timeout: 90_000 });
      await session.page.locator('.tab', { hasText: 'Job Search Dashboard' }).click();
      frame = await dashboardFrame(session.page);
      await frame.locator('[data-figure="applications"]', { hasText: '5' }).waitFor({ timeout: 30_000 });
    });

    it('redraws in the dark theme', async () => {
      await session.page.locator('.tab', { hasText: 'Job Search Dashboard' }).click();
      await runCommand(session.page, 'Preferences: Toggle between Light/Dark Themes');
      frame = await dashboardFrame(session.page);
      await frame.locator('body.vscode-dark').waitFor({ timeout: 20_000 });
      await frame.locator('#pipeline').scrollIntoViewIfNeeded();
      await screenshot(session.page, 'dashboard-dark');
      assert.equal(await frame.locator('body').getAttribute('data-csp-violations'), '0');
      assert.deepEqual(await axeViolations(frame), []);
    });

    it('redraws in the high-contrast themes, and passes axe-core in each', async () => {
      for (const [theme, bodyClass] of [
        ['Dark High Contrast', 'vscode-high-contrast'],
        ['Light High Contrast', 'vscode-high-contrast-light'],
      ] as const) {
        await runCommand(session.page, 'Preferences: Color Theme');
        await session.page.locator('.quick-input-widget input').fill(theme);
        await session.page.locator('.quick-input-widget .monaco-list-row', { hasText: theme }).first().waitFor();
        await session.page.keyboard.press('Enter');
        frame = await dashboardFrame(session.page);
        await frame.locator(`body.${bodyClass}`).waitFor({ timeout: 20_000 });
        await screenshot(session.page, `dashboard-${bodyClass}`);
        assert.deepEqual(await axeViolations(frame), [], theme);
      }
    });
  });

  describe('on a file full of HTML and script', () => {
    let session: WorkbenchSession;

    before(async () => {
      session = await openSession(browser, { fixture: 'injection', name: 'ui-injection', settings: { 'jobSearch.reminders.onStartup': false } });
    });

    after(async () => {
      await session?.close();
    });

    it('shows the text literally and runs none of it', async () => {
      const dialogs: string[] = [];
      session.page.on('dialog', (dialog) => {
        dialogs.push(dialog.message());
        void dialog.dismiss();
      });
      await session.page.locator('.activitybar .action-item a[aria-label="Job Search"]').first().click();
      await runCommand(session.page, 'Job Search: Open Dashboard');
      const frame = await dashboardFrame(session.page);
      const text = await frame.locator('#app').innerText();
      assert.ok(text.includes("2 days overdue") || text.includes('overdue'), text.slice(0, 200));
      assert.ok(text.includes("<img src=x onerror=alert('company')>"), 'company shown as text');
      assert.ok(text.includes("<b onmouseover=alert('gap')>bold</b>"), 'gap shown as text');
      assert.ok(text.includes("<svg onload=alert('skill')>"), 'skill shown as text');
      assert.equal(await frame.locator('#app img, #app svg, #app b, #app script').count(), 0, 'no element was created from file text');
      assert.equal(await frame.locator('body').getAttribute('data-csp-violations'), '0');
      await session.page.waitForTimeout(500);
      assert.deepEqual(dialogs, []);
      await screenshot(session.page, 'dashboard-injection');
    });

    it('shows random text from every field it lists exactly as written, and creates nothing from it', async () => {
      // Printable text heavy in what HTML, markdown, snippets and YAML treat specially; one space between words,
      // because HTML shows runs of white space as one.
      const alphabet = fc.constantFrom(...'<>&"\'/=;:()[]{}$`*_#!|\\%@?.,-+~^ aZé中😀'.split(/(?:)/u));
      const word = fc.string({ unit: alphabet, minLength: 1, maxLength: 24 }).map((text) => text.replace(/\s+/g, ' ').trim()).filter(Boolean);
      const texts = fc.sample(fc.uniqueArray(word, { minLength: 60, maxLength: 60, selector: (text) => text.toLowerCase() }), { numRuns: 1, seed: 20261122 })[0]!;
      const [companies, skills] = [texts.slice(0, 30), texts.slice(30)];
      const due = format(addDays(new Date(), -3), 'yyyy-MM-dd');
      const file = [
        'applications:',
        ...companies.flatMap((company) => [`  - company: ${formatScalar(company)}`, '    status: rejected', `    followUps:`, `      - {kind: thank-you, due: ${due}}`]),
        'training:',
        ...skills.flatMap((skill) => [`  - skill: ${formatScalar(skill)}`, '    items:', '      - {task: practise, done: false}']),
        '',
      ].join('\n');
      writeFileSync(join(session.folder, 'job-search.yaml'), file);
      const frame = await dashboardFrame(session.page);
      await frame.locator('[data-figure="applications"]', { hasText: String(companies.length) }).waitFor({ timeout: 30_000 });
      // Thirty overdue thank-yous: the eight most urgent show, the rest fold under one toggle, so the figures stay near.
      assert.equal(await frame.locator('#needs-action > ul.actions > li').count(), 8);
      const more = frame.locator('#needs-action-more summary');
      assert.equal((await more.innerText()).trim(), 'Show 22 more');
      await more.click();
      assert.equal(await frame.locator('#needs-action-more li').count(), 22);
      const shown = (await frame.locator('#app').innerText()).replace(/\s+/g, ' ');
      const missing = texts.filter((text) => !shown.includes(text));
      assert.deepEqual(missing, [], 'every company and skill appears as written');
      assert.equal(await frame.locator('#app img, #app svg, #app b, #app a, #app script, #app iframe').count(), 0, 'no element was created from file text');
      assert.equal(await frame.locator('body').getAttribute('data-csp-violations'), '0');
      await screenshot(session.page, 'dashboard-random-text');
    });
  });
});
