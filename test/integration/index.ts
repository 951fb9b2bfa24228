/** Runs the integration suites inside the extension host (under code-server or @vscode/test-electron). */
import * as path from 'node:path';
import Mocha from 'mocha';

/** The repository root, seen from out/test/integration. */
const ROOT = path.resolve(__dirname, '..', '..', '..');

/** The entry point both hosts call; runs the suites named in JOB_SEARCH_TEST_SUITES and resolves when all passed. */
export async function run(): Promise<void> {
  const suites = (process.env.JOB_SEARCH_TEST_SUITES ?? '').split(',').filter(Boolean);
  if (!suites.length) throw new Error('JOB_SEARCH_TEST_SUITES names no suite to run');
  const mocha = new Mocha({ ui: 'tdd', color: false, timeout: 20_000, reporter: path.join(ROOT, 'test', 'support', 'summaryReporter.cjs') });
  for (const suite of suites) mocha.addFile(path.join(__dirname, 'suites', `${suite}.test.js`));
  await new Promise<void>((resolve, reject) => {
    mocha.run((failures) => (failures ? reject(new Error(`${failures} integration test(s) failed`)) : resolve()));
  });
}
