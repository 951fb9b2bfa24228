/** Import Applications…: a CSV or TSV file read, its columns and values checked with the user, previewed, then appended in one edit. */
import * as vscode from 'vscode';
import { readCsvTable, type CsvTable } from '../model/csvTable';
import { dateText } from '../model/dateText';
import { IMPORT_FIELDS, importFieldLabel, matchColumns, type ImportField } from '../model/importColumns';
import type { DayOrder } from '../model/importDates';
import { existingKeys, planImport } from '../model/importEdits';
import { importPreview, importQuestions, statusKey, undatedRows, type ImportAnswers, type ImportPreview } from '../model/importRows';
import { STATUSES, STATUS_LABELS, type Status } from '../model/vocabulary';
import { applyPlan } from '../services/applyPlan';
import type { JobSearchFile, JobSearchStore } from '../services/jobSearchStore';
import { CommandId } from '../contributions/commandIds';
import { choose } from './choose';
import { pickFile } from './pickFile';

/** What a caller (a test, another extension) can pass instead of answering the quick picks. */
export interface ImportArguments {
  /** The job-search.yaml to import into. */
  readonly uri?: vscode.Uri;
  /** The CSV or TSV file. */
  readonly source?: vscode.Uri;
  /** Fields for columns, by header; columns not named keep what was recognised. */
  readonly columns?: Readonly<Record<string, ImportField>>;
  readonly dayOrder?: DayOrder;
  /** Stages for status values the importer does not know, by the value as written. */
  readonly statuses?: Readonly<Record<string, Status>>;
  /** For a status without a date of its own: date it on the row's latest date, or leave it to be dated by hand. */
  readonly undated?: 'latest' | 'leave';
  /** True imports without showing the preview. */
  readonly confirm?: boolean;
}

/** What the import did, by row: returned for tests and scripts. */
export interface ImportOutcome {
  readonly added: number;
  readonly skipped: readonly number[];
  readonly errors: readonly string[];
}

const TITLE = (): string => vscode.l10n.t('Import applications');

/** Reads the file as UTF-8, or as Windows-1252 when it is not valid UTF-8 (older spreadsheet exports). */
async function readText(uri: vscode.Uri): Promise<string> {
  const bytes = await vscode.workspace.fs.readFile(uri);
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder('windows-1252').decode(bytes);
  }
}

const baseName = (uri: vscode.Uri): string => uri.path.split('/').pop() ?? uri.path;

/** A column as the picker shows it: its header, the field it fills and a few of its values. */
function columnItems(table: CsvTable, mapping: readonly ImportField[]) {
  return table.headers.map((header, column) => {
    const samples = table.rows.map((row) => row.cells[column]?.trim() ?? '').filter(Boolean).slice(0, 3);
    const field = mapping[column]!;
    return {
      label: header || vscode.l10n.t('column {0}', column + 1),
      description: field === 'ignore' ? vscode.l10n.t('left out') : `→ ${importFieldLabel(field)}`,
      detail: samples.map((sample) => (sample.length > 40 ? `${sample.slice(0, 39)}…` : sample)).join(' · ') || vscode.l10n.t('(empty)'),
      column,
    };
  });
}

