/** Table rows turned into new applications: what will be added, what is already in the file, and rows that cannot be read. */
import * as l10n from '@vscode/l10n';
import type { CsvTable } from './csvTable';
import { cleanCell } from './importCells';
import type { ImportField } from './importColumns';
import { dayOrdersOf, readDate, type DayOrder } from './importDates';
import { statusOf, unknownStatuses } from './importStatuses';
import type { IsoDate } from './jobSearch';
import { nameKey } from './network';
import { isSafeLink } from './safeLink';
import { INTERVIEW_KINDS, INTERVIEW_LABELS, STATUSES, STATUS_LABELS, type InterviewKind, type Status } from './vocabulary';
import type { YamlValue } from './yamlEdits';

/** What the user decided before the preview: the day order of numeric dates and what unknown status words mean. */
export interface ImportAnswers {
  readonly dayOrder?: DayOrder;
  /** Unknown status values, keyed as `statusKey` writes them. */
  readonly statuses?: Readonly<Record<string, Status>>;
  /** For a status without a date of its own: date it on the row's latest date, or leave it for the user to date. */
  readonly undated?: 'latest' | 'leave';
}

/** What must still be decided before the rows can be read. */
export interface ImportQuestions {
  /** Present when numeric dates could be read day first or month first; `example` is one such date. */
  readonly dayOrder?: { readonly example: string; readonly orders: readonly DayOrder[] };
  /** The day order the file's own dates prove, such as 13/04/2026. */
  readonly provenOrder?: DayOrder;
  /** Status values the importer does not know, as first written. */
  readonly statuses: readonly string[];
}

/** How many rows would be added with a status that has no date of its own, once the other questions are answered. */
export function undatedRows(table: CsvTable, mapping: readonly ImportField[], answers: ImportAnswers, existing: ReadonlySet<string>): number {
  return importPreview(table, mapping, { ...answers, undated: 'leave' }, existing).added.filter((entry) => entry.undated).length;
}

/** One application to add, with the row it came from and what the preview should point out. */
export interface ImportEntry {
  readonly row: number;
  readonly company: string;
  readonly role?: string;
  readonly status: Status;
  readonly applied?: IsoDate;
  readonly entry: { readonly [key: string]: YamlValue | undefined };
  readonly flags: readonly string[];
  /** Its status has no dated history entry; the file will warn until one is added. */
  readonly undated?: boolean;
}

/** A row left out, and why. */
export interface ImportSkip {
  readonly row: number;
  readonly company: string;
  readonly role?: string;
  readonly reason: string;
}

/** A row that cannot be imported as it is. */
export interface ImportError {
  readonly row: number;
  readonly message: string;
}

/** Everything the preview shows. */
export interface ImportPreview {
  readonly added: readonly ImportEntry[];
  readonly skipped: readonly ImportSkip[];
  readonly errors: readonly ImportError[];
}

const DATE_FIELDS: ReadonlySet<ImportField> = new Set<ImportField>(STATUSES);
const ONE_LINE: ReadonlySet<ImportField> = new Set<ImportField>(['company', 'role', 'status', 'link', 'location', 'salary', 'source', 'resume', 'posting', 'contactName', 'contactEmail', ...STATUSES]);

/** The values of every column assigned to one of `fields`. */
function columnValues(table: CsvTable, mapping: readonly ImportField[], fields: ReadonlySet<ImportField>): string[] {
  const columns = mapping.flatMap((field, column) => (fields.has(field) ? [column] : []));
  return table.rows.flatMap((row) => columns.map((column) => row.cells[column] ?? '').filter((cell) => cell.trim()));
}

/** The questions the user must answer for this table and column mapping; none when everything reads on its own. */
export function importQuestions(table: CsvTable, mapping: readonly ImportField[], answers: ImportAnswers = {}): ImportQuestions {
  const dates = columnValues(table, mapping, new Set([...DATE_FIELDS, 'interviews']));
  const interviewDates = dates.map((value) => value.split(/[;\n]/)[0]!.trim().split(' ')[0]!);
  const orders = dayOrdersOf([...dates, ...interviewDates]);
  const statuses = unknownStatuses(columnValues(table, mapping, new Set(['status'])), answers.statuses);
  const needsOrder = !answers.dayOrder && (orders.ambiguous || orders.orders.length === 0);
  return {
    ...(needsOrder ? { dayOrder: { example: orders.example ?? '', orders: orders.orders.length ? orders.orders : ['month-first', 'day-first'] } } : {}),
    ...(orders.orders.length === 1 ? { provenOrder: orders.orders[0] } : {}),
    statuses,
  };
}

