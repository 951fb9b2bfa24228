/**
 * `npm run bench`: times the model and the views on synthetic job searches of 100, 1,000 and 5,000 applications,
 * prints each figure with its ratio to a bare `yaml` parse of the same file, writes them as JSON and exits non-zero
 * when a budget is missed. Ratios taken inside one run are what the budgets hold; absolute times vary by machine.
 */
import './withVscodeStub';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { HUGE_APPLICATIONS, measureBadInputs, type BadInputFigures } from './badInputs';
import { fixed, median } from './measure';
import { scenario as scenarioOf } from './views';
import { IMPORT_ROWS, measureImport, type ImportFigures } from './importBench';

const SIZES = [100, 1000, 5000] as const;
const RUNS: Record<(typeof SIZES)[number], number> = { 100: 15, 1000: 21, 5000: 7 };
const BUDGET_SIZE = 1000;

/** Each figure of one file size, in milliseconds, plus the parses counted on cache hits. */
interface Figures {
  applications: number;
  bytes: number;
  parse: number;
  load: number;
  tree: number;
  lenses: number;
  diagnostics: number;
  dashboard: number;
  views: number;
  touch: number;
  cachedRequests: number;
  cachedParses: number;
  keystrokeFull: number;
  keystroke: number;
  keystrokeWithViews: number;
  markSent: number;
  tickItem: number;
}

const ROWS: [keyof Figures, string][] = [
  ['parse', '1. yaml.parseDocument (the floor)'],
  ['load', '2. full load: parse, model, validation, problems'],
  ['tree', '3a. whole Applications, People and Training trees'],
  ['lenses', '3b. CodeLenses'],
  ['diagnostics', '3c. diagnostics'],
  ['dashboard', '3d. dashboard view model'],
  ['views', '3. views from a loaded model, together'],
  ['touch', '3f. reading every value of the model once'],
  ['cachedRequests', '3e. lens + tree requests, unchanged version'],
  ['keystrokeFull', '4a. keystroke: full re-parse'],
  ['keystroke', '4b. keystroke: incremental update'],
  ['keystrokeWithViews', '4c. keystroke: update, then the views'],
  ['markSent', '5a. plan: mark a follow-up sent'],
  ['tickItem', '5b. plan: tick a training item'],
];

async function measureSize(size: number): Promise<Figures> {
  const runs = RUNS[size as keyof typeof RUNS];
  const scenario = scenarioOf(size);
  const parse = await median(runs, () => scenario.bareParse());
  const load = await median(runs, () => scenario.load());
  const tree = await median(runs, () => scenario.tree());
  const lenses = await median(runs, () => scenario.lenses());
  const diagnostics = await median(runs, () => scenario.diagnostics());
  const dashboard = await median(runs, () => scenario.dashboard());
  const touch = await median(runs, () => scenario.touch());
  const parsesBefore = scenario.parses();
  const cachedRequests = await median(runs, () => scenario.cachedRequests());
  const cachedParses = scenario.parses() - parsesBefore;
  const figures: Figures = {
    applications: size,
    bytes: Buffer.byteLength(scenario.text),
    parse,
    load,
    tree,
    lenses,
    diagnostics,
    dashboard,
    views: tree + lenses + diagnostics + dashboard,
    touch,
    cachedRequests,
    cachedParses,
    keystrokeFull: await median(runs, () => scenario.keystrokeFull()),
    keystroke: await median(runs, () => scenario.keystroke()),
    keystrokeWithViews: await median(runs, () => scenario.keystrokeWithViews()),
    markSent: await median(runs, () => scenario.markSent()),
    tickItem: await median(runs, () => scenario.tickItem()),
  };
  scenario.dispose();
  return figures;
}

interface Check {
  readonly name: string;
  readonly value: number;
  readonly limit: number;
}

