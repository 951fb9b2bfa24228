/** The loop every host runner shares: choose the sessions, run each, print and add up the results, set the exit code. */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { type Results, printResults } from './results';
import { SESSIONS, type Session } from './sessions';

/** One way of running the integration sessions: code-server, the web host or desktop VS Code. */
export interface SessionHost {
  /** How the log names the host: "Integration", "Web", "Desktop". */
  readonly label: string;
  /** Where the totals are written as JSON, unless JOB_SEARCH_TEST_RESULTS (set by `npm test`) names another file. */
  readonly resultsFile: string;
  /** Whether this host can open `session` at all. */
  readonly canRun: (session: Session) => boolean;
  /** Runs one session and says how its tests went. */
  readonly runSession: (session: Session) => Promise<Results>;
}

/**
 * The sessions to run: those the host can open, narrowed by `only` (JOB_SEARCH_SESSIONS=tree,follow-ups runs just
 * those, for a quicker loop while developing).
 */
export function chooseSessions(canRun: (session: Session) => boolean, only = process.env.JOB_SEARCH_SESSIONS, sessions: readonly Session[] = SESSIONS): Session[] {
  const names = only?.split(',').map((name) => name.trim()).filter(Boolean) ?? [];
  const unknown = names.filter((name) => !sessions.some((session) => session.name === name));
  if (unknown.length) throw new Error(`JOB_SEARCH_SESSIONS names no session called ${unknown.join(', ')}; known: ${sessions.map((session) => session.name).join(', ')}.`);
  return sessions.filter((session) => canRun(session) && (!names.length || names.includes(session.name)));
}

/** Runs the chosen sessions one after another and exits non-zero when a test failed or none ran. */
export async function runSessions(host: SessionHost): Promise<Results> {
  const all: Results = { passed: 0, failed: 0, pending: 0, tests: [] };
  for (const session of chooseSessions(host.canRun)) {
    const started = Date.now();
    console.log(`\n${host.label}: ${session.name} (${session.suites.join(', ')})`);
    const results = await host.runSession(session);
    printResults(results);
    console.log(`  ${results.passed} passed, ${results.failed} failed in ${((Date.now() - started) / 1000).toFixed(1)} s`);
    all.passed += results.passed;
    all.failed += results.failed;
    all.pending += results.pending;
    all.tests.push(...results.tests.map((test) => ({ ...test, title: `${session.name}: ${test.title}` })));
  }
  const resultsFile = process.env.JOB_SEARCH_TEST_RESULTS ?? host.resultsFile;
  mkdirSync(dirname(resultsFile), { recursive: true });
  writeFileSync(resultsFile, JSON.stringify(all, null, 2));
  console.log(`\n${host.label}: ${all.passed} passed, ${all.failed} failed`);
  process.exitCode = all.failed || !all.passed ? 1 : 0;
  return all;
}

/** Runs `main` and turns an error it throws into a message and exit code 1, never an unhandled rejection. */
export function runMain(main: () => Promise<unknown>): void {
  main().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  });
}
