/** A CSV or TSV file read into a header and rows with `csv-parse`, with the delimiter found from the text. */
import * as l10n from '@vscode/l10n';
import { parse } from 'csv-parse/sync';

/** The cells of a table file: the first row as headers, then the data rows, each with its row number as a spreadsheet shows it. */
export interface CsvTable {
  readonly headers: readonly string[];
  readonly rows: readonly CsvRow[];
  readonly delimiter: string;
}

/** One data row; `row` counts the header as row 1, as spreadsheet apps do. */
export interface CsvRow {
  readonly row: number;
  readonly cells: readonly string[];
}

/** The delimiter most lines of the header agree on: tab, semicolon (spreadsheets in many European locales) or comma. */
export function delimiterOf(text: string, fileName = ''): string {
  if (/\.tsv$|\.tab$/i.test(fileName)) return '\t';
  const firstLine = text.split(/\r?\n/, 1)[0] ?? '';
  const counts = ['\t', ';', ','].map((delimiter) => [delimiter, firstLine.split(delimiter).length - 1] as const);
  const best = counts.reduce((a, b) => (b[1] > a[1] ? b : a));
  return best[1] > 0 ? best[0] : ',';
}

/** Reads `text` as a table, or says what is wrong with it and on which line. */
export function readCsvTable(text: string, fileName = ''): CsvTable | { error: string } {
  const clean = text.replace(/^\uFEFF/, '');
  const delimiter = delimiterOf(clean, fileName);
  let records: string[][];
  try {
    records = parse(clean, { delimiter, relax_column_count: true, skip_empty_lines: false, relax_quotes: delimiter === '\t' }) as string[][];
  } catch (error) {
    const line = (error as { lines?: number }).lines;
    const reason = error instanceof Error ? error.message.replace(/^Invalid Record Length: |^Quote Not Closed: /, '') : String(error);
    return { error: line ? l10n.t('The file could not be read as a table near line {0}: {1}', line, reason) : l10n.t('The file could not be read as a table: {0}', reason) };
  }
  const [headers, ...rest] = records;
  if (!headers || headers.every((header) => !header.trim())) return { error: l10n.t('The file is empty: it needs a header row, then one row per application.') };
  const rows: CsvRow[] = [];
  rest.forEach((cells, index) => {
    if (cells.some((cell) => cell.trim())) rows.push({ row: index + 2, cells });
  });
  return { headers: headers.map((header) => header.trim()), rows, delimiter };
}
