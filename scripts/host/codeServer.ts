/** Starts and stops a code-server process on a free local port, with its own user data and extensions folders. */
import { spawn, type ChildProcess } from 'node:child_process';
import { createWriteStream, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { freePort } from './freePort';
import type { CodeServerInstall } from './installCodeServer';
import { trustArgs, writeUserSettings } from './userSettings';

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
  /** User settings on top of the quiet ones (see userSettings.ts). */
  readonly settings?: Record<string, unknown>;
  /** Leave workspace trust on, so the workspace opens untrusted (in Restricted Mode). */
  readonly untrusted?: boolean;
}

/** Starts code-server and resolves once it accepts connections. */
export async function startCodeServer(install: CodeServerInstall, options: CodeServerOptions): Promise<RunningCodeServer> {
  const port = options.port ?? (await freePort());
  writeUserSettings(options.userDataDir, options.untrusted ?? false, options.settings);
  mkdirSync(options.extensionsDir, { recursive: true });
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
      ...trustArgs(options.untrusted ?? false),
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