function budgets(figures: Figures, big: Figures): Check[] {
  const ratio = (key: keyof Figures): number => figures[key] / figures.parse;
  return [
    { name: 'full load ≤ 1.3× bare parse', value: ratio('load'), limit: 1.3 },
    { name: 'views from a loaded model ≤ 0.2× bare parse', value: ratio('views'), limit: 0.2 },
    { name: 'parses for lens and tree requests on an unchanged version = 0', value: figures.cachedParses, limit: 0 },
    { name: 'plan: mark sent ≤ 0.1× bare parse', value: ratio('markSent'), limit: 0.1 },
    { name: 'plan: tick a training item ≤ 0.1× bare parse', value: ratio('tickItem'), limit: 0.1 },
    { name: 'keystroke: incremental update ≤ 0.5× a full re-parse', value: figures.keystroke / figures.keystrokeFull, limit: 0.5 },
    // The bare parse itself can grow faster than linearly here (collecting the garbage of a 4 MB document), and so can
    // merely reading the model's values (see below); the full load is held to the larger of the two growths plus 10%,
    // so what the model adds still has to scale linearly.
    {
      name: `growth 1,000 → 5,000, full load ≤ 5.5 (or ≤ 1.1× the bare parse's growth, ${fixed(big.parse / figures.parse)}, or the growth of reading every value once, ${fixed(big.touch / figures.touch)}, if more)`,
      value: big.load / figures.load,
      limit: Math.max(5.5, (1.1 * big.parse) / figures.parse, (1.1 * big.touch) / figures.touch),
    },
    // Five times the applications are five times the distinct objects: merely reading each value once grows by more
    // than 5 (cache misses, a larger heap to collect). The views, together and the two largest alone, are held to that
    // growth plus 10%, so the check measures their algorithm: anything worse than linear in the entries misses it.
    ...(['views', 'tree', 'dashboard'] as const).map((key) => ({
      name: `growth 1,000 → 5,000, ${key === 'views' ? 'views together' : key} ≤ 5.5 (or ≤ 1.1× the growth of reading every value once, ${fixed(big.touch / figures.touch)}, if that is more)`,
      value: big[key] / figures[key],
      limit: Math.max(5.5, (1.1 * big.touch) / figures.touch),
    })),
  ];
}

function badInputBudgets(figures: Figures, small: Figures, bad: BadInputFigures): Check[] {
  const bytesGrowth = bad.hugeBytes / figures.bytes;
  const parseGrowth = bad.hugeParse / figures.parse;
  return [
    { name: '10 MB file: full load ≤ 1.3× bare parse', value: bad.hugeLoad / bad.hugeParse, limit: 1.3 },
    // Proportional to size: the load grows with the bytes, or at most 10% faster than yaml's own parse does.
    {
      name: `10 MB file: load growth from 1,000 applications ≤ 1.3× the size growth (${bytesGrowth.toFixed(1)}), or ≤ 1.1× the bare parse's growth if that is more`,
      value: bad.hugeLoad / figures.load,
      limit: Math.max(1.3 * bytesGrowth, 1.1 * parseGrowth),
    },
    { name: '10 MB file with a syntax error halfway: full load ≤ 1.5× bare parse', value: bad.damagedLoad / bad.damagedParse, limit: 1.5 },
    // Expanded, the bomb would be 10^10 strings; refused, it costs less than reading 100 real applications.
    { name: 'alias bomb: full load ≤ the full load of 100 applications', value: bad.bombLoad / small.load, limit: 1 },
  ];
}

function importBudgets(figures: ImportFigures): Check[] {
  return [
    // Reading the table, matching columns, previewing and planning the edit must cost less than parsing what it writes.
    { name: `import of ${IMPORT_ROWS.toLocaleString('en')} CSV rows ≤ 0.75× a bare parse of the YAML it writes`, value: figures.importMs / figures.parseMs, limit: 0.75 },
  ];
}

