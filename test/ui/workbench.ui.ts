import * as assert from 'node:assert/strict';
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Locator, Page } from 'playwright-core';
import { launchBrowser } from '../../scripts/host/browser';
import { ensureCodeServer } from '../../scripts/host/installCodeServer';
import { ROOT, SCREENSHOTS_DIR } from '../../scripts/host/paths';
import { openSession, type WorkbenchSession } from '../../scripts/host/workbench';
import { parseJobSearch } from '../../src/model/parseJobSearch';

/** The Job Search view's tree rows. */
function treeRows(page: Page): Locator {
  return page.locator('.pane:has(.pane-header[aria-label*="Applications"]) .monaco-list-row');
}

/** The tree row whose label is exactly `label`. */
function row(page: Page, label: string): Locator {
  return treeRows(page).filter({ has: page.locator('.label-name', { hasText: new RegExp(`^${label}$`) }) });
}

/** An application's own row, not a Needs action row that leads with its company (those have a mail or calendar icon). */
function applicationRow(page: Page, label: string): Locator {
  return row(page, label).filter({ hasNot: page.locator('.codicon-mail, .codicon-calendar') });
}

async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(SCREENSHOTS_DIR, { recursive: true });
  const path = join(SCREENSHOTS_DIR, `${name}.png`);
  await page.screenshot({ path });
  return path;
}

/** Types into the quick input and accepts it, once its (asynchronous) validation has seen the text. */
async function answerQuickInput(page: Page, text: string): Promise<void> {
  await page.locator('.quick-input-widget input').fill(text);
  await page.waitForTimeout(250);
  await page.keyboard.press('Enter');
}

async function openJobSearchView(page: Page): Promise<void> {
  // The activity bar item toggles: a click on it while the view shows would hide the side bar.
  if (!(await treeRows(page).first().isVisible())) {
    await page.locator('.activitybar .action-item a[aria-label="Job Search"], .activitybar .action-item[aria-label="Job Search"]').first().click();
  }
  await treeRows(page).first().waitFor({ timeout: 60_000 });
}

/** Opens a workbench on `fixture` before the enclosing suite and closes it after; returns a getter for it. */
function useSession(browser: () => Browser, fixture: string, name: string): () => WorkbenchSession {
  let session: WorkbenchSession | undefined;
  before(async () => {
    session = await openSession(browser(), { fixture, name });
  });
  afterEach(async function () {
    // A failing test leaves a picture of what the workbench showed.
    if (this.currentTest?.state === 'failed' && session) await screenshot(session.page, `failed-${this.currentTest.title.replace(/\W+/g, '-').slice(0, 60)}`);
  });
  after(async () => {
    await session?.close();
  });
  return () => session!;
}

