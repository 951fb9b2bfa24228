/** Runs a walkthrough step's command from the job-search file's editor instead of from the walkthrough. */
import * as vscode from 'vscode';
import type { JobSearchStore } from '../services/jobSearchStore';
import { CommandId } from '../contributions/commandIds';
import { ContextKey } from '../contributions/contextKeys';

/** The commands a walkthrough step may run through `walkthroughStep`. */
const STEP_COMMANDS: ReadonlySet<string> = new Set([
  CommandId.addApplication,
  CommandId.recordInterview,
  CommandId.draftThankYou,
  CommandId.recordRejection,
  CommandId.addContact,
  CommandId.addReflection,
  CommandId.addToTraining,
  CommandId.openDashboard,
  CommandId.setWeeklyGoals,
  CommandId.prepareForInterview,
]);

/**
 * Shows job-search.yaml beside the walkthrough, focused, then runs `command`. Each input box gives the focus back to
 * what had it when it opened; from the walkthrough that is the Welcome page, which then refocuses its step a moment
 * later and closes the command's next input box. From the file's editor the questions follow one another, and the
 * user sees the entry appear.
 */
export function walkthroughStep(store: JobSearchStore) {
  return async (command?: unknown): Promise<unknown> => {
    if (typeof command !== 'string' || !STEP_COMMANDS.has(command)) return undefined;
    await store.ready();
    const file = store.files[0];
    if (file) {
      const visible = vscode.window.visibleTextEditors.find((editor) => editor.document.uri.toString() === file.uri.toString());
      await vscode.window.showTextDocument(file.uri, { viewColumn: visible?.viewColumn ?? vscode.ViewColumn.Beside, preview: false });
    }
    const result = await vscode.commands.executeCommand(command);
    // Run from here, the command does not pass through the workbench, so its onCommand completion event never fires.
    if (command === CommandId.openDashboard) await vscode.commands.executeCommand('setContext', ContextKey.walkthrough.dashboard, true);
    return result;
  };
}
