/**
 * Runs the integration suites inside a real VS Code (code-server, driven by headless Chromium), one session per
 * fixture workspace, prints each result and exits non-zero when any test failed or a session did not finish.
 */
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { launchBrowser } from './browser';
import { ensureCodeServer } from './installCodeServer';
import { RESULTS_DIR, RUN_DIR } from './paths';
import { SESSIONS, suiteEnv, type Session } from './sessions';
import { openSession } from './workbench';
import { type Results, printResults, readResults } from './results';

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
  const all: Results = { passed: 0, failed: 0, pending: 0, tests: [] };
  try {
    // JOB_SEARCH_SESSIONS=tree,follow-ups runs only those sessions, for a quicker loop while developing.
    const only = process.env.JOB_SEARCH_SESSIONS?.split(',').filter(Boolean);
    // Sessions in another display language run in the web host only (see Session.language).
    for (const session of SESSIONS.filter((candidate) => !candidate.language && (!only || only.includes(candidate.name)))) {
      const started = Date.now();
      console.log(`\nIntegration: ${session.name} (${session.suites.join(', ')})`);
      const results = await runSession(session, browser);
      printResults(results);
      console.log(`  ${results.passed} passed, ${results.failed} failed in ${((Date.now() - started) / 1000).toFixed(1)} s`);
      all.passed += results.passed;
      all.failed += results.failed;
      all.pending += results.pending;
      all.tests.push(...results.tests.map((test) => ({ ...test, title: `${session.name}: ${test.title}` })));
    }
  } finally {
    await browser.close();
  }
  writeFileSync(join(RESULTS_DIR, 'integration.json'), JSON.stringify(all, null, 2));
  console.log(`\nIntegration: ${all.passed} passed, ${all.failed} failed`);
  process.exitCode = all.failed || !all.passed ? 1 : 0;
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