describe('the workbench, driven like a person', function () {
  this.timeout(240_000);
  let browser: Browser;
  const getBrowser = (): Browser => browser;

  before(async () => {
    await ensureCodeServer();
    browser = await launchBrowser();
  });

  after(async () => {
    await browser?.close();
  });

  describe('on the sample workspace', () => {
    const session = useSession(getBrowser, 'sample', 'ui-sample');

    it('opens the Job Search view from the activity bar and shows the groups', async () => {
      const { page } = session();
      await openJobSearchView(page);
      await row(page, 'Rejected').waitFor();
      const labels = await treeRows(page).locator('.label-name').allInnerTexts();
      for (const label of ['Needs action', 'Wishlist', 'Applied', 'Interviewing', 'Rejected']) assert.ok(labels.includes(label), `${label} in ${labels.join(', ')}`);
      assert.ok(labels.indexOf('Needs action') < labels.indexOf('Wishlist'), 'Needs action comes first');
      await screenshot(page, 'applications-tree');
    });

    it('says on startup that a follow-up is overdue, and Snooze puts the reminder away', async () => {
      const { page } = session();
      const toast = page.locator('.notification-toast', { hasText: 'is overdue' });
      await toast.waitFor({ timeout: 20_000 });
      assert.match(await toast.innerText(), /A follow-up is overdue: Thank-you note, 3 days overdue · Globex\./);
      await toast.locator('a.monaco-button', { hasText: 'Snooze 3 days' }).click();
      await toast.waitFor({ state: 'detached' });
    });

    it('expands a folded group', async () => {
      const { page } = session();
      assert.equal(await applicationRow(page, 'Acme Corp').count(), 0, 'Rejected starts folded');
      await row(page, 'Rejected').click();
      await applicationRow(page, 'Acme Corp').waitFor();
      assert.equal(await row(page, 'Rejected').getAttribute('aria-expanded'), 'true');
      await screenshot(page, 'rejected-expanded');
    });

    it('clicking an application reveals its line in job-search.yaml', async () => {
      const { page } = session();
      await applicationRow(page, 'Acme Corp').click();
      await page.locator('.tab.active', { hasText: 'job-search.yaml' }).waitFor();
      const lines = readFileSync(join(ROOT, 'sample', 'job-search.yaml'), 'utf8').split('\n');
      const line = lines.findIndex((text) => text.includes('company: Acme Corp'));
      // The cursor sits at the start of the selected company name, so long lines scroll to where the entry begins.
      const column = lines[line]!.indexOf('Acme Corp');
      const selection = page.locator('[id="status.editor.selection"]');
      await selection.filter({ hasText: `Ln ${line + 1}, Col ${column + 1}` }).waitFor({ timeout: 10_000 });
      assert.match(await selection.innerText(), new RegExp(`Ln ${line + 1}, Col ${column + 1} \\(9 selected\\)`));
      await screenshot(page, 'application-revealed');
    });

    it('a CodeLens above a rejected application opens a filled-in draft beside the file', async () => {
      const { page } = session();
      // The reply to the rejection is sent and answered, so only the keep-in-touch is left on the company line.
      const lens = page.locator('.codelens-decoration a', { hasText: 'Keep in touch' }).first();
      await lens.waitFor({ timeout: 20_000 });
      assert.equal(await page.locator('.codelens-decoration a', { hasText: 'Reply to the rejection' }).count(), 0);
      await lens.click();
      // Acme Corp has two contacts, so the draft asks whom it is for.
      await page.locator('.quick-input-widget .monaco-list-row', { hasText: 'Jamie Lee' }).click();
      const draft = page.locator('.editor-group-container.active .view-lines');
      await draft.filter({ hasText: 'Subject: A quick hello, and an update' }).waitFor({ timeout: 20_000 });
      const text = (await draft.innerText()).replace(/\s+/g, ' ');
      assert.match(text, /Hi Jamie,/);
      assert.match(text, /Acme Corp/);
      // What the plan says was done since, from training whose source is Acme Corp.
      assert.match(text, /since then I have been working on system design \(Read two chapters on replication and partitioning\)\./);
      await page.locator('.editor-group-container.active .codelens-decoration a', { hasText: 'Mark as sent' }).waitFor();
      await screenshot(page, 'draft-from-codelens');
    });

    it('ticking a training item in the Training Plan tree writes it to the file', async () => {
      const { page } = session();
      const pane = page.locator('.pane', { has: page.locator('.pane-header', { hasText: 'Training Plan' }) });
      const header = pane.locator('.pane-header');
      if ((await header.getAttribute('aria-expanded')) !== 'true') await header.click();
      const itemRow = pane.locator('.monaco-list-row', { hasText: 'Design a URL shortener and write it up' });
      await itemRow.waitFor({ timeout: 20_000 });
      const checkbox = itemRow.locator('.custom-view-tree-node-item-checkbox');
      assert.equal(await checkbox.getAttribute('aria-checked'), 'false');
      await checkbox.click();
      await itemRow.locator('.label-description', { hasText: /^done today$/ }).waitFor({ timeout: 20_000 });
      assert.equal(await checkbox.getAttribute('aria-checked'), 'true');
      await pane.locator('.monaco-list-row', { hasText: 'system design' }).locator('.label-description', { hasText: /^2\/3/ }).waitFor();
      // Clicking the item's label reveals it in the file, where the new date and the item's CodeLens show.
      await itemRow.locator('.label-name').click();
      // Monaco draws spaces as no-break spaces, which \s matches.
      await page.locator('.editor-group-container .view-line', { hasText: /Design\sa\sURL\sshortener.*done:\strue,\sdoneOn:\s\d{4}/ }).first().waitFor({ timeout: 20_000 });
      await page.locator('.codelens-decoration a:visible', { hasText: '☑ Done — undo' }).first().waitFor();
      await screenshot(page, 'training-plan');
    });

    it('ticks a training item with the keyboard alone: arrows and Space, or the context menu', async () => {
      const { page } = session();
      await openJobSearchView(page);
      const pane = page.locator('.pane', { has: page.locator('.pane-header', { hasText: 'Training Plan' }) });
      const header = pane.locator('.pane-header');
      if ((await header.getAttribute('aria-expanded')) !== 'true') await header.click();
      const itemRow = pane.locator('.monaco-list-row', { hasText: 'Mock system design interview with a friend' });
      const checkbox = itemRow.locator('.custom-view-tree-node-item-checkbox');
      await itemRow.waitFor({ timeout: 20_000 });
      assert.equal(await checkbox.getAttribute('aria-checked'), 'false');
      // The checkbox has a name a screen reader can say.
      assert.equal(await checkbox.getAttribute('aria-label'), 'Mock system design interview with a friend, not done');
      await page.keyboard.press('F1');
      await answerQuickInput(page, '>Job Search: Focus on Training Plan View');
      // Walk down with the arrow keys to the item, as a keyboard user does.
      for (let step = 0; step < 12 && !(await itemRow.evaluate((row) => row.classList.contains('focused'))); step++) await page.keyboard.press('ArrowDown');
      assert.ok(await itemRow.evaluate((row) => row.classList.contains('focused')), 'the arrows reach the item');
      await page.keyboard.press('Space');
      await checkbox.and(page.locator('[aria-checked="true"]')).waitFor({ timeout: 20_000 });
      // The context menu key opens the same action, and takes it back.
      await page.keyboard.press('Shift+F10');
      await page.locator('.monaco-menu .action-label', { hasText: 'Mark Training Item Done or Not Done' }).waitFor();
      const chosen = page.locator('.monaco-menu .action-item.focused', { hasText: 'Mark Training Item Done or Not Done' });
      for (let step = 0; step < 8 && !(await chosen.count()); step++) await page.keyboard.press('ArrowDown');
      await page.keyboard.press('Enter');
      await checkbox.and(page.locator('[aria-checked="false"]')).waitFor({ timeout: 20_000 });
    });

    it('Add Reflection… from the command palette records a gap, which Add to Training Plan turns into a skill', async () => {
      const { page } = session();
      const answer = (text: string): Promise<void> => answerQuickInput(page, text);
      await page.keyboard.press('F1');
      await answer('>Job Search: Add Reflection');
      await answer('Globex');
      await answer('Technical interview');
      await answer('4');
      await answer('Kubernetes operators');
      await answer('Kubernetes networking');
      await answer('');
      await answer('');
      const pane = page.locator('.pane', { has: page.locator('.pane-header', { hasText: 'Training Plan' }) });
      const gap = pane.locator('.monaco-list-row', { hasText: 'Kubernetes networking' });
      await gap.waitFor({ timeout: 20_000 });
      assert.match((await gap.locator('.label-description').innerText()).replace(/\s+/g, ' '), /^Globex \/ technical interview reflection, \d{4}-\d{2}-\d{2}$/);
      await gap.hover();
      await gap.locator('.action-label[aria-label^="Add to Training Plan"]').click();
      await answer('Run a cluster with kind and break its networking');
      await answer('');
      const skill = pane.locator('.monaco-list-row', { hasText: 'Kubernetes networking' }).locator('.label-description', { hasText: /^0\/1/ });
      await skill.waitFor({ timeout: 20_000 });
      await pane.locator('.monaco-list-row', { hasText: 'Run a cluster with kind' }).waitFor();
      await screenshot(page, 'reflection-to-training');
    });

    it('Add Application… and Change Status… from the palette show up in the tree', async () => {
      const { page, folder } = session();
      const answer = (text: string): Promise<void> => answerQuickInput(page, text);
      await page.keyboard.press('F1');
      await answer('>Job Search: Add Application');
      await answer('Hooli');
      await answer('Site Reliability Engineer');
      // The stage list opens with Applied highlighted, so Enter alone records Applied.
      const focused = page.locator('.quick-input-list .monaco-list-row.focused');
      await focused.waitFor({ timeout: 20_000 });
      assert.match(await focused.innerText(), /^Applied/);
      await page.keyboard.press('Enter');
      await page.locator('.quick-input-widget', { hasText: 'When did you apply?' }).waitFor();
      const lastWeek = new Date(Date.now() - 7 * 86_400_000).toISOString().slice(0, 10);
      await answer(lastWeek);
      await answer('https://hooli.example/jobs/sre');
      const applied = page.locator('.pane:has(.pane-header[aria-label*="Applications"]) .monaco-list-row', { hasText: /^Applied/ });
      await applied.locator('.label-description', { hasText: '2' }).waitFor({ timeout: 20_000 });
      await applicationRow(page, 'Hooli').waitFor();
      await page.keyboard.press('F1');
      await answer('>Job Search: Change Status');
      await answer('Hooli');
      // Written as the sample writes applications: key by key after a blank line, its history entry `{…}` like the others.
      assert.ok(
        readFileSync(join(folder, 'job-search.yaml'), 'utf8').includes(
          ['', '', '  - company: Hooli', '    role: Site Reliability Engineer', '    status: applied', '    link: https://hooli.example/jobs/sre', '    history:', `      - {date: ${lastWeek}, status: applied}`].join('\n'),
        ),
      );
      // Change Status highlights the next stage, Screening; its date is prefilled with today.
      await page.locator('.quick-input-widget', { hasText: 'Change stage: Hooli' }).waitFor();
      await focused.waitFor({ timeout: 20_000 });
      assert.match(await focused.innerText(), /^Screening/);
      await page.keyboard.press('Enter');
      await page.locator('.quick-input-widget', { hasText: 'When did it reach Screening?' }).waitFor();
      await page.waitForTimeout(250);
      await page.keyboard.press('Enter');
      await row(page, 'Screening').waitFor({ timeout: 20_000 });
      assert.equal(await applied.locator('.label-description').innerText(), '1');
      await screenshot(page, 'application-added');
    });
  });

  describe('after a message is written: skip one, record a reply', () => {
    const session = useSession(getBrowser, 'sample', 'ui-follow-up-life');
    const file = (): string => readFileSync(join(session().folder, 'job-search.yaml'), 'utf8');
    const today = new Date().toLocaleDateString('sv');

    async function fileShows(what: string, check: (text: string) => boolean): Promise<void> {
      const deadline = Date.now() + 20_000;
      while (!check(file()) && Date.now() < deadline) await session().page.waitForTimeout(150);
      assert.ok(check(file()), `the file should show ${what}:\n${file()}`);
    }

    it('Skip Follow-Up… from the palette writes the date and reason, and Needs action lets it go', async () => {
      const { page } = session();
      await openJobSearchView(page);
      const needsAction = page.locator('.monaco-list-row', { hasText: 'Thank-you note' }).filter({ hasText: 'Globex' });
      await needsAction.first().waitFor({ timeout: 20_000 });
      await page.keyboard.press('F1');
      await answerQuickInput(page, '>Job Search: Skip Follow-Up');
      await answerQuickInput(page, 'Thank-you note · Globex');
      await answerQuickInput(page, 'Said it at the end of the call');
      await fileShows('the skip', (text) => new RegExp(`skipped: ${today}, skipReason: Said it at the end of the call`).test(text));
      assert.deepEqual(parseJobSearch(file()).problems.filter((problem) => problem.severity !== 'information'), []);
      await needsAction.first().waitFor({ state: 'detached', timeout: 20_000 });
    });

    it('Reply Received… on a sent message writes when and what they said, and says whose reply it recorded', async () => {
      const { page } = session();
      await page.keyboard.press('F1');
      await answerQuickInput(page, '>Job Search: Reply Received');
      await answerQuickInput(page, 'Referral request · Umbrella');
      // The date is filled in with today; Enter takes it.
      await page.locator('.quick-input-widget input').waitFor();
      await page.waitForTimeout(250);
      assert.equal(await page.locator('.quick-input-widget input').inputValue(), today);
      await page.keyboard.press('Enter');
      await answerQuickInput(page, 'Happy to refer you, send me your CV');
      await fileShows('the reply', (text) => text.includes(`replied: ${today}`) && text.includes('reply: "Happy to refer you, send me your CV"'));
      assert.deepEqual(parseJobSearch(file()).problems.filter((problem) => problem.severity !== 'information'), []);
      await page.locator('.notification-toast', { hasText: 'Recorded the reply from Jordan Park.' }).waitFor({ timeout: 20_000 });
      await screenshot(page, 'follow-up-replied');
    });
  });

  describe('on a workspace without job-search.yaml', () => {
    const session = useSession(getBrowser, 'empty', 'ui-empty');

    it('shows the welcome view, and its button creates the file', async () => {
      const { page } = session();
      await page.locator('.activitybar .action-item a[aria-label="Job Search"], .activitybar .action-item[aria-label="Job Search"]').first().click();
      const button = page.locator('.welcome-view-content a.monaco-button', { hasText: 'Create job-search.yaml' });
      await button.waitFor({ timeout: 60_000 });
      await screenshot(page, 'welcome-view');
      await button.click();
      await page.locator('.tab.active', { hasText: 'job-search.yaml' }).waitFor();
      // The new file is the user's own: no applications yet, so the view offers the first one and the example.
      const welcome = page.locator('.pane:has(.pane-header[aria-label*="Applications"]) .welcome-view-content');
      await welcome.filter({ hasText: 'No applications yet' }).waitFor({ timeout: 20_000 });
      await welcome.locator('a.monaco-button', { hasText: 'Add Application' }).waitFor();
      await welcome.locator('a.monaco-button', { hasText: 'Open the Example' }).click();
      await page.locator('.editor-group-container .view-lines', { hasText: 'company: Acme Corp' }).first().waitFor({ timeout: 20_000 });
      await screenshot(page, 'created-file');
    });
  });

  describe('on a malformed file', () => {
    const session = useSession(getBrowser, 'broken', 'ui-broken');

    it('shows an error row and the applications it could read, not an empty view', async () => {
      const { page } = session();
      await openJobSearchView(page);
      await row(page, '3 problems in job-search.yaml').waitFor();
      await row(page, 'Unknown status').waitFor();
      await screenshot(page, 'malformed-file');
    });
  });

  describe('on a file full of links, HTML and snippet syntax', () => {
    const session = useSession(getBrowser, 'injection', 'ui-injection-tree');
    const NOTES = "[Open settings](command:workbench.action.openSettings) <a href='javascript:alert(1)'>click</a> **bold** $TM_FILENAME";
    const UMBRELLA = 'Umbrella [open settings](command:workbench.action.openSettings)';

    it('a tree tooltip shows notes as written, with no link, image or formatting made from them', async () => {
      const { page } = session();
      await openJobSearchView(page);
      const rejected = treeRows(page).filter({ hasText: /^Rejected/ });
      if ((await rejected.getAttribute('aria-expanded')) === 'false') await rejected.click();
      const company = treeRows(page)
        .filter({ has: page.locator('.label-name', { hasText: "<img src=x onerror=alert('company')>" }) })
        .filter({ hasNot: page.locator('.codicon-mail, .codicon-calendar') });
      await company.hover();
      const hover = page.locator('.monaco-hover:visible, .workbench-hover:visible').filter({ hasText: 'Notes:' }).first();
      await hover.waitFor({ timeout: 20_000 });
      assert.ok((await hover.innerText()).replace(/\s+/g, ' ').includes(`Notes: ${NOTES}`), await hover.innerText());
      assert.equal(await hover.locator('a, img, strong, b, script').count(), 0, 'no element was made from the notes');
      await screenshot(page, 'tooltip-injection');
    });

    it('a notification names the company as written, with no command link made from it', async () => {
      const { page } = session();
      await page.keyboard.press('Escape');
      await page.keyboard.press('F1');
      await answerQuickInput(page, '>Job Search: Record Rejection');
      await answerQuickInput(page, 'Umbrella');
      // The date (today) and what they said (nothing): Enter takes each as it stands.
      for (let prompt = 0; prompt < 2; prompt++) {
        await page.locator('.quick-input-widget input').waitFor({ state: 'visible' });
        await page.waitForTimeout(300);
        await page.keyboard.press('Enter');
      }
      const toast = page.locator('.notification-toast', { hasText: 'Recorded the rejection from' });
      await toast.waitFor({ timeout: 20_000 });
      const message = toast.locator('.notification-list-item-message');
      assert.ok((await message.innerText()).replace(/\u200B/g, '').includes(`Recorded the rejection from ${UMBRELLA}.`), await message.innerText());
      assert.equal(await message.locator('a').count(), 0, 'the company became a link');
      await screenshot(page, 'notification-injection');
    });
  });
});
