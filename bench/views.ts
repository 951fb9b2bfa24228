/** The benchmark's scenario for one file size: the extension's real model, cache, providers and planners. */
import * as vscode from 'vscode';
import { LineCounter, parseDocument } from 'yaml';
import { toDiagnostic } from '../src/diagnostics/problemDiagnostics';
import { JobSearchCodeLensProvider } from '../src/codelens/jobSearchCodeLensProvider';
import { dashboardModel } from '../src/model/dashboardModel';
import { ParseCache } from '../src/model/parseCache';
import { parseJobSearch, type ParsedJobSearch } from '../src/model/parseJobSearch';
import { PARSE_OPTIONS } from '../src/model/parseOptions';
import { refOf } from '../src/model/applicationRef';
import { planMarkSent } from '../src/model/planEdits';
import { reparseJobSearch } from '../src/model/reparseJobSearch';
import { planSetItemDone } from '../src/model/trainingEdits';
import type { JobSearchFile, JobSearchStore } from '../src/services/jobSearchStore';
import { ApplicationsTreeProvider } from '../src/views/applicationsTreeProvider';
import { PeopleTreeProvider } from '../src/views/peopleTreeProvider';
import { TrainingTreeProvider } from '../src/views/trainingTreeProvider';
import type { TreeNode } from '../src/views/treeNode';
import { syntheticJobSearch } from './syntheticJobSearch';

const TODAY = '2026-11-22';
const uri = vscode.Uri.file('/bench/job-search.yaml');
const KEY = uri.toString();

/** Every node of a tree, expanded all the way down, with its tree item built. */
async function walk(provider: vscode.TreeDataProvider<TreeNode>, node?: TreeNode): Promise<number> {
  const children = (await provider.getChildren(node)) ?? [];
  let count = children.length;
  for (const child of children) {
    provider.getTreeItem(child);
    count += await walk(provider, child);
  }
  return count;
}

/**
 * Reads every value of the model once, the least any view can do: how its time grows from 1,000 to 5,000
 * applications is the cost of the model's memory alone (cache misses, a larger heap), with no algorithm on top.
 */
function touchEveryValue(value: unknown): number {
  if (typeof value === 'string') return value.length;
  if (typeof value === 'number') return 1;
  if (Array.isArray(value)) return value.reduce((sum: number, item) => sum + touchEveryValue(item), 0);
  if (value && typeof value === 'object') return Object.values(value).reduce((sum: number, item) => sum + touchEveryValue(item), 0);
  return 0;
}

/** A store over one file that parses through the same `ParseCache` the extension's store uses. */
function storeOver(cache: ParseCache, current: () => { version: number; text: string }): JobSearchStore {
  const file = (): JobSearchFile => {
    const { version, text } = current();
    return { uri, folder: undefined, parsed: cache.get(KEY, version, () => text) };
  };
  const never = (): { dispose(): void } => ({ dispose() {} });
  const fake = { ready: async () => undefined, today: TODAY, get files() { return [file()]; }, get: () => file(), onDidChange: never, onDidChangeDay: never };
  return fake as unknown as JobSearchStore;
}

/** The text with one character typed into the role of the application in the middle of the file. */
function typeInMiddle(text: string, size: number): string {
  let at = -1;
  for (let seen = 0; seen <= size / 2; seen++) at = text.indexOf('\n  - company: ', at + 1);
  const role = text.indexOf('\n    role: ', at) + '\n    role: '.length;
  const end = text.indexOf('\n', role);
  return `${text.slice(0, end)}s${text.slice(end)}`;
}

/** One size's operations, each a function the benchmark times. */
export function scenario(size: number) {
  const text = syntheticJobSearch(size);
  const edited = typeInMiddle(text, size);
  const loaded = parseJobSearch(text);
  const cache = new ParseCache();
  let state = { version: 1, text };
  const store = storeOver(cache, () => state);
  const document = { uri, positionAt: (offset: number) => loaded.lineCounter.linePos(offset) } as unknown as vscode.TextDocument;
  const applications = new ApplicationsTreeProvider(store);
  const training = new TrainingTreeProvider(store);
  const people = new PeopleTreeProvider(store);
  const lensProvider = new JobSearchCodeLensProvider(store);
  const middle = loaded.applications.filter((application) => application.followUps.some((followUp) => !followUp.sent && followUp.kind))[Math.floor(size / 20)]!;
  const followUpIndex = middle.followUps.findIndex((followUp) => !followUp.sent && followUp.kind);
  const entry = loaded.training[Math.floor(loaded.training.length / 2)]!;

  const tree = async (): Promise<number> => (await walk(applications)) + (await walk(training)) + (await walk(people));
  const lenses = (): number => lensProvider.provideCodeLenses(document).length;
  const views = async (parsed: ParsedJobSearch): Promise<void> => {
    await tree();
    lenses();
    parsed.problems.map((problem) => toDiagnostic(uri, problem));
  };
  return {
    text,
    bareParse: () => parseDocument(text, { ...PARSE_OPTIONS, lineCounter: new LineCounter() }),
    load: () => parseJobSearch(text),
    tree,
    lenses,
    diagnostics: () => loaded.problems.map((problem) => toDiagnostic(uri, problem)),
    dashboard: () => dashboardModel(loaded, TODAY, 'job-search.yaml'),
    touch: () => touchEveryValue({ applications: loaded.applications, training: loaded.training, people: loaded.people, problems: loaded.problems }),
    parses: () => cache.parses,
    cachedRequests: async () => {
      lenses();
      await walk(applications);
    },
    keystrokeFull: () => parseJobSearch(edited),
    keystroke: () => reparseJobSearch(loaded, edited),
    // Each run is one keystroke: it types the character, the next one deletes it again.
    keystrokeWithViews: async () => {
      state = { version: state.version + 1, text: state.text === text ? edited : text };
      await views(cache.get(KEY, state.version, () => state.text));
    },
    markSent: () => planMarkSent(loaded, text, { ...refOf(middle), followUpIndex, kind: middle.followUps[followUpIndex]!.kind! }, TODAY),
    tickItem: () => planSetItemDone(loaded, text, { skill: entry.skill, itemIndex: 0, task: entry.items[0]!.task }, !entry.items[0]!.done, TODAY),
    dispose: () => {
      applications.dispose();
      training.dispose();
      people.dispose();
      lensProvider.dispose();
    },
  };
}
