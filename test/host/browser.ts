/** Headless Debian Chromium driven by playwright-core: the "person" in front of the code-server workbench. */
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';

/** Chromium from Debian's package unless JOB_SEARCH_CHROMIUM names another build. */
export const CHROMIUM = process.env.JOB_SEARCH_CHROMIUM ?? '/usr/bin/chromium';

/** Starts headless Chromium with the flags that keep it off the network. */
export async function launchBrowser(): Promise<Browser> {
  if (!existsSync(CHROMIUM)) {
    throw new Error(`Chromium was not found at ${CHROMIUM}. Install Debian's chromium package (apt-get install chromium) or set JOB_SEARCH_CHROMIUM.`);
  }
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}

/** Opens the workbench at `url` and waits until it has drawn. */
export async function openWorkbench(browser: Browser, url: string, viewport = { width: 1280, height: 800 }): Promise<Page> {
  // The workbench's clipboard goes through the browser's, which asks for permission; a person would grant it.
  const context = await browser.newContext({ viewport, permissions: ['clipboard-read', 'clipboard-write'] });
  const page = await context.newPage();
  await page.goto(url);
  await page.waitForSelector('.monaco-workbench', { timeout: 90_000 });
  return page;
}

/**
 * Opens the web host's workbench at `url` in a fresh profile of its own. VS Code for the web serves webviews from a
 * subdomain whose service worker Chromium refuses while third-party cookies are blocked, as they are by default
 * (and always in Playwright's throwaway contexts); the profile allows them, as vscode.dev asks its users to.
 */
export async function openWebWorkbench(url: string, profile: string, viewport = { width: 1280, height: 800 }): Promise<{ page: Page; close: () => Promise<void> }> {
  if (!existsSync(CHROMIUM)) throw new Error(`Chromium was not found at ${CHROMIUM}. Install Debian's chromium package (apt-get install chromium) or set JOB_SEARCH_CHROMIUM.`);
  rmSync(profile, { recursive: true, force: true });
  mkdirSync(join(profile, 'Default'), { recursive: true });
  writeFileSync(join(profile, 'Default', 'Preferences'), JSON.stringify({ profile: { cookie_controls_mode: 0 } }));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    viewport,
    args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  const page = context.pages()[0] ?? (await context.newPage());
  await page.goto(url);
  await page.waitForSelector('.monaco-workbench', { timeout: 90_000 });
  return { page, close: () => context.close() };
}
