/** The import of a large spreadsheet, timed from the CSV text to the planned edit, against a bare parse of the file it makes. */
import { LineCounter, parseDocument } from 'yaml';
import { csvText } from '../src/model/csvExport';
import { readCsvTable } from '../src/model/csvTable';
import { matchColumns } from '../src/model/importColumns';
import { planImport } from '../src/model/importEdits';
import { importPreview, importQuestions, undatedRows } from '../src/model/importRows';
import { parseJobSearch } from '../src/model/parseJobSearch';
import { PARSE_OPTIONS } from '../src/model/parseOptions';
import { median } from './measure';
import { syntheticJobSearch } from './syntheticJobSearch';

/** How many rows the import bench reads. */
export const IMPORT_ROWS = 5000;

/** What the import bench measured, in milliseconds. */
export interface ImportFigures {
  readonly rows: number;
  readonly csvBytes: number;
  /** The whole import as the command runs it: read the table, match columns, find the questions, preview, plan. */
  readonly importMs: number;
  readonly added: number;
  /** A bare `yaml` parse of the file the import writes, the floor the budget compares with. */
  readonly parseMs: number;
}

/** Imports the export of a synthetic 5,000-application search into an empty file, as the command would. */
export async function measureImport(): Promise<ImportFigures> {
  const csv = csvText(parseJobSearch(syntheticJobSearch(IMPORT_ROWS)));
  const empty = parseJobSearch('');
  let added = 0;
  let written = '';
  const run = (): void => {
    const table = readCsvTable(csv, 'search.csv');
    if ('error' in table) throw new Error(table.error);
    const mapping = matchColumns(table.headers);
    const questions = importQuestions(table, mapping);
    if (questions.dayOrder || questions.statuses.length) throw new Error('the export should need no questions');
    undatedRows(table, mapping, {}, new Set());
    const preview = importPreview(table, mapping, { undated: 'latest' }, new Set());
    const plan = planImport(empty, '', preview.added);
    if ('error' in plan) throw new Error(plan.error);
    added = preview.added.length;
    written = plan.edits[0]!.newText;
  };
  const importMs = await median(5, run, { warmUps: 1, untimedBeforeEach: false });
  const parseMs = await median(5, () => parseDocument(written, { ...PARSE_OPTIONS, lineCounter: new LineCounter() }), { warmUps: 1, untimedBeforeEach: false });
  return { rows: IMPORT_ROWS, csvBytes: Buffer.byteLength(csv), importMs, added, parseMs };
}
