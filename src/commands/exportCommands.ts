/** Export Calendar (.ics) and Export CSV: write the job search to a file the user picks. */
import * as vscode from 'vscode';
import { calendarText } from '../model/calendarExport';
import { csvText, peopleCsvText } from '../model/csvExport';
import type { JobSearchStore } from '../services/jobSearchStore';

/** Which file to export: the active editor's job-search file, else the workspace's only or chosen one. */
async function sourceFile(store: JobSearchStore): Promise<ReturnType<JobSearchStore['get']>> {
  await store.ready();
  const active = vscode.window.activeTextEditor?.document.uri;
  const current = active && store.get(active);
  if (current || store.files.length <= 1) return current ?? store.files[0];
  const pick = await vscode.window.showQuickPick(
    store.files.map((file) => ({ label: vscode.workspace.asRelativePath(file.uri), file })),
    { placeHolder: vscode.l10n.t('Export which job-search file?') },
  );
  return pick?.file;
}

/** Writes `text` to `target`, or to a file the user picks next to the job-search file. */
function exporter(store: JobSearchStore, extension: string, filter: () => Record<string, string[]>, render: (file: NonNullable<ReturnType<JobSearchStore['get']>>) => { text: string } | { error: string }) {
  return async (target?: vscode.Uri): Promise<vscode.Uri | undefined> => {
    const file = await sourceFile(store);
    if (!file) {
      void vscode.window.showInformationMessage(vscode.l10n.t('There is no job-search.yaml to export yet.'));
      return undefined;
    }
    const result = render(file);
    if ('error' in result) {
      void vscode.window.showWarningMessage(result.error);
      return undefined;
    }
    const destination =
      target instanceof vscode.Uri ? target : await vscode.window.showSaveDialog({ defaultUri: vscode.Uri.joinPath(file.uri, '..', `job-search.${extension}`), filters: filter(), saveLabel: vscode.l10n.t('Export') });
    if (!destination) return undefined;
    await vscode.workspace.fs.writeFile(destination, new TextEncoder().encode(result.text));
    void vscode.window.showInformationMessage(vscode.l10n.t('Exported to {0}.', vscode.workspace.asRelativePath(destination)));
    return destination;
  };
}

/** Interviews, follow-up due dates and training targets as an .ics calendar. */
export function exportCalendar(store: JobSearchStore) {
  return exporter(store, 'ics', () => ({ [vscode.l10n.t('Calendar')]: ['ics'] }), (file) => calendarText(file.parsed));
}

/** One row per person as CSV: who, when to reach out, touches, referrals and applications. */
export function exportPeopleCsv(store: JobSearchStore) {
  return exporter(store, 'people.csv', () => ({ [vscode.l10n.t('CSV (spreadsheet)')]: ['csv'] }), (file) =>
    file.parsed.people.length ? { text: peopleCsvText(file.parsed) } : { error: vscode.l10n.t('There is nobody under “people:” to export yet.') },
  );
}

/** One row per application as CSV, for a spreadsheet. */
export function exportCsv(store: JobSearchStore) {
  return exporter(store, 'csv', () => ({ [vscode.l10n.t('CSV (spreadsheet)')]: ['csv'] }), (file) => ({ text: csvText(file.parsed) }));
}
