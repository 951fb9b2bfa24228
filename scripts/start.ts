/**
 * `npm start`: builds the extension, then opens it on the bundled sample workspace: in desktop VS Code when `code`
 * is on PATH, otherwise in a local code-server whose URL is printed. Ctrl+C stops code-server cleanly.
 */
import { spawn, spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { startCodeServer } from '../test/host/codeServer';
import { ensureCodeServer } from '../test/host/installCodeServer';
import { installExtension } from '../test/host/installExtension';
import { ROOT } from '../test/host/paths';

const SAMPLE = join(ROOT, 'sample');

function hasDesktopCode(): boolean {
  if (process.env.JOB_SEARCH_USE_CODE_SERVER) return false;
  return spawnSync('sh', ['-c', 'command -v code'], { encoding: 'utf8' }).status === 0;
}

async function main(): Promise<void> {
  const build = spawnSync(process.execPath, [join(ROOT, 'scripts', 'build.mjs')], { cwd: ROOT, stdio: 'inherit' });
  if (build.status !== 0) throw new Error('The build failed.');

  if (hasDesktopCode()) {
    console.log('Opening the sample workspace in VS Code with the extension loaded from this folder…');
    spawn('code', ['--new-window', `--extensionDevelopmentPath=${ROOT}`, SAMPLE], { stdio: 'inherit', detached: true }).unref();
    return;
  }

  const install = await ensureCodeServer();
  const extensionsDir = join(ROOT, '.cache', 'start', 'extensions');
  await installExtension(extensionsDir, false);
  const port = Number(process.env.PORT ?? 8080);
  const server = await startCodeServer(install, {
    workspace: SAMPLE,
    userDataDir: join(ROOT, '.cache', 'start', 'user-data'),
    extensionsDir,
    port,
  });
  console.log(`\nVS Code (code-server) is running with Job Search Companion on the sample workspace.`);
  console.log(`Open ${server.url} in your browser, then the Job Search view in the activity bar.`);
  console.log(`Log: ${server.logFile}. Press Ctrl+C to stop.`);
  let stopping = false;
  const shutdown = (): void => {
    if (stopping) return;
    stopping = true;
    console.log('\nStopping code-server…');
    void server.stop().then(() => process.exit(0));
  };
  process.on('SIGINT', shutdown);
  process.on('SIGTERM', shutdown);
  // Keep the process alive until a signal arrives.
  setInterval(() => undefined, 1 << 30);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
