/** One row per application with every stage date, contacts and outcome (or one per person), as CSV written by `csv-stringify`. */
import { feedbackText } from './feedbackOf';
import * as l10n from '@vscode/l10n';
import { stringify } from 'csv-stringify/sync';
import type { Application, JobSearch } from './jobSearch';
import { companyName } from './summaries';
import { INTERVIEW_LABELS, STATUSES, STATUS_LABELS, TOUCH_LABELS } from './vocabulary';
import { lastTouch, networkIndex } from './network';

/** The date an application entered each stage (the latest, when it entered one twice). */
function stageDates(application: Application): string[] {
  return STATUSES.map((status) =>
    application.history
      .filter((entry) => entry.status === status && entry.date)
      .map((entry) => entry.date!)
      .sort()
      .at(-1) ?? '',
  );
}

/** The header and rows, before quoting. */
export function csvRows(search: Pick<JobSearch, 'applications'>): string[][] {
  const header = [
    l10n.t('Company'),
    l10n.t('Role'),
    l10n.t('Status'),
    ...STATUSES.map((status) => l10n.t({ message: '{0} on', args: [STATUS_LABELS[status]], comment: ['a column of dates: when the application entered stage {0}'] })),
    l10n.t('Link'),
    l10n.t('Location'),
    l10n.t('Salary'),
    l10n.t('Source'),
    l10n.t('Résumé'),
    l10n.t('Posting'),
    l10n.t('Contacts'),
    l10n.t('Interviews'),
    l10n.t('Feedback'),
    l10n.t('Notes'),
  ];
  const rows = search.applications.map((application) => [
    companyName(application),
    application.role ?? '',
    application.status ? STATUS_LABELS[application.status] : l10n.t('Unknown'),
    ...stageDates(application),
    application.link ?? '',
    application.location ?? '',
    application.salary ?? '',
    application.source ?? '',
    application.resume ?? '',
    application.posting ?? '',
    application.contacts.map((contact) => [contact.name, contact.role && `(${contact.role})`, contact.email && `<${contact.email}>`].filter(Boolean).join(' ')).join('; '),
    application.interviews
      .map((interview) => [interview.date, interview.kind && INTERVIEW_LABELS[interview.kind], interview.with.length && l10n.t('with {0}', interview.with.join(', '))].filter(Boolean).join(' '))
      .join('; '),
    feedbackText(application),
    application.notes ?? '',
  ]);
  return [header, ...rows];
}

/** The CSV text (RFC 4180 quoting, CRLF rows, a BOM so spreadsheet apps read it as UTF-8). */
export function csvText(search: Pick<JobSearch, 'applications'>): string {
  return asCsv(csvRows(search));
}

/**
 * Rows as CSV text, quoted and with a BOM. A cell starting with `=`, `+`, `-` or `@` gets a leading `'`, so a
 * spreadsheet shows it as text instead of running it as a formula; importing takes the quote off again.
 */
const asCsv = (rows: string[][]): string =>
  // A cell that already starts with that quote gets a second one, so taking one off on import gives it back as it was.
  `\uFEFF${stringify(rows.map((row) => row.map((cell) => cell.replace(/^'(?=[=+\-@\t\r])/, "''"))), { record_delimiter: 'windows', escape_formulas: true })}`;

/** One row per person: who they are, when to reach out, their touches and referrals, and the applications they link to. */
export function peopleCsvRows(search: Pick<JobSearch, 'applications' | 'people'>): string[][] {
  const header = [
    l10n.t('Name'),
    l10n.t('Company'),
    l10n.t('Role'),
    l10n.t('How you know them'),
    l10n.t('Email'),
    l10n.t('LinkedIn'),
    l10n.t('Connected on'),
    l10n.t('Reach out next'),
    l10n.t('Touches'),
    l10n.t('Last touch'),
    l10n.t('Referrals'),
    l10n.t('Applications'),
    l10n.t('Notes'),
  ];
  const index = networkIndex(search);
  const rows = search.people.map((person) => {
    const latest = lastTouch(person);
    const referrals = person.touches
      .filter((touch) => touch.kind?.startsWith('referral-'))
      .map((touch) => [touch.date, TOUCH_LABELS[touch.kind!], touch.application && `(${touch.application})`].filter(Boolean).join(' '));
    return [
      person.name.trim(),
      person.company ?? '',
      person.role ?? '',
      person.met ?? '',
      person.email ?? '',
      person.linkedin ?? '',
      person.connected ?? '',
      person.next ?? '',
      String(person.touches.length),
      latest ? [latest.date, latest.kind && TOUCH_LABELS[latest.kind]].filter(Boolean).join(' ') : '',
      referrals.join('; '),
      index.applicationsOf(person).map((application) => [companyName(application), application.role].filter(Boolean).join(' / ')).join('; '),
      person.notes ?? '',
    ];
  });
  return [header, ...rows];
}

/** The people as CSV text, quoted like the applications. */
export function peopleCsvText(search: Pick<JobSearch, 'applications' | 'people'>): string {
  return asCsv(peopleCsvRows(search));
}
