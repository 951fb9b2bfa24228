/**
 * Runs the integration suites inside a real VS Code (code-server, driven by headless Chromium), one session per
 * fixture workspace, prints each result and exits non-zero when any test failed or a session did not finish.
 */
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { launchBrowser } from './browser';
import { ensureCodeServer } from './installCodeServer';
import { RESULTS_DIR, RUN_DIR } from './paths';
import { runMain, runSessions } from './runSessions';
import { suiteEnv, type Session } from './sessions';
import { openSession } from './workbench';
import { type Results, readResults } from './results';

const SESSION_TIMEOUT_MS = 180_000;

async function runSession(session: Session, browser: Browser): Promise<Results> {
  const resultsFile = join(RUN_DIR, session.name, 'results.json');
  rmSync(resultsFile, { force: true });
  // The extension host starts only once a browser connects to the workbench.
  const workbench = await openSession(browser, {
    fixture: session.fixture,
    name: session.name,
    workspaceFile: session.workspaceFile,
    withTestRunner: true,
    untrusted: session.untrusted,
    env: suiteEnv(session, resultsFile),
  });
  try {
    const deadline = Date.now() + SESSION_TIMEOUT_MS;
    while (!existsSync(resultsFile) && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 250));
    if (existsSync(resultsFile)) return readResults(resultsFile);
    const shot = join(RESULTS_DIR, `integration-${session.name}-timeout.png`);
    await workbench.page.screenshot({ path: shot });
    const log = readFileSync(workbench.server.logFile, 'utf8').split('\n').slice(-30).join('\n');
    const title = `${session.name}: the suites did not report within ${SESSION_TIMEOUT_MS / 1000} s (screenshot ${shot})`;
    return { passed: 0, failed: 1, pending: 0, tests: [{ title, state: 'failed', error: log }] };
  } finally {
    await workbench.close();
  }
}

async function main(): Promise<void> {
  mkdirSync(RESULTS_DIR, { recursive: true });
  await ensureCodeServer();
  const browser = await launchBrowser();
  try {
    // Sessions in another display language run in the web host only (see Session.language).
    await runSessions({ label: 'Integration', resultsFile: join(RESULTS_DIR, 'integration.json'), canRun: (session) => !session.language, runSession: (session) => runSession(session, browser) });
  } finally {
    await browser.close();
  }
}

runMain(main);
