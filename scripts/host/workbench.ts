/** One workbench session: a fresh copy of a fixture workspace opened in code-server, in a headless Chromium page. */
import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { openWorkbench } from './browser';
import { startCodeServer, type RunningCodeServer } from './codeServer';
import { ensureCodeServer } from './installCodeServer';
import { installExtension } from './installExtension';
import { RUN_DIR } from './paths';
import { prepareWorkspace } from './sessions';

/** A workbench showing a prepared workspace. */
export interface WorkbenchSession {
  readonly page: Page;
  readonly server: RunningCodeServer;
  /** The prepared workspace folder on disk. */
  readonly folder: string;

  close(): Promise<void>;
}

/** Options for `openSession`. */
export interface SessionOptions {
  /** The fixture to copy (see prepareWorkspace). */
  readonly fixture: string;
  /** A name for the run's folder under .cache/test-run. */
  readonly name: string;
  /** A `.code-workspace` file inside the fixture to open instead of the folder. */
  readonly workspaceFile?: string;
  /** Install the integration test runner beside the extension. */
  readonly withTestRunner?: boolean;
  /** Install the trivial reference extension, to compare activation times with. */
  readonly withReference?: boolean;
  /** Files to write into the workspace before it opens, by relative path. */
  readonly files?: Readonly<Record<string, string>>;
  /** Environment for code-server and its extension host. */
  readonly env?: Record<string, string>;
  /** Open the workspace untrusted, in Restricted Mode. */
  readonly untrusted?: boolean;
  /** User settings for this session. */
  readonly settings?: Record<string, unknown>;
  /** The browser window's size; 1280×800 unless told. */
  readonly viewport?: { width: number; height: number };
}

/** Prepares the workspace and extensions, starts code-server and opens the workbench in `browser`. */
export async function openSession(browser: Browser, options: SessionOptions): Promise<WorkbenchSession> {
  const runDir = join(RUN_DIR, options.name);
  const folder = prepareWorkspace(options.fixture, options.name);
  const extensionsDir = join(runDir, 'extensions');
  const userDataDir = join(runDir, 'user-data');
  rmSync(userDataDir, { recursive: true, force: true });
  for (const [path, text] of Object.entries(options.files ?? {})) writeFileSync(join(folder, path), text);
  await installExtension(extensionsDir, options.withTestRunner ?? false, options.withReference ?? false);
  const server = await startCodeServer(await ensureCodeServer(), {
    workspace: options.workspaceFile ? join(folder, options.workspaceFile) : folder,
    userDataDir,
    extensionsDir,
    env: options.env,
    settings: options.settings,
    untrusted: options.untrusted,
  });
  try {
    const page = await openWorkbench(browser, server.url, options.viewport);
    return {
      page,
      server,
      folder,
      close: async () => {
        await page.context().close();
        await server.stop();
      },
    };
  } catch (error) {
    await server.stop();
    throw error;
  }
}
