/** One row per application with every stage date, contacts and outcome, as CSV written by `csv-stringify`. */
import { feedbackText } from './feedbackOf';
import * as l10n from '@vscode/l10n';
import { stringify } from 'csv-stringify/sync';
import type { Application, JobSearch } from './jobSearch';
import { companyName } from './summaries';
import { INTERVIEW_LABELS, STATUSES, STATUS_LABELS } from './vocabulary';

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
  return `\uFEFF${stringify(csvRows(search), { record_delimiter: 'windows' })}`;
}
