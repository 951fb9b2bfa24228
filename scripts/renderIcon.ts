/**
 * Renders media/icon.svg to the 128×128 media/icon.png the Marketplace and the Extensions view show. Run it after
 * changing the SVG: `npx tsx scripts/renderIcon.ts`. It uses the tests' Chromium (JOB_SEARCH_CHROMIUM names another).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { launchBrowser } from './host/browser';
import { ROOT } from './host/paths';

async function main(): Promise<void> {
  const media = join(ROOT, 'media');
  const browser = await launchBrowser();
  try {
    const page = await browser.newPage({ viewport: { width: 128, height: 128 }, deviceScaleFactor: 1 });
    await page.setContent(`<html><body style="margin:0;background:transparent">${readFileSync(join(media, 'icon.svg'), 'utf8')}</body></html>`);
    await page.locator('svg').screenshot({ path: join(media, 'icon.png'), omitBackground: true });
  } finally {
    await browser.close();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
