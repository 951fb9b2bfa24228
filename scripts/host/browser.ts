/** Headless Chromium driven by playwright-core: the "person" in front of the code-server workbench. */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { CHROMIUM_ARGS, chromiumPath } from './chromium';

/** Starts headless Chromium with the flags that keep it off the network. */
export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: chromiumPath(), headless: true, args: CHROMIUM_ARGS });
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
  rmSync(profile, { recursive: true, force: true });
  mkdirSync(join(profile, 'Default'), { recursive: true });
  writeFileSync(join(profile, 'Default', 'Preferences'), JSON.stringify({ profile: { cookie_controls_mode: 0 } }));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: chromiumPath(),
    headless: true,
    viewport,
    args: CHROMIUM_ARGS,
  });
  const page = context.pages()[0] ?? (await context.newPage());
  await page.goto(url);
  await page.waitForSelector('.monaco-workbench', { timeout: 90_000 });
  return { page, close: () => context.close() };
}
