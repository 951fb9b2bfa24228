/** Once a week, on the day the user chose, a notification offers the weekly review; never on a quiet day after a rejection. */
import * as vscode from 'vscode';
import { readSettings } from '../config/settings';
import { CommandId } from '../contributions/commandIds';
import { shouldOfferReview } from '../model/reviewReminder';
import type { JobSearchStore } from './jobSearchStore';
import { isQuiet } from './overdueReminder';

const STATE_KEY = 'jobSearch.reviewOffered';

/** Offers the review when its day has come this week; returns whether it did. */
export async function offerWeeklyReview(store: JobSearchStore, memento: vscode.Memento): Promise<boolean> {
  await store.ready();
  const settings = readSettings();
  const today = store.today;
  if (!store.files.length || settings.reviewReminderDay === 'off') return false;
  if (!shouldOfferReview(today, settings.reviewReminderDay, memento.get<string>(STATE_KEY))) return false;
  if (settings.quietDayAfterRejection && isQuiet(store, today)) return false;
  await memento.update(STATE_KEY, today);
  const open = vscode.l10n.t('Open Weekly Review');
  const never = vscode.l10n.t('Turn Off');
  void vscode.window.showInformationMessage(vscode.l10n.t('Ten minutes to look back on the week and plan the next one?'), open, never).then(async (choice) => {
    if (choice === open) await vscode.commands.executeCommand(CommandId.weeklyReview);
    if (choice === never) await vscode.workspace.getConfiguration('jobSearch').update('review.reminderDay', 'off', vscode.ConfigurationTarget.Global);
  });
  return true;
}
