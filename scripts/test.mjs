// `npm test`: checks the system pieces first (installing them or naming the command), then lint, type-check, build,
// unit tests, the integration and UI tests inside a real VS Code, and the integration suites again in the web
// extension host. Every stage runs even when an earlier test stage failed, and the last line is always
// `N passed, N failed`.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { provision, ProvisionError } from './provision.mjs';

try {
  provision('test');
} catch (error) {
  if (!(error instanceof ProvisionError)) throw error;
  console.error(error.message);
  process.exit(1);
}

const root = join(import.meta.dirname, '..');
const results = join(root, 'test-results');
rmSync(results, { recursive: true, force: true });
mkdirSync(results, { recursive: true });

/** Runs a command in the repository and returns whether it succeeded. */
function run(title, command, args, env = {}) {
  console.log(`\n━━ ${title}`);
  const started = Date.now();
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit', env: { ...process.env, ...env } });
  console.log(`━━ ${title}: ${result.status === 0 ? 'ok' : 'FAILED'} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  return result.status === 0;
}

const npx = (bin, ...args) => ['npx', ['--no-install', bin, ...args]];
const counts = { passed: 0, failed: 0 };

/** Runs a test stage whose reporter writes `test-results/<name>.json`, and adds its counts. */
function testStage(title, name, [command, args]) {
  const file = join(results, `${name}.json`);
  const ok = run(title, command, args, { JOB_SEARCH_TEST_RESULTS: file });
  if (existsSync(file)) {
    const summary = JSON.parse(readFileSync(file, 'utf8'));
    counts.passed += summary.passed;
    counts.failed += summary.failed;
    // A stage that crashed after writing partial results still counts as a failure.
    if (!ok && summary.failed === 0) counts.failed += 1;
  } else {
    counts.failed += 1;
    console.log(`${title} wrote no results.`);
  }
}

const checks = [
  ['Lint', ...npx('eslint', '.')],
  ['Type-check', ...npx('tsc', '-p', '.', '--noEmit')],
  ['Type-check the webview', ...npx('tsc', '-p', 'webview', '--noEmit')],
  ['Build and package the VSIX', 'node', ['scripts/package.mjs']],
  ['Bundle sizes', 'node', ['scripts/sizes.mjs']],
  ['Compile integration tests', ...npx('tsc', '-p', 'tsconfig.integration.json')],
];
let buildable = true;
for (const [title, command, args] of checks) {
  if (!run(title, command, args)) {
    counts.failed += 1;
    if (title !== 'Lint' && title !== 'Bundle sizes') buildable = false;
  }
}

testStage('Unit tests', 'unit', npx('mocha', '--reporter', './test/support/summaryReporter.cjs'));
if (buildable) {
  testStage('Integration tests in code-server', 'integration', npx('tsx', 'scripts/host/runIntegration.ts'));
  testStage('Integration tests in the web extension host', 'web', npx('tsx', 'scripts/host/runWeb.ts'));
  testStage('UI tests in code-server and the web host', 'ui', npx('mocha', '--config', '.mocharc.ui.json'));
} else {
  console.log('\nSkipping the integration and UI tests: the extension did not build.');
}

console.log(`\n${counts.passed} passed, ${counts.failed} failed`);
process.exitCode = counts.failed || !counts.passed ? 1 : 0;
