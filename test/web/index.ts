/** Runs integration suites in the web extension host (a web worker): the entry @vscode/test-web loads. */
import 'mocha/mocha';

declare const JOB_SEARCH_SUITES: string[];
declare const mocha: BrowserMocha;

interface BrowserMocha {
  setup(options: { ui: string; reporter?: unknown; timeout: number; color: boolean }): void;
  run(done: (failures: number) => void): { on(event: 'pass' | 'fail', listener: (test: { fullTitle(): string }, error?: Error) => void): void };
}

/** The suites this bundle can run; each registers its tests when required, so only the session's are required. */
/* eslint-disable @typescript-eslint/no-require-imports -- a static import would register every suite */
const SUITES: Record<string, () => unknown> = {
  activation: () => require('../integration/suites/activation.test'),
  applicationsTree: () => require('../integration/suites/applicationsTree.test'),
  commands: () => require('../integration/suites/commands.test'),
  statusBar: () => require('../integration/suites/statusBar.test'),
  editing: () => require('../integration/suites/editing.test'),
  faultTolerance: () => require('../integration/suites/faultTolerance.test'),
  malformedFile: () => require('../integration/suites/malformedFile.test'),
  createFile: () => require('../integration/suites/createFile.test'),
  multiRoot: () => require('../integration/suites/multiRoot.test'),
  drafts: () => require('../integration/suites/drafts.test'),
  people: () => require('../integration/suites/people.test'),
  resilience: () => require('../integration/suites/resilience.test'),
  prep: () => require('../integration/suites/prep.test'),
  import: () => require('../integration/suites/import.test'),
  chatTools: () => require('../integration/suites/chatTools.test'),
  training: () => require('../integration/suites/training.test'),
  dayChange: () => require('../integration/suites/dayChange.test'),
  concurrentEdits: () => require('../integration/suites/concurrentEdits.test'),
  injection: () => require('../integration/suites/injection.test'),
  untrusted: () => require('../integration/suites/untrusted.test'),
  localization: () => require('../integration/suites/localization.test'),
};
/* eslint-enable @typescript-eslint/no-require-imports */

/** Called by the web test runner; prints one `JOB_SEARCH_RESULTS {json}` line that the Node side reads. */
export function run(): Promise<void> {
  // The browser build defaults to its HTML reporter; a web worker has no document.
  mocha.setup({ ui: 'tdd', reporter: 'spec', timeout: 20_000, color: false });
  for (const suite of JOB_SEARCH_SUITES) {
    const load = SUITES[suite];
    if (!load) throw new Error(`test/web/index.ts does not list the suite ${suite}; add it to SUITES.`);
    load();
  }
  const failures: { title: string; error: string }[] = [];
  let passed = 0;
  return new Promise((resolve, reject) => {
    const runner = mocha.run((failed) => {
      console.log(`JOB_SEARCH_RESULTS ${JSON.stringify({ passed, failed, failures })}`);
      if (failed) reject(new Error(`${failed} web integration test(s) failed`));
      else resolve();
    });
    runner.on('pass', () => passed++);
    runner.on('fail', (test, error) => failures.push({ title: test.fullTitle(), error: String(error?.stack ?? error) }));
  });
}
