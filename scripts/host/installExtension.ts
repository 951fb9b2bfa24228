/**
 * Installs the packaged extension into code-server the way users install it: `--install-extension` of the VSIX that
 * `npm run package` builds, so what the tests run is exactly what ships. The installed folder is then copied into
 * each session's extensions folder, with the test runner beside it when asked.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { ensureCodeServer } from './installCodeServer';
import { ROOT, RUN_DIR } from './paths';

/** The package `npm run package` writes. */
export const VSIX = join(ROOT, 'dist', 'job-search-companion.vsix');
const EXTENSION_ID = 'job-search-companion.job-search-companion';

let installed: Promise<string> | undefined;

/** Puts the installed extension (and optionally the test runner and the reference extension) into `extensionsDir`. */
export async function installExtension(extensionsDir: string, withTestRunner: boolean, withReference = false): Promise<void> {
  const folder = await (installed ??= installVsix());
  rmSync(extensionsDir, { recursive: true, force: true });
  mkdirSync(extensionsDir, { recursive: true });
  cpSync(folder, join(extensionsDir, folder.split('/').pop()!), { recursive: true });
  if (withTestRunner) cpSync(join(ROOT, 'scripts', 'host', 'runnerExtension'), join(extensionsDir, 'job-search-companion.test-runner-0.0.1'), { recursive: true });
  if (withReference) cpSync(join(ROOT, 'scripts', 'host', 'referenceExtension'), join(extensionsDir, 'job-search-companion.reference-0.0.1'), { recursive: true });
}

/** Packages the VSIX when the build is newer than it, installs it into a scratch folder, and returns the installed folder. */
async function installVsix(): Promise<string> {
  const built = join(ROOT, 'dist', 'extension.js');
  if (!existsSync(built)) throw new Error('dist/extension.js is missing: run `npm run build` first.');
  const inputs = [
    built,
    ...['dist/ical-generator.js', 'dist/web/extension.js', 'dist/webview/dashboard.js', 'package.json', 'package.nls.json', 'package.nls.de.json', 'l10n/bundle.l10n.de.json'].map((name) => join(ROOT, name)),
  ];
  if (!existsSync(VSIX) || inputs.some((input) => existsSync(input) && statSync(VSIX).mtimeMs < statSync(input).mtimeMs)) {
    const packaged = spawnSync(process.execPath, [join(ROOT, 'scripts', 'package.mjs')], { cwd: ROOT, stdio: 'inherit' });
    if (packaged.status !== 0) throw new Error('Packaging the VSIX failed.');
  }
  const install = await ensureCodeServer();
  const target = join(RUN_DIR, 'installed-from-vsix');
  rmSync(target, { recursive: true, force: true });
  const result = spawnSync(
    install.node,
    [install.entry, '--extensions-dir', join(target, 'extensions'), '--user-data-dir', join(target, 'user-data'), '--install-extension', VSIX],
    { encoding: 'utf8', timeout: 120_000 },
  );
  const folder = existsSync(join(target, 'extensions')) ? readdirSync(join(target, 'extensions')).find((name) => name.startsWith(`${EXTENSION_ID}-`)) : undefined;
  if (result.status !== 0 || !folder) throw new Error(`code-server could not install ${VSIX}:\n${result.stdout}${result.stderr}`);
  return join(target, 'extensions', folder);
}
