/** Finds the dashboard's webview frame in the workbench page. */
import type { Frame, Page } from 'playwright-core';

/** The webview frame that holds the dashboard page, once it has drawn. */
export async function dashboardFrame(page: Page): Promise<Frame> {
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    for (const frame of page.frames()) {
      if (await frame.locator('body[data-rendered]').count().catch(() => 0)) return frame;
    }
    await page.waitForTimeout(250);
  }
  throw new Error('the dashboard did not render');
}
