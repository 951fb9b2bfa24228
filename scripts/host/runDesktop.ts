/**
 * Runs the same integration sessions in desktop VS Code through @vscode/test-electron, for machines that can
 * download VS Code or have it installed (set VSCODE_EXECUTABLE to use an installed one).
 */
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { runTests } from '@vscode/test-electron';
import { ROOT, RESULTS_DIR, RUN_DIR } from './paths';
import { type Results, readResults } from './results';
import { runMain, runSessions } from './runSessions';
import { prepareWorkspace, suiteEnv, type Session } from './sessions';
import { trustArgs, writeUserSettings } from './userSettings';

/** What desktop VS Code is started with for `session`: its workspace, no other extensions, trust as the session needs. */
export function desktopLaunchArgs(session: Session, folder: string, userDataDir: string): string[] {
  return [session.workspaceFile ? join(folder, session.workspaceFile) : folder, '--disable-extensions', ...trustArgs(session.untrusted ?? false), '--user-data-dir', userDataDir];
}

async function runSession(session: Session): Promise<Results> {
  const name = `desktop-${session.name}`;
  const folder = prepareWorkspace(session.fixture, name);
  const userDataDir = join(RUN_DIR, name, 'user-data');
  writeUserSettings(userDataDir, session.untrusted ?? false);
  const resultsFile = join(RUN_DIR, name, 'results.json');
  rmSync(resultsFile, { force: true });
  try {
    await runTests({
      extensionDevelopmentPath: ROOT,
      extensionTestsPath: join(ROOT, 'out', 'test', 'integration', 'index.js'),
      extensionTestsEnv: suiteEnv(session, resultsFile),
      launchArgs: desktopLaunchArgs(session, folder, userDataDir),
      ...(process.env.VSCODE_EXECUTABLE ? { vscodeExecutablePath: process.env.VSCODE_EXECUTABLE } : {}),
    });
  } catch (error) {
    // runTests rejects when a test failed; the results file says which. Without one, VS Code never ran.
    console.log(`  VS Code reported: ${error instanceof Error ? error.message : String(error)}`);
  }
  try {
    return readResults(resultsFile);
  } catch {
    return { passed: 0, failed: 1, pending: 0, tests: [{ title: 'VS Code did not run the suites', state: 'failed' }] };
  }
}

if (require.main === module) {
  // Sessions in another display language need a language pack from the Marketplace (see Session.language).
  runMain(() => runSessions({ label: 'Desktop', resultsFile: join(RESULTS_DIR, 'desktop.json'), canRun: (session) => !session.language, runSession }));
}
