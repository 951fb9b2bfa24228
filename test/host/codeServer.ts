/** Starts and stops a code-server process on a free local port, with its own user data and extensions folders. */
import { spawn, type ChildProcess } from 'node:child_process';
import { createWriteStream, mkdirSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import type { CodeServerInstall } from './installCodeServer';

/** A running code-server. */
export interface RunningCodeServer {
  /** The workbench URL for the workspace it was started with. */
  readonly url: string;
  /** Where its output goes. */
  readonly logFile: string;
  /** Stops it and everything it started. */
  stop(): Promise<void>;
}

/** Options for one code-server run. */
export interface CodeServerOptions {
  /** A folder, or a `.code-workspace` file. */
  readonly workspace: string;
  readonly userDataDir: string;
  readonly extensionsDir: string;
  /** Extra environment for the server; it reaches the extension host. */
  readonly env?: NodeJS.ProcessEnv;
  /** A fixed port (for `npm start`); a free one when omitted. */
  readonly port?: number;
  /** User settings on top of QUIET_SETTINGS. */
  readonly settings?: Record<string, unknown>;
  /** Leave workspace trust on, so the workspace opens untrusted (in Restricted Mode). */
  readonly untrusted?: boolean;
}

/** User settings that keep the workbench quiet and the screenshots about the extension. */
export const QUIET_SETTINGS = {
  'workbench.startupEditor': 'none',
  'workbench.tips.enabled': false,
  'workbench.secondarySideBar.defaultVisibility': 'hidden',
  'chat.disableAIFeatures': true,
  'telemetry.telemetryLevel': 'off',
  'extensions.autoCheckUpdates': false,
  'extensions.autoUpdate': false,
  'extensions.ignoreRecommendations': true,
  'security.workspace.trust.enabled': false,
  'update.mode': 'none',
  'window.restoreWindows': 'none',
  'git.openRepositoryInParentFolders': 'never',
};

/** Starts code-server and resolves once it accepts connections. */
export async function startCodeServer(install: CodeServerInstall, options: CodeServerOptions): Promise<RunningCodeServer> {
  const port = options.port ?? (await freePort());
  mkdirSync(join(options.userDataDir, 'User'), { recursive: true });
  mkdirSync(options.extensionsDir, { recursive: true });
  const trust = options.untrusted ? { 'security.workspace.trust.enabled': true, 'security.workspace.trust.startupPrompt': 'never' } : {};
  writeFileSync(join(options.userDataDir, 'User', 'settings.json'), JSON.stringify({ ...QUIET_SETTINGS, ...trust, ...options.settings }, null, 2));
  const config = join(options.userDataDir, 'code-server.yaml');
  writeFileSync(config, 'auth: none\ncert: false\n');
  const logFile = join(options.userDataDir, 'code-server.log');
  const log = createWriteStream(logFile);
  const child = spawn(
    install.node,
    [
      install.entry,
      '--config', config,
      '--auth', 'none',
      '--bind-addr', `127.0.0.1:${port}`,
      '--user-data-dir', options.userDataDir,
      '--extensions-dir', options.extensionsDir,
      '--disable-telemetry',
      '--disable-update-check',
      ...(options.untrusted ? [] : ['--disable-workspace-trust']),
      '--disable-getting-started-override',
      '--ignore-last-opened',
      options.workspace,
    ],
    { env: { ...process.env, ...options.env }, stdio: ['ignore', 'pipe', 'pipe'], detached: true },
  );
  child.stdout?.pipe(log);
  child.stderr?.pipe(log);
  const query = options.workspace.endsWith('.code-workspace') ? 'workspace' : 'folder';
  const url = `http://127.0.0.1:${port}/?${query}=${encodeURIComponent(options.workspace)}`;
  await waitUntilListening(child, port, logFile);
  return { url, logFile, stop: () => stop(child) };
}

async function waitUntilListening(child: ChildProcess, port: number, logFile: string): Promise<void> {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`code-server exited with ${child.exitCode}; see ${logFile}`);
    try {
      const response = await fetch(`http://127.0.0.1:${port}/healthz`);
      if (response.ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  await stop(child);
  throw new Error(`code-server did not start within 60 s; see ${logFile}`);
}

async function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.pid === undefined) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  try {
    // The server spawns the extension host and other helpers; signal the whole process group.
    process.kill(-child.pid, 'SIGTERM');
  } catch {
    return;
  }
  const timeout = setTimeout(() => {
    try {
      process.kill(-child.pid!, 'SIGKILL');
    } catch {
      // Already gone.
    }
  }, 5_000);
  await exited;
  clearTimeout(timeout);
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no free port'))));
    });
  });
}
