// Renders media/icon.svg to the 128×128 media/icon.png the Marketplace and the Extensions view show.
// Run it after changing the SVG: `node scripts/render-icon.mjs`. It uses the tests' Chromium from npm unless
// JOB_SEARCH_CHROMIUM names another.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';

const media = join(import.meta.dirname, '..', 'media');
const executablePath = process.env.JOB_SEARCH_CHROMIUM ?? (await (await import('@sparticuz/chromium')).default.executablePath());
const browser = await chromium.launch({ executablePath, args: ['--no-sandbox', '--disable-gpu'] });
try {
  const page = await browser.newPage({ viewport: { width: 128, height: 128 }, deviceScaleFactor: 1 });
  const svg = readFileSync(join(media, 'icon.svg'), 'utf8');
  await page.setContent(`<html><body style="margin:0;background:transparent">${svg}</body></html>`);
  await page.locator('svg').screenshot({ path: join(media, 'icon.png'), omitBackground: true });
} finally {
  await browser.close();
}
