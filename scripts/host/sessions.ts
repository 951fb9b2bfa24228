/** The integration runs: which fixture workspace each opens and which suites run in it; shared by every host. */
import { cpSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { addDays, format } from 'date-fns';
import { copyDatedSample } from './datedSample';
import { ROOT, RUN_DIR } from './paths';

/** One VS Code window: a workspace and the suites that run in it. */
export interface Session {
  readonly name: string;
  /** A folder under test/fixtures/workspaces, or `sample` for the bundled sample. */
  readonly fixture: string;
  /** A `.code-workspace` file inside the fixture to open instead of the folder. */
  readonly workspaceFile?: string;
  readonly suites: readonly string[];
  /** Open the workspace untrusted, in Restricted Mode. */
  readonly untrusted?: boolean;
  /**
   * A display language other than English. Only the web host runs these: it can set VS Code's language by itself,
   * while code-server and desktop VS Code need a language pack from the Marketplace, which CI cannot reach.
   */
  readonly language?: string;
}

/** Every integration run, in order. */
export const SESSIONS: readonly Session[] = [
  { name: 'tree', fixture: 'tree', suites: ['activation', 'applicationsTree', 'commands', 'statusBar', 'editing', 'faultTolerance'] },
  { name: 'malformed', fixture: 'broken', suites: ['malformedFile'] },
  { name: 'no-file', fixture: 'empty', suites: ['createFile'] },
  { name: 'multi-root', fixture: 'multi-root', workspaceFile: 'multi.code-workspace', suites: ['multiRoot'] },
  { name: 'follow-ups', fixture: 'followups', suites: ['drafts'] },
  { name: 'people', fixture: 'people', suites: ['people'] },
  { name: 'resilience', fixture: 'resilience', suites: ['resilience'] },
  { name: 'prep', fixture: 'prep', suites: ['prep'] },
  { name: 'import', fixture: 'import', suites: ['import'] },
  { name: 'chat', fixture: 'chat', suites: ['chatTools'] },
  { name: 'training', fixture: 'training', suites: ['training', 'dayChange'] },
  { name: 'concurrent', fixture: 'concurrent', suites: ['concurrentEdits'] },
  { name: 'injection', fixture: 'injection', suites: ['injection'] },
  { name: 'untrusted', fixture: 'untrusted', suites: ['untrusted'], untrusted: true },
  { name: 'german', fixture: 'german', suites: ['localization'], language: 'de' },
];

/** Whether the web host can open `session`: test-web opens one folder, not a .code-workspace, and has no Restricted Mode. */
export function runsOnTheWeb(session: Session): boolean {
  return !session.workspaceFile && !session.untrusted;
}

/**
 * A fresh copy of a fixture workspace for one run, with `{{today±N}}` in `*.template.yaml` files filled in. The
 * sample's dates are shifted by the days since EXAMPLE_DAY (src/model/exampleDates.ts), so it shows the same "3 days overdue" on any day.
 */
export function prepareWorkspace(fixture: string, runName: string, today = new Date()): string {
  const target = join(RUN_DIR, runName, 'workspace');
  if (fixture === 'sample') return copyDatedSample(target, today);
  rmSync(target, { recursive: true, force: true });
  mkdirSync(target, { recursive: true });
  cpSync(join(ROOT, 'test', 'fixtures', 'workspaces', fixture), target, { recursive: true });
  for (const file of walk(target).filter((path) => path.endsWith('.template.yaml'))) {
    const text = readFileSync(file, 'utf8').replace(/\{\{today([+-]\d+)?\}\}/g, (_, offset?: string) => format(addDays(today, Number(offset ?? 0)), 'yyyy-MM-dd'));
    writeFileSync(file, text);
    renameSync(file, file.replace(/\.template\.yaml$/, '.yaml'));
  }
  return target;
}

/** The environment that tells the integration entry which suites to run and where to write results. */
export function suiteEnv(session: Session, resultsFile: string): Record<string, string> {
  return {
    JOB_SEARCH_TEST_ENTRY: join(ROOT, 'out', 'test', 'integration', 'index.js'),
    JOB_SEARCH_TEST_SUITES: session.suites.join(','),
    JOB_SEARCH_TEST_RESULTS: resultsFile,
  };
}

function walk(folder: string): string[] {
  return readdirSync(folder).flatMap((name) => {
    const path = join(folder, name);
    return statSync(path).isDirectory() ? walk(path) : [path];
  });
}