/** The key a status value is answered under. */
export { headerKey as statusKey } from './importColumns';

/** The applications already in the file, by company and role. */
export const applicationKey = (company: string, role: string | undefined): string => `${nameKey(company)}\u0000${nameKey(role)}`;

/** "2026-10-15 Technical interview with Sam Lee, Ana Ruiz" (as the export writes it), or a date alone. */
function readInterview(part: string, order: DayOrder | undefined, kinds: ReadonlyMap<string, InterviewKind>): { readonly value?: YamlValue; readonly error?: string } {
  const [first = '', ...restWords] = part.split(' ');
  let reading = readDate(first, order);
  let rest = restWords.join(' ');
  if (!('date' in reading)) {
    const whole = readDate(part, order);
    if ('date' in whole) [reading, rest] = [whole, ''];
  }
  if (!('date' in reading)) return { error: part };
  const withWord = l10n.t('with {0}', '\u0000').split('\u0000')[0]!;
  const at = withWord ? rest.toLowerCase().indexOf(withWord.toLowerCase()) : -1;
  const kindText = (at >= 0 ? rest.slice(0, at) : rest).trim();
  const people = at >= 0 ? rest.slice(at + withWord.length).split(',').map((name) => name.trim()).filter(Boolean) : [];
  const kind = kindText ? kinds.get(kindText.toLowerCase()) : undefined;
  return { value: { date: reading.date, kind: kind ?? (kindText ? 'other' : undefined), ...(kind || !kindText ? {} : { notes: kindText }), with: people.length ? people : undefined } };
}

/** "Sam Lee (Recruiter) <sam@example.com>; Ana Ruiz": the contacts as the export writes them. */
function readContacts(text: string): YamlValue[] {
  return text
    .split(/;|\n/)
    .map((part) => part.trim())
    .filter(Boolean)
    .map((part) => {
      const email = /<([^<>\s]+@[^<>\s]+)>/.exec(part)?.[1];
      const role = /\(([^()]*)\)/.exec(part)?.[1]?.trim();
      const name = part.replace(/<[^<>]*>/, '').replace(/\([^()]*\)/, '').trim() || email || part;
      return { name, role: role || undefined, email };
    });
}

