/**
 * The Chromium the tests drive. By default it is the headless Chromium shipped inside the `@sparticuz/chromium` npm
 * package, unpacked once into .cache/chromium, so no system package is needed; JOB_SEARCH_CHROMIUM names another
 * build (Debian's `/usr/bin/chromium`, say).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { join, relative } from 'node:path';
import { ROOT } from './paths';

/** Where the npm package's Chromium is unpacked, by package version. */
function unpackedDir(): string {
  const version = (JSON.parse(readFileSync(join(ROOT, 'node_modules', '@sparticuz', 'chromium', 'package.json'), 'utf8')) as { version: string }).version;
  return join(ROOT, '.cache', 'chromium', version);
}

/** The path of the Chromium executable, unpacking the npm package's build the first time. */
export function chromiumPath(): string {
  const chosen = process.env.JOB_SEARCH_CHROMIUM;
  if (chosen) {
    if (!existsSync(chosen)) throw new Error(`JOB_SEARCH_CHROMIUM names ${chosen}, which does not exist.`);
    return chosen;
  }
  const dir = unpackedDir();
  const binary = join(dir, 'chromium');
  if (existsSync(binary)) return binary;
  // The package unpacks into the system temp folder; a temp folder of our own keeps it in .cache, and the rename
  // keeps an interrupted unpack from looking finished.
  const partial = `${dir}.partial`;
  rmSync(partial, { recursive: true, force: true });
  mkdirSync(partial, { recursive: true });
  const started = Date.now();
  console.log(`Unpacking Chromium from the @sparticuz/chromium package into ${relative(ROOT, dir)} (once)…`);
  const script = "const c = (await import('@sparticuz/chromium')).default; process.stdout.write(await c.executablePath());";
  const result = spawnSync(process.execPath, ['--input-type=module', '-e', script], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, TMPDIR: partial } });
  if (result.status !== 0 || !existsSync(join(partial, 'chromium'))) {
    throw new Error(`Unpacking Chromium from the @sparticuz/chromium package failed:\n${result.stderr}`);
  }
  rmSync(dir, { recursive: true, force: true });
  renameSync(partial, dir);
  console.log(`  done in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  return binary;
}

/** Flags for every Chromium the tests start: no sandbox (tests may run as root), and no calls to the network. */
export const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];
