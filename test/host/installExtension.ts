/** Puts the built extension, and the test runner beside it, into a code-server extensions folder. */
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './paths';

/** What ships to users (the same list as .vscodeignore keeps). */
const SHIPPED = ['package.json', 'README.md', 'dist', 'media', 'schemas', 'sample', 'snippets'];

/** Copies the extension into `extensionsDir` as `publisher.name-version`, the layout code-server loads. */
export function installExtension(extensionsDir: string, withTestRunner: boolean, withReference = false): void {
  if (!existsSync(join(ROOT, 'dist', 'extension.js'))) throw new Error('dist/extension.js is missing: run `npm run build` first.');
  const manifest = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { publisher: string; name: string; version: string };
  rmSync(extensionsDir, { recursive: true, force: true });
  const target = join(extensionsDir, `${manifest.publisher}.${manifest.name}-${manifest.version}`);
  mkdirSync(target, { recursive: true });
  for (const entry of SHIPPED) {
    if (existsSync(join(ROOT, entry))) cpSync(join(ROOT, entry), join(target, entry), { recursive: true });
  }
  if (withTestRunner) cpSync(join(ROOT, 'test', 'host', 'runnerExtension'), join(extensionsDir, 'job-search-companion.test-runner-0.0.1'), { recursive: true });
  if (withReference) cpSync(join(ROOT, 'test', 'host', 'referenceExtension'), join(extensionsDir, 'job-search-companion.reference-0.0.1'), { recursive: true });
}