function table(all: Figures[]): string {
  const header = ['measure', ...all.map((figures) => `${figures.applications.toLocaleString('en')} apps (ms, ×parse)`), 'growth 1k→5k'];
  const rows = ROWS.map(([key, label]) => {
    const cells = all.map((figures) => `${fixed(figures[key])} (${fixed(figures[key] / figures.parse, 3)}×)`);
    const [thousand, big] = [all.find((f) => f.applications === 1000), all.find((f) => f.applications === 5000)];
    const growth = thousand && big && thousand[key] > 0 ? fixed(big[key] / thousand[key]) : '—';
    return [label, ...cells, growth];
  });
  const sizes = ['file size', ...all.map((figures) => `${Math.round(figures.bytes / 1024).toLocaleString('en')} KB`), ''];
  const lines = [header, sizes, ...rows];
  const widths = header.map((_, column) => Math.max(...lines.map((line) => line[column]!.length)));
  const render = (line: string[]): string => `| ${line.map((cell, column) => cell.padEnd(widths[column]!)).join(' | ')} |`;
  return [render(header), `|${widths.map((width) => '-'.repeat(width + 2)).join('|')}|`, ...lines.slice(1).map(render)].join('\n');
}

async function main(): Promise<void> {
  const all: Figures[] = [];
  for (const size of SIZES) {
    process.stdout.write(`Measuring ${size.toLocaleString('en')} applications…\n`);
    all.push(await measureSize(size));
  }
  const base = all.find((figures) => figures.applications === BUDGET_SIZE)!;
  const big = all.find((figures) => figures.applications === 5000)!;
  process.stdout.write(`Measuring bad inputs: a ${HUGE_APPLICATIONS.toLocaleString('en')}-application file (about 10 MB), damaged, and the alias bomb…\n`);
  const bad = await measureBadInputs();
  process.stdout.write(`Measuring the import of a ${IMPORT_ROWS.toLocaleString('en')}-row CSV…\n`);
  const imported = await measureImport();
  const checks = [...budgets(base, big), ...badInputBudgets(base, all.find((figures) => figures.applications === 100)!, bad), ...importBudgets(imported)];
  console.log(`\n${table(all)}\n`);
  console.log(
    [
      `Bad inputs (ms): ${(bad.hugeBytes / 1e6).toFixed(1)} MB file: bare parse ${fixed(bad.hugeParse)}, full load ${fixed(bad.hugeLoad)};`,
      `  damaged halfway: bare parse ${fixed(bad.damagedParse)}, full load ${fixed(bad.damagedLoad)} (${bad.damagedProblems} error(s), ${bad.damagedApplications.toLocaleString('en')} applications still read);`,
      `  alias bomb: bare parse ${fixed(bad.bombParse, 3)}, full load ${fixed(bad.bombLoad, 3)}.`,
      `Import (ms): ${imported.rows.toLocaleString('en')} rows, ${(imported.csvBytes / 1e6).toFixed(1)} MB of CSV, ${imported.added.toLocaleString('en')} added: ${fixed(imported.importMs)}; a bare parse of the YAML it writes: ${fixed(imported.parseMs)}.\n`,
    ].join('\n'),
  );
  console.log(`Budgets (${BUDGET_SIZE.toLocaleString('en')} applications, then bad inputs, then the import):`);
  for (const check of checks) console.log(`  ${check.value <= check.limit ? 'ok  ' : 'MISS'} ${check.name}: ${check.value.toFixed(3)} (limit ${check.limit.toFixed(2)})`);
  const out = join(__dirname, '..', 'test-results');
  mkdirSync(out, { recursive: true });
  const file = join(out, 'bench.json');
  writeFileSync(file, `${JSON.stringify({ node: process.version, figures: all, badInputs: bad, import: imported, budgets: checks.map((check) => ({ ...check, met: check.value <= check.limit })) }, null, 2)}\n`);
  console.log(`\nFigures written to test-results/bench.json`);
  const missed = checks.filter((check) => check.value > check.limit);
  if (missed.length) {
    console.error(`${missed.length} budget${missed.length === 1 ? '' : 's'} missed.`);
    process.exitCode = 1;
  }
}

void main();
