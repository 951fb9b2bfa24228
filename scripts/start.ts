/**
 * `npm start`: builds the extension, then opens it on a copy of the bundled sample with its dates moved to today: in
 * desktop VS Code when `code` is on PATH, otherwise in a local code-server whose URL is printed. Ctrl+C stops
 * code-server cleanly. It checks the system pieces first (scripts/provision.mjs), before the build.
 */
import { spawn, spawnSync } from 'node:child_process';
import { join, relative } from 'node:path';
import { startCodeServer } from './host/codeServer';
import { copyDatedSample, START_SAMPLE } from './host/datedSample';
import { ensureCodeServer } from './host/installCodeServer';
import { installExtension } from './host/installExtension';
import { ROOT } from './host/paths';

async function main(): Promise<void> {
  const { hasDesktopCode, provision } = await import('./provision.mjs');
  provision('start');
  const build = spawnSync(process.execPath, [join(ROOT, 'scripts', 'build.mjs')], { cwd: ROOT, stdio: 'inherit' });
  if (build.status !== 0) throw new Error('The build failed.');
  const sample = copyDatedSample(START_SAMPLE);
  console.log(`The sample is a fresh copy in ${relative(ROOT, sample)}, dated to today; the tracked sample/ stays as it is.`);

  if (hasDesktopCode()) {
    console.log('Opening the sample workspace in VS Code with the extension loaded from this folder…');
    spawn('code', ['--new-window', `--extensionDevelopmentPath=${ROOT}`, sample], { stdio: 'inherit', detached: true }).unref();
    return;
  }

  const install = await ensureCodeServer();
  const extensionsDir = join(ROOT, '.cache', 'start', 'extensions');
  await installExtension(extensionsDir, false);
  const port = Number(process.env.PORT ?? 8080);
  const server = await startCodeServer(install, {
    workspace: sample,
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
