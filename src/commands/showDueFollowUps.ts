/** The status bar item's command: the follow-ups due today or overdue, and a draft of the one picked. */
import * as vscode from 'vscode';
import { escapeIcons } from '../model/displayText';
import { dueFollowUps } from '../services/dueFollowUps';
import type { JobSearchStore } from '../services/jobSearchStore';

/** Lists the due follow-ups in a quick pick and drafts the one chosen. */
export function showDueFollowUps(store: JobSearchStore) {
  return async (): Promise<unknown> => {
    const due = dueFollowUps(store);
    if (!due.length) {
      void vscode.window.showInformationMessage(vscode.l10n.t('No follow-ups are due. Well done.'));
      return undefined;
    }
    const pick = await vscode.window.showQuickPick(
      due.map((entry) => ({ label: escapeIcons(entry.label), description: escapeIcons(entry.description), entry })),
      { placeHolder: vscode.l10n.t('Draft which follow-up?') },
    );
    return pick && vscode.commands.executeCommand(pick.entry.command, pick.entry.argument);
  };
}
