// Checks the built bundles and the packaged VSIX against their size budgets; `npm test` runs it after the build.
// Sizes are in KB of 1,024 bytes, as esbuild and vsce print them. Writes test-results/sizes.json.
import { existsSync, mkdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..');
const results = join(root, 'test-results');
mkdirSync(results, { recursive: true });
const kb = (bytes) => bytes / 1024;
const size = (file) => statSync(join(root, file)).size;

/** What is measured, and the budget in KB where there is one. */
const entries = [
  { name: 'extension host bundle (dist/extension.js)', bytes: size('dist/extension.js'), budgetKb: 380 },
  { name: 'calendar library, loaded on the first calendar export (dist/ical-generator.js)', bytes: size('dist/ical-generator.js') },
  { name: 'CSV reader, loaded on the first import (dist/csv-parse.js)', bytes: size('dist/csv-parse.js') },
  { name: 'web extension bundle (dist/web/extension.js)', bytes: size('dist/web/extension.js'), budgetKb: 490 },
  { name: 'dashboard webview bundle (dist/webview/dashboard.js + .css)', bytes: size('dist/webview/dashboard.js') + size('dist/webview/dashboard.css') },
];

// The package `npm run package` wrote (npm test runs it just before this), holding what .vscodeignore lets through.
const vsix = 'dist/job-search-companion.vsix';
if (existsSync(join(root, vsix))) entries.push({ name: `packaged VSIX (${vsix})`, bytes: size(vsix), budgetKb: 800 });
else console.log(`${vsix} is missing: run \`npm run package\` first.`);

let missed = existsSync(join(root, vsix)) ? 0 : 1;
for (const entry of entries) {
  const over = entry.budgetKb !== undefined && kb(entry.bytes) > entry.budgetKb;
  if (over) missed++;
  const budget = entry.budgetKb === undefined ? '' : ` (budget ${entry.budgetKb} KB${over ? ': MISSED' : ''})`;
  console.log(`${entry.name}: ${kb(entry.bytes).toFixed(1)} KB${budget}`);
}
writeFileSync(join(results, 'sizes.json'), `${JSON.stringify(entries.map((entry) => ({ ...entry, kb: Number(kb(entry.bytes).toFixed(1)) })), null, 2)}\n`);
process.exitCode = missed ? 1 : 0;
