/** Wires the extension together: the store, then each feature that reads it. */
import * as vscode from 'vscode';
import { registerCommands } from './commands/registerCommands';
import { registerProblemDiagnostics } from './diagnostics/problemDiagnostics';
import { JobSearchStore } from './services/jobSearchStore';
import { ApplicationsTreeProvider } from './views/applicationsTreeProvider';

/** What `activate` returns: the live store and tree, so integration tests can read what the user sees. */
export interface JobSearchApi {
  readonly store: JobSearchStore;
  readonly applicationsTree: ApplicationsTreeProvider;
}

/** Called by VS Code when a workspace has a job-search.yaml, or the view or a command is used. */
export function activate(context: vscode.ExtensionContext): JobSearchApi {
  const store = new JobSearchStore();
  const tree = new ApplicationsTreeProvider(store);
  const hasFile = (): Thenable<unknown> => vscode.commands.executeCommand('setContext', 'jobSearch:hasFile', store.files.length > 0);
  context.subscriptions.push(
    store,
    tree,
    vscode.window.createTreeView('jobSearch.applications', { treeDataProvider: tree, showCollapseAll: true }),
    registerProblemDiagnostics(store),
    registerCommands(store, context.extensionUri),
    store.onDidChange(hasFile),
  );
  void store.ready();
  return { store, applicationsTree: tree };
}

/** Nothing to clean up beyond the subscriptions. */
export function deactivate(): void {}