/** Shows what each column fills until the user continues; picking a column re-assigns it. */
async function confirmColumns(table: CsvTable, start: ImportField[], source: string): Promise<ImportField[] | undefined> {
  const mapping = [...start];
  let active: number | undefined;
  for (;;) {
    const proceed = { label: `$(arrow-right) ${vscode.l10n.t('Continue with these columns')}`, column: -1, description: '', detail: undefined as string | undefined };
    const columns = columnItems(table, mapping);
    const items = [proceed, { label: vscode.l10n.t('Columns of {0}', source), kind: vscode.QuickPickItemKind.Separator, column: -2 }, ...columns];
    const picked = await choose(items, {
      title: TITLE(),
      placeholder: vscode.l10n.t('Check what each column fills; pick a column to change it.'),
      active: active === undefined ? proceed : columns[active],
    });
    if (!picked) return undefined;
    if (picked.column === -1) {
      if (mapping.includes('company')) return mapping;
      void vscode.window.showWarningMessage(vscode.l10n.t('Choose the column that holds the company: every application needs one.'));
      continue;
    }
    active = picked.column;
    const fields = IMPORT_FIELDS.map((field) => {
      const owner = mapping.findIndex((other, column) => other === field && column !== picked.column && field !== 'ignore');
      return { label: importFieldLabel(field), description: owner >= 0 ? vscode.l10n.t('now from “{0}”', table.headers[owner] ?? '') : '', field };
    });
    const field = await choose(fields, {
      title: TITLE(),
      placeholder: vscode.l10n.t('What does “{0}” hold?', picked.label),
      active: fields.find((item) => item.field === mapping[picked.column]),
    });
    if (!field) continue;
    // A field comes from one column: the column that had it before is left out from now on.
    mapping.forEach((other, column) => {
      if (other === field.field && field.field !== 'ignore') mapping[column] = 'ignore';
    });
    mapping[picked.column] = field.field;
  }
}

