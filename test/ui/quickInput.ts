/** Driving the workbench's palette and quick inputs from the keyboard, as a user does. */
import * as assert from 'node:assert/strict';
import type { Locator, Page } from 'playwright-core';

/** The quick input's text box. */
export const quickInput = (page: Page): Locator => page.locator('.quick-input-widget input');

/** Runs "Job Search: <title>" from the palette with Enter on the row that matches it exactly. */
export async function runFromPalette(page: Page, title: string): Promise<void> {
  // The palette lists the commands known when it opens; right after start-up, open it again until they are there.
  for (let attempt = 1; ; attempt++) {
    await page.keyboard.press('F1');
    await quickInput(page).fill(`>Job Search: ${title}`);
    const found = await page.locator('.quick-input-list .monaco-list-row.focused', { hasText: `Job Search: ${title}` }).waitFor({ timeout: 5_000 }).then(() => true, () => false);
    if (found) break;
    await page.keyboard.press('Escape');
    if (attempt === 4) assert.fail(`the palette has no “Job Search: ${title}”`);
  }
  await page.keyboard.press('Enter');
}

/** Waits for the quick input to ask `question` (in its title, prompt or placeholder). */
export async function waitForQuestion(page: Page, question: string): Promise<void> {
  await page.locator('.quick-input-widget', { hasText: question }).or(page.locator(`.quick-input-widget input[placeholder*="${question.replace(/"/g, '')}"]`)).first().waitFor({ timeout: 20_000 });
  await page.waitForTimeout(300);
}

/** Answers `question` with `text` and Enter; an empty text clears what was filled in. */
export async function answerTo(page: Page, question: string, text: string): Promise<void> {
  await waitForQuestion(page, question);
  await quickInput(page).fill(text);
  await page.waitForTimeout(300);
  await page.keyboard.press('Enter');
  await page.waitForTimeout(300);
}

/** Takes what `question` offers (a prefilled date, the first choice) with Enter. */
export async function acceptAt(page: Page, question: string): Promise<void> {
  await waitForQuestion(page, question);
  await page.keyboard.press('Enter');
  await page.waitForTimeout(300);
}

/** Filters the list of `question` by `text` and picks the row showing `row` once it is the focused one. */
export async function pickAt(page: Page, question: string, text: string, row: string): Promise<void> {
  await waitForQuestion(page, question);
  await quickInput(page).fill(text);
  await page.locator('.quick-input-list .monaco-list-row.focused', { hasText: row }).waitFor({ timeout: 20_000 });
  await page.keyboard.press('Enter');
  await page.waitForTimeout(300);
}
