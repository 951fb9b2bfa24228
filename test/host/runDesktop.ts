/**
 * Runs the same integration sessions in desktop VS Code through @vscode/test-electron, for machines that can
 * download VS Code or have it installed (set VSCODE_EXECUTABLE to use an installed one).
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { runTests } from '@vscode/test-electron';
import { ROOT, RESULTS_DIR, RUN_DIR } from './paths';
import { type Results, printResults, readResults } from './results';
import { prepareWorkspace, SESSIONS, suiteEnv } from './sessions';

async function main(): Promise<void> {
  mkdirSync(RESULTS_DIR, { recursive: true });
  const all: Results = { passed: 0, failed: 0, pending: 0, tests: [] };
  for (const session of SESSIONS.filter((candidate) => !candidate.language)) {
    const name = `desktop-${session.name}`;
    const folder = prepareWorkspace(session.fixture, name);
    const resultsFile = join(RUN_DIR, name, 'results.json');
    rmSync(resultsFile, { force: true });
    console.log(`\nDesktop integration: ${session.name} (${session.suites.join(', ')})`);
    try {
      await runTests({
        extensionDevelopmentPath: ROOT,
        extensionTestsPath: join(ROOT, 'out', 'test', 'integration', 'index.js'),
        extensionTestsEnv: suiteEnv(session, resultsFile),
        launchArgs: [
          session.workspaceFile ? join(folder, session.workspaceFile) : folder,
          '--disable-extensions',
          '--disable-workspace-trust',
          '--user-data-dir',
          join(RUN_DIR, name, 'user-data'),
        ],
        ...(process.env.VSCODE_EXECUTABLE ? { vscodeExecutablePath: process.env.VSCODE_EXECUTABLE } : {}),
      });
    } catch (error) {
      // runTests rejects when a test failed; the results file says which. Without one, VS Code never ran.
      console.log(`  VS Code reported: ${error instanceof Error ? error.message : String(error)}`);
    }
    const results: Results = (() => {
      try {
        return readResults(resultsFile);
      } catch {
        return { passed: 0, failed: 1, pending: 0, tests: [{ title: `${session.name}: VS Code did not run the suites`, state: 'failed' }] };
      }
    })();
    printResults(results);
    all.passed += results.passed;
    all.failed += results.failed;
    all.tests.push(...results.tests);
  }
  writeFileSync(join(RESULTS_DIR, 'desktop.json'), JSON.stringify(all, null, 2));
  console.log(`\n${all.passed} passed, ${all.failed} failed`);
  process.exitCode = all.failed || !all.passed ? 1 : 0;
}

void main();
