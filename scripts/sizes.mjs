// Checks the built bundles against their size budgets and reports the packaged VSIX; `npm test` runs it after the build.
// Sizes are in KB of 1,024 bytes, as esbuild and vsce print them. Writes test-results/sizes.json.
import { spawnSync } from 'node:child_process';
import { mkdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..');
const results = join(root, 'test-results');
mkdirSync(results, { recursive: true });
const kb = (bytes) => bytes / 1024;
const size = (file) => statSync(join(root, file)).size;

/** What is measured, and the budget in KB where there is one. */
const entries = [
  { name: 'extension host bundle (dist/extension.js)', bytes: size('dist/extension.js'), budgetKb: 250 },
  { name: 'dashboard webview bundle (dist/webview/dashboard.js + .css)', bytes: size('dist/webview/dashboard.js') + size('dist/webview/dashboard.css') },
];

// The VSIX holds exactly what `.vscodeignore` lets through; relative README links stay as they are (no repository URL).
const vsix = join(results, 'job-search-companion.vsix');
const packaged = spawnSync('npx', ['--no-install', 'vsce', 'package', '--no-dependencies', '--allow-missing-repository', '--no-rewrite-relative-links', '--skip-license', '--out', vsix], {
  cwd: root,
  encoding: 'utf8',
});
if (packaged.status === 0) entries.push({ name: 'packaged VSIX', bytes: statSync(vsix).size });
else console.log(`Packaging the VSIX failed:\n${packaged.stdout}${packaged.stderr}`);

let missed = packaged.status === 0 ? 0 : 1;
for (const entry of entries) {
  const over = entry.budgetKb !== undefined && kb(entry.bytes) > entry.budgetKb;
  if (over) missed++;
  const budget = entry.budgetKb === undefined ? '' : ` (budget ${entry.budgetKb} KB${over ? ': MISSED' : ''})`;
  console.log(`${entry.name}: ${kb(entry.bytes).toFixed(1)} KB${budget}`);
}
writeFileSync(join(results, 'sizes.json'), `${JSON.stringify(entries.map((entry) => ({ ...entry, kb: Number(kb(entry.bytes).toFixed(1)) })), null, 2)}\n`);
process.exitCode = missed ? 1 : 0;
