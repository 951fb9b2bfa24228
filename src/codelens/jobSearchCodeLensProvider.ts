/** CodeLens actions in job-search.yaml, drawn from the store's cached parse (no parse per request). */
import * as vscode from 'vscode';
import { readSettings } from '../config/settings';
import { CommandId } from '../contributions/commandIds';
import { lensPlan, type LensAction } from '../model/lensPlan';
import { guarded } from '../services/failureLog';
import type { JobSearchStore } from '../services/jobSearchStore';
import { Disposable } from '../services/lifecycle';

/** The command each lens runs; progress lenses show a figure and run nothing. */
const COMMANDS: Record<LensAction['type'], CommandId | ''> = {
  draft: CommandId.draftFollowUp,
  markSent: CommandId.markSent,
  skip: CommandId.skipFollowUp,
  reschedule: CommandId.rescheduleFollowUp,
  replyReceived: CommandId.replyReceived,
  nudge: CommandId.draftNudge,
  askSomeoneElse: CommandId.askSomeoneElse,
  recordInterview: CommandId.recordInterview,
  recordRejection: CommandId.recordRejection,
  prepare: CommandId.prepareForInterview,
  toggleItem: CommandId.toggleTrainingItem,
  addTrainingItem: CommandId.addTrainingItem,
  addToTraining: CommandId.addToTraining,
  progress: '',
};

/** Adapts `lensPlan` to editor CodeLenses for tracked job-search files. */
export class JobSearchCodeLensProvider extends Disposable implements vscode.CodeLensProvider {
  private readonly changeEmitter = this.register(new vscode.EventEmitter<void>());
  readonly onDidChangeCodeLenses = this.changeEmitter.event;

  constructor(private readonly store: JobSearchStore) {
    super();
  }

  /** Asks the editor to fetch lenses again (after a file or setting change). */
  refresh(): void {
    this.changeEmitter.fire();
  }

  provideCodeLenses(document: vscode.TextDocument): vscode.CodeLens[] {
    return guarded('Working out the CodeLenses', [], () => this.lenses(document));
  }

  private lenses(document: vscode.TextDocument): vscode.CodeLens[] {
    const file = this.store.get(document.uri);
    const settings = readSettings(vscode.workspace.getWorkspaceFolder(document.uri));
    if (!file || !settings.codeLens) return [];
    return lensPlan(file.parsed, { today: this.store.today, afterDays: settings.followThrough.nudgeAfterDays }).map(({ span, title, action }) => {
      const range = new vscode.Range(document.positionAt(span.start), document.positionAt(span.start));
      return new vscode.CodeLens(range, { title, command: COMMANDS[action.type], arguments: [{ uri: document.uri, ...action }] });
    });
  }
}

/** Registers the provider for every file and refreshes it when the store or the settings change. */
export function registerJobSearchCodeLenses(store: JobSearchStore): vscode.Disposable {
  const provider = new JobSearchCodeLensProvider(store);
  return vscode.Disposable.from(
    provider,
    // Every scheme, as web hosts each have their own (vscode-vfs, vscode-test-web, …); the provider itself answers only
    // for the store's files, so a git: or diff copy of the file gets no lenses.
    vscode.languages.registerCodeLensProvider({ pattern: '**' }, provider),
    store.onDidChange(() => provider.refresh()),
    store.onDidChangeDay(() => provider.refresh()),
    vscode.workspace.onDidChangeConfiguration((event) => (event.affectsConfiguration('jobSearch.codeLens') || event.affectsConfiguration('jobSearch.followThrough')) && provider.refresh()),
  );
}