/** Reads every row: the preview of an import into a file holding `existing` (company and role keys). */
export function importPreview(table: CsvTable, mapping: readonly ImportField[], answers: ImportAnswers, existing: ReadonlySet<string>): ImportPreview {
  const order = answers.dayOrder ?? importQuestions(table, mapping, answers).provenOrder;
  const kinds = new Map<string, InterviewKind>(INTERVIEW_KINDS.flatMap((kind) => [[kind, kind] as const, [INTERVIEW_LABELS[kind].toLowerCase(), kind] as const]));
  const added: ImportEntry[] = [];
  const skipped: ImportSkip[] = [];
  const errors: ImportError[] = [];
  const seen = new Map<string, number>();
  for (const { row, cells } of table.rows) {
    const flags: string[] = [];
    const problems: string[] = [];
    const values = new Map<ImportField, string>();
    mapping.forEach((field, column) => {
      if (field === 'ignore') return;
      const header = table.headers[column] || l10n.t('column {0}', column + 1);
      const clean = cleanCell(cells[column] ?? '', header, { link: field === 'link', oneLine: ONE_LINE.has(field) });
      flags.push(...clean.flags);
      if (clean.value) values.set(field, clean.value);
    });
    const company = values.get('company');
    const role = values.get('role');
    if (!company) {
      errors.push({ row, message: l10n.t('Row {0} has no company.', row) });
      continue;
    }
    const history: { date: IsoDate; status: Status; notes?: string }[] = [];
    for (const status of STATUSES) {
      const text = values.get(status);
      if (!text) continue;
      const reading = readDate(text, order);
      if ('date' in reading) history.push({ date: reading.date, status });
      else problems.push('ambiguous' in reading ? l10n.t('“{0}” could be read day first or month first; choose the order of the dates.', text) : l10n.t('“{0}” is not a date.', text));
    }
    history.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : STATUSES.indexOf(a.status) - STATUSES.indexOf(b.status)));
    const interviews: YamlValue[] = [];
    for (const part of (values.get('interviews') ?? '').split(/;|\n/).map((text) => text.trim()).filter(Boolean)) {
      const interview = readInterview(part, order, kinds);
      if (interview.value) interviews.push(interview.value);
      else problems.push(l10n.t('“{0}” is not a date.', interview.error!));
    }
    const statusText = values.get('status');
    let status: Status | undefined;
    if (statusText) {
      status = statusOf(statusText, answers.statuses);
      if (!status) problems.push(l10n.t('The status “{0}” needs a stage chosen for it.', statusText));
    }
    if (problems.length) {
      errors.push({ row, message: l10n.t('Row {0} ({1}): {2}', row, company, problems.join(' ')) });
      continue;
    }
    // Without a status column, the latest dated stage says where the application is; an interview date means interviewing.
    status ??= history.at(-1)?.status ?? (interviews.length ? 'interviewing' : 'wishlist');
    // An interview date in a row still at the screening stage was the screening call.
    const reachedBy: Status = status === 'screening' ? 'screening' : 'interviewing';
    if (interviews.length && !mapping.includes(reachedBy)) {
      const first = interviews.map((interview) => (interview as { date: IsoDate }).date).sort()[0]!;
      if (!history.some((entry) => entry.status === reachedBy)) history.push({ date: first, status: reachedBy });
      if (reachedBy === 'screening') for (const interview of interviews as { kind?: string }[]) interview.kind ??= 'screening';
      history.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : STATUSES.indexOf(a.status) - STATUSES.indexOf(b.status)));
    }
    // A status with no date of its own (a spreadsheet keeps the day applied, rarely the day of the rejection).
    let undated = false;
    const latest = history.at(-1);
    if (latest && latest.status !== status) {
      if (answers.undated === 'latest') {
        history.push({ date: latest.date, status, notes: l10n.t('dated on import: the row had no date for this stage') } as (typeof history)[number]);
        flags.push(l10n.t('No date for {0}: dated {1}, the row’s latest date.', STATUS_LABELS[status], latest.date));
      } else {
        undated = true;
        flags.push(l10n.t('No date for {0}: add one under history after the import.', STATUS_LABELS[status]));
      }
    }
    const key = applicationKey(company, role);
    if (existing.has(key)) {
      skipped.push({ row, company, ...(role ? { role } : {}), reason: l10n.t('already in the file') });
      continue;
    }
    const earlier = seen.get(key);
    if (earlier !== undefined) {
      skipped.push({ row, company, ...(role ? { role } : {}), reason: l10n.t('the same as row {0}', earlier) });
      continue;
    }
    seen.set(key, row);
    let link = values.get('link');
    let notes = values.get('notes');
    if (link && !isSafeLink(link)) {
      flags.push(l10n.t('“{0}” is not a web link; it is kept in the notes.', link));
      notes = [notes, link].filter(Boolean).join('\n');
      link = undefined;
    }
    const contacts = values.has('contacts') ? readContacts(values.get('contacts')!) : [];
    const contactName = values.get('contactName');
    const contactEmail = values.get('contactEmail');
    if (contactName || contactEmail) contacts.push({ name: contactName ?? contactEmail!, email: contactName ? contactEmail : undefined });
    const entry = {
      company,
      role,
      status,
      link,
      location: values.get('location'),
      salary: values.get('salary'),
      source: values.get('source'),
      resume: values.get('resume'),
      posting: values.get('posting'),
      notes,
      history: history.length ? history : undefined,
      contacts: contacts.length ? contacts : undefined,
      interviews: interviews.length ? interviews : undefined,
      feedback: values.get('feedback'),
    };
    const applied = history.find((item) => item.status === 'applied')?.date;
    added.push({ row, company, ...(role ? { role } : {}), status, ...(applied ? { applied } : {}), ...(undated ? { undated } : {}), entry, flags });
  }
  return { added, skipped, errors };
}