/** Asks the day order of dates like 03/04/2026 with that very date spelled out both ways. */
async function askDayOrder(example: string, orders: readonly DayOrder[]): Promise<DayOrder | undefined> {
  const readings: Record<DayOrder, string> = { 'month-first': vscode.l10n.t('Month first'), 'day-first': vscode.l10n.t('Day first') };
  const dates = dateText('2026-01-01', vscode.env.language);
  const items = orders.map((order) => {
    const [a, b, year] = example.split(/[/-]/).map(Number) as [number, number, number];
    const [month, day] = order === 'month-first' ? [a, b] : [b, a];
    const full = year < 100 ? 2000 + year : year;
    const iso = `${String(full).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
    return { label: readings[order], description: example ? vscode.l10n.t('{0} is {1}', example, month <= 12 && day <= 31 ? dates.day(iso) : '—') : '', order };
  });
  const picked = await choose(items, { title: TITLE(), placeholder: vscode.l10n.t('Dates like {0} could be read either way. How does this file write them?', example || '03/04/2026') });
  return picked?.order;
}

/** Asks which stage each unknown status value means. */
async function askStatuses(values: readonly string[], table: CsvTable, mapping: readonly ImportField[]): Promise<Record<string, Status> | undefined> {
  const column = mapping.indexOf('status');
  const answers: Record<string, Status> = {};
  for (const value of values) {
    const rows = table.rows.filter((row) => statusKey(row.cells[column] ?? '') === statusKey(value)).length;
    const items = STATUSES.map((status) => ({ label: STATUS_LABELS[status], status }));
    const picked = await choose(items, {
      title: TITLE(),
      placeholder: rows === 1 ? vscode.l10n.t('Which stage is “{0}”? (1 row)', value) : vscode.l10n.t('Which stage is “{0}”? ({1} rows)', value, rows),
    });
    if (!picked) return undefined;
    answers[statusKey(value)] = picked.status;
  }
  return answers;
}

/** Asks how to date a stage a row gives no date for: on the row's latest date (noted as such), or by hand later. */
async function askUndated(rows: number): Promise<'latest' | 'leave' | undefined> {
  const items = [
    { label: vscode.l10n.t('Date it on the row’s latest date'), description: vscode.l10n.t('noted in the history entry as dated on import'), value: 'latest' as const },
    { label: vscode.l10n.t('Leave it for me to date'), description: vscode.l10n.t('the Problems panel points at each one'), value: 'leave' as const },
  ];
  const placeholder =
    rows === 1
      ? vscode.l10n.t('1 row has a stage with no date of its own (say, Rejected with only the day applied). How should it be dated?')
      : vscode.l10n.t('{0} rows have a stage with no date of its own (say, Rejected with only the day applied). How should they be dated?', rows);
  return (await choose(items, { title: TITLE(), placeholder }))?.value;
}

/** The preview: what will be added, what is already there, and each row with a problem by its number; resolves true to import. */
async function confirmPreview(preview: ImportPreview, source: string): Promise<boolean> {
  const dates = dateText('2026-01-01', vscode.env.language);
  const importItem = {
    label: `$(check) ${preview.errors.length ? vscode.l10n.t('Import {0}, leave out {1} rows with problems', preview.added.length, preview.errors.length) : preview.added.length === 1 ? vscode.l10n.t('Import 1 application') : vscode.l10n.t('Import {0} applications', preview.added.length)}`,
    action: 'import' as const,
  };
  const cancelItem = { label: `$(close) ${vscode.l10n.t('Cancel')}`, action: 'cancel' as const };
  const separator = (label: string) => ({ label, kind: vscode.QuickPickItemKind.Separator, action: 'none' as const });
  const items = [
    ...(preview.added.length ? [importItem] : []),
    cancelItem,
    ...(preview.added.length ? [separator(vscode.l10n.t('To add ({0})', preview.added.length))] : []),
    ...preview.added.map((entry) => ({
      label: [entry.company, entry.role].filter(Boolean).join(' — '),
      description: [vscode.l10n.t('row {0}', entry.row), STATUS_LABELS[entry.status], entry.applied && vscode.l10n.t('applied {0}', dates.day(entry.applied))].filter(Boolean).join(' · '),
      detail: entry.flags.length ? `$(warning) ${entry.flags.join(' ')}` : undefined,
      action: 'none' as const,
    })),
    ...(preview.skipped.length ? [separator(vscode.l10n.t('Already there ({0})', preview.skipped.length))] : []),
    ...preview.skipped.map((skip) => ({ label: [skip.company, skip.role].filter(Boolean).join(' — '), description: `${vscode.l10n.t('row {0}', skip.row)} · ${skip.reason}`, action: 'none' as const })),
    ...(preview.errors.length ? [separator(vscode.l10n.t('Rows with problems, left out ({0})', preview.errors.length))] : []),
    ...preview.errors.map((error) => ({ label: `$(error) ${error.message}`, action: 'none' as const })),
  ];
  const placeholder = preview.added.length
    ? vscode.l10n.t('{0}: {1} to add, {2} already there, {3} with problems.', source, preview.added.length, preview.skipped.length, preview.errors.length)
    : vscode.l10n.t('{0}: nothing new to add ({1} already there, {2} with problems).', source, preview.skipped.length, preview.errors.length);
  const picked = await choose(items, { title: TITLE(), placeholder, accepts: (item) => item.action !== 'none' });
  return picked?.action === 'import';
}

/** The result of the import in one sentence, with the rows left out named. */
function outcomeText(preview: ImportPreview, source: string): string {
  const parts = [preview.added.length === 1 ? vscode.l10n.t('Imported 1 application from {0}.', source) : vscode.l10n.t('Imported {0} applications from {1}.', preview.added.length, source)];
  if (preview.skipped.length) parts.push(vscode.l10n.t('{0} already there.', preview.skipped.length));
  if (preview.errors.length) parts.push(vscode.l10n.t('Left out with problems: rows {0}.', preview.errors.map((error) => error.row).join(', ')));
  return parts.join(' ');
}

/**
 * The job-search.yaml to import into: the one given, the only one, or the user's pick. A workspace without one gets
 * it created first (after asking, unless the caller asked for no questions), so a search can start from a spreadsheet.
 */
async function targetFile(store: JobSearchStore, args: ImportArguments): Promise<JobSearchFile | undefined> {
  await store.ready();
  if (store.files.length || args.uri) return pickFile(store, args.uri ? { uri: args.uri } : undefined, vscode.l10n.t('Import into which file?'));
  const create = vscode.l10n.t('Create job-search.yaml and Import');
  if (!args.confirm && (await vscode.window.showInformationMessage(vscode.l10n.t('Imported applications go into job-search.yaml, which this workspace does not have yet.'), create)) !== create) return undefined;
  const editor = await vscode.commands.executeCommand<vscode.TextEditor | undefined>(CommandId.createFile);
  return editor && store.get(editor.document.uri);
}

/** Import Applications…: pick a CSV or TSV file, check the columns, answer what is unclear, preview, then one edit. */
export function importApplications(store: JobSearchStore) {
  return async (args: ImportArguments = {}): Promise<ImportOutcome | undefined> => {
    const file = await targetFile(store, args);
    if (!file) return undefined;
    const source =
      args.source ??
      (
        await vscode.window.showOpenDialog({
          title: TITLE(),
          defaultUri: vscode.Uri.joinPath(file.uri, '..'),
          canSelectMany: false,
          filters: { [vscode.l10n.t('Spreadsheet (CSV, TSV)')]: ['csv', 'tsv', 'txt'] },
          openLabel: vscode.l10n.t('Import'),
        })
      )?.[0];
    if (!source) return undefined;
    const name = baseName(source);
    let text: string;
    try {
      text = await readText(source);
    } catch (error) {
      void vscode.window.showErrorMessage(vscode.l10n.t('Could not read {0}: {1}', name, error instanceof Error ? error.message : String(error)));
      return undefined;
    }
    const table = readCsvTable(text, name);
    if ('error' in table) {
      void vscode.window.showErrorMessage(vscode.l10n.t('{0}: {1}', name, table.error));
      return undefined;
    }
    let mapping = matchColumns(table.headers);
    if (args.columns) mapping = mapping.map((field, column) => args.columns![table.headers[column]!] ?? field);
    if (!args.confirm) {
      const confirmed = await confirmColumns(table, mapping, name);
      if (!confirmed) return undefined;
      mapping = confirmed;
    } else if (!mapping.includes('company')) {
      void vscode.window.showErrorMessage(vscode.l10n.t('{0}: no column holds the company.', name));
      return undefined;
    }
    let answers: ImportAnswers = {
      ...(args.dayOrder ? { dayOrder: args.dayOrder } : {}),
      ...(args.undated ? { undated: args.undated } : {}),
      statuses: Object.fromEntries(Object.entries(args.statuses ?? {}).map(([value, status]) => [statusKey(value), status])),
    };
    const questions = importQuestions(table, mapping, answers);
    if (questions.dayOrder && !args.confirm) {
      const dayOrder = await askDayOrder(questions.dayOrder.example, questions.dayOrder.orders);
      if (!dayOrder) return undefined;
      answers = { ...answers, dayOrder };
    }
    if (questions.statuses.length && !args.confirm) {
      const statuses = await askStatuses(questions.statuses, table, mapping);
      if (!statuses) return undefined;
      answers = { ...answers, statuses: { ...answers.statuses, ...statuses } };
    }
    if (!answers.undated && !args.confirm) {
      const rows = undatedRows(table, mapping, answers, existingKeys(file.parsed));
      if (rows) {
        const undated = await askUndated(rows);
        if (!undated) return undefined;
        answers = { ...answers, undated };
      }
    }
    const preview = importPreview(table, mapping, answers, existingKeys(file.parsed));
    if (!args.confirm && !(await confirmPreview(preview, name))) return undefined;
    if (!preview.added.length) return { added: 0, skipped: preview.skipped.map((skip) => skip.row), errors: preview.errors.map((error) => error.message) };
    let final = preview;
    let insertedAt: number | undefined;
    const done = await applyPlan(store, file.uri, (parsed, current) => {
      // Planned on the text as it is now: an application added since the preview is not added twice.
      final = importPreview(table, mapping, answers, existingKeys(parsed));
      const plan = planImport(parsed, current, final.added);
      if (!('error' in plan)) insertedAt = plan.edits[0]?.start;
      return plan;
    });
    if (!done) return undefined;
    void vscode.window.showInformationMessage(outcomeText(final, name));
    if (insertedAt !== undefined) {
      const document = await vscode.workspace.openTextDocument(file.uri);
      const editor = await vscode.window.showTextDocument(document, { preview: false });
      const position = document.positionAt(insertedAt);
      editor.selection = new vscode.Selection(position, position);
      editor.revealRange(new vscode.Range(position, position), vscode.TextEditorRevealType.AtTop);
    }
    return { added: final.added.length, skipped: final.skipped.map((skip) => skip.row), errors: final.errors.map((error) => error.message) };
  };
}
