/** "Weekly Review…": a Markdown review of the past seven days and the week ahead, saved beside the file or left unsaved. */
import * as vscode from 'vscode';
import { readSettings } from '../config/settings';
import { dateText } from '../model/dateText';
import { inNotification } from '../model/displayText';
import { weeklyReview } from '../model/weeklyReview';
import { weekStartsOn } from '../model/weekStart';
import { fileExists } from '../services/fileExists';
import type { JobSearchStore } from '../services/jobSearchStore';
import { pickFile } from './pickFile';

/**
 * Writes this week's review into the review folder beside the file (`reviews/2026-11-30.md`) and opens it; a review
 * already written today is opened as it is, never overwritten. With no folder set, the review opens unsaved.
 */
export function openWeeklyReview(store: JobSearchStore) {
  return async (arg?: unknown): Promise<vscode.TextEditor | undefined> => {
    const file = await pickFile(store, arg, vscode.l10n.t('Review which file?'));
    if (!file) return undefined;
    const settings = readSettings(vscode.workspace.getWorkspaceFolder(file.uri));
    const today = store.today;
    const content = weeklyReview({
      search: file.parsed,
      today,
      weekStart: weekStartsOn(settings.weekStartsOn, vscode.env.language),
      dates: dateText(today, vscode.env.language),
    });
    if (!settings.reviewFolder) {
      const document = await vscode.workspace.openTextDocument({ language: 'markdown', content });
      return vscode.window.showTextDocument(document, { preview: false });
    }
    const folder = vscode.Uri.joinPath(file.uri, '..', settings.reviewFolder);
    const uri = vscode.Uri.joinPath(folder, `${today}.md`);
    if (await fileExists(uri)) {
      void vscode.window.showInformationMessage(inNotification(vscode.l10n.t('Today’s review is already in {0}; opened it as you left it.', vscode.workspace.asRelativePath(uri))));
    } else {
      await vscode.workspace.fs.createDirectory(folder);
      await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(content));
    }
    return vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri), { preview: false });
  };
}
