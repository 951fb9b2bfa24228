// `npm run package`: builds the extension and packages it with vsce into dist/job-search-companion.vsix, holding
// exactly what .vscodeignore lets through, and prints its size.
import { spawnSync } from 'node:child_process';
import { statSync } from 'node:fs';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..');
/** Where the package goes; the tests install this file into the VS Code they run. */
export const VSIX = join(root, 'dist', 'job-search-companion.vsix');
const BUDGET_KB = 800;

function run(command, args) {
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

run('node', ['scripts/build.mjs']);
// No repository URL is published, so relative README links stay relative instead of being rewritten.
run('npx', ['--no-install', 'vsce', 'package', '--no-dependencies', '--allow-missing-repository', '--no-rewrite-relative-links', '--out', VSIX]);
const kb = statSync(VSIX).size / 1024;
console.log(`${VSIX.slice(root.length + 1)}: ${kb.toFixed(1)} KB (budget ${BUDGET_KB} KB)`);
// The budget is enforced by `npm test` (scripts/sizes.mjs); a package over it is still written, to look into.
if (kb > BUDGET_KB) console.warn(`The VSIX is over its ${BUDGET_KB} KB budget.`);
