/** Once a day at most, on startup: a notification when follow-ups are overdue, with Show, Snooze and Don't show again. */
import { addDays } from 'date-fns';
import * as vscode from 'vscode';
import { readSettings } from '../config/settings';
import { CommandId } from '../contributions/commandIds';
import { fromIsoDate, toIsoDate } from '../model/calendarDate';
import { inNotification } from '../model/displayText';
import { quietAfterRejection } from '../model/quietDay';
import { shouldRemind, type ReminderState } from '../model/reminderPolicy';
import { dueFollowUps } from './dueFollowUps';
import type { JobSearchStore } from './jobSearchStore';

const STATE_KEY = 'jobSearch.reminder';

/** Checks once the files are read; returns whether a notification was shown. */
export async function remindAboutOverdue(store: JobSearchStore, memento: vscode.Memento): Promise<boolean> {
  await store.ready();
  const today = store.today;
  const overdue = dueFollowUps(store, today).filter((entry) => entry.days < 0);
  const settings = readSettings();
  const state = memento.get<ReminderState>(STATE_KEY, {});
  if (!shouldRemind(state, today, overdue.length, settings.remindOnStartup)) return false;
  // The day of a rejection and the one after, what can wait does; the reminder comes on the next start after that.
  if (settings.quietDayAfterRejection && isQuiet(store, today)) return false;
  await memento.update(STATE_KEY, { ...state, lastShown: today });
  const first = overdue[0]!;
  const message =
    overdue.length === 1
      ? vscode.l10n.t('A follow-up is overdue: {0}, {1}.', first.label, first.description)
      : vscode.l10n.t('{0} follow-ups are overdue, the oldest: {1}, {2}.', overdue.length, first.label, first.description);
  const snoozeLabel = settings.snoozeDays === 1 ? vscode.l10n.t('Snooze 1 day') : vscode.l10n.t('Snooze {0} days', settings.snoozeDays);
  const [show, snooze, never] = [vscode.l10n.t('Show'), snoozeLabel, vscode.l10n.t("Don't Show Again")];
  void vscode.window.showInformationMessage(inNotification(message), show, snooze, never).then(async (choice) => {
    if (choice === show) await vscode.commands.executeCommand(CommandId.showDueFollowUps);
    if (choice === snooze) await memento.update(STATE_KEY, { ...state, lastShown: today, snoozedUntil: toIsoDate(addDays(fromIsoDate(today), settings.snoozeDays)) });
    if (choice === never) await vscode.workspace.getConfiguration('jobSearch').update('reminders.onStartup', false, vscode.ConfigurationTarget.Global);
  });
  return true;
}

/** Whether a rejection recorded today or yesterday in any file keeps reminders that can wait back. */
export function isQuiet(store: JobSearchStore, today: string): boolean {
  return store.files.some((file) => quietAfterRejection(file.parsed, today) !== undefined);
}
