/** Wires the extension together: the store, then each feature that reads it. */
import * as vscode from 'vscode';
import { registerDraftCodeLenses } from './codelens/draftCodeLensProvider';
import { registerJobSearchCodeLenses } from './codelens/jobSearchCodeLensProvider';
import { registerCommands } from './commands/registerCommands';
import { registerProblemDiagnostics } from './diagnostics/problemDiagnostics';
import { DraftRegistry } from './drafts/draftRegistry';
import { JobSearchStore } from './services/jobSearchStore';
import { TemplateStore } from './services/templateStore';
import { ApplicationsTreeProvider } from './views/applicationsTreeProvider';

/** What `activate` returns: the live store, tree and drafts, so integration tests can read what the user sees. */
export interface JobSearchApi {
  readonly store: JobSearchStore;
  readonly applicationsTree: ApplicationsTreeProvider;
  readonly drafts: DraftRegistry;
}

/** Called by VS Code when a workspace has a job-search.yaml, or the view or a command is used. */
export function activate(context: vscode.ExtensionContext): JobSearchApi {
  const store = new JobSearchStore();
  const tree = new ApplicationsTreeProvider(store);
  const drafts = new DraftRegistry();
  const templates = new TemplateStore(context.extensionUri);
  const hasFile = (): Thenable<unknown> => vscode.commands.executeCommand('setContext', 'jobSearch:hasFile', store.files.length > 0);
  context.subscriptions.push(
    store,
    tree,
    drafts,
    templates,
    vscode.window.createTreeView('jobSearch.applications', { treeDataProvider: tree, showCollapseAll: true }),
    registerProblemDiagnostics(store),
    registerJobSearchCodeLenses(store),
    registerDraftCodeLenses(drafts),
    registerCommands({ store, templates, drafts }, context.extensionUri),
    store.onDidChange(hasFile),
  );
  void store.ready();
  return { store, applicationsTree: tree, drafts };
}

/** Nothing to clean up beyond the subscriptions. */
export function deactivate(): void {}
