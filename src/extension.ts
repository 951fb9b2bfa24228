/** Wires the extension together: the store, then each feature that reads it. */
import * as l10n from '@vscode/l10n';
import * as vscode from 'vscode';
import { registerDraftCodeLenses } from './codelens/draftCodeLensProvider';
import { registerJobSearchCodeLenses } from './codelens/jobSearchCodeLensProvider';
import { registerCommands } from './commands/registerCommands';
import { registerProblemQuickFixes } from './diagnostics/problemQuickFixes';
import { registerProblemDiagnostics } from './diagnostics/problemDiagnostics';
import { DraftRegistry } from './services/draftRegistry';
import { registerDashboardSerializer } from './panel/dashboardPanel';
import { failureLogDisposable, recentFailures } from './services/failureLog';
import { JobSearchStore } from './services/jobSearchStore';
import { remindAboutOverdue } from './services/overdueReminder';
import { TemplateStore } from './services/templateStore';
import { registerWalkthroughContext } from './services/walkthroughContext';
import { ApplicationsTreeProvider } from './views/applicationsTreeProvider';
import { DueFollowUpsStatusBar } from './views/dueFollowUpsStatusBar';
import { handleCheckboxes, TrainingTreeProvider } from './views/trainingTreeProvider';

/** What `activate` returns: the live store, trees and drafts, so integration tests can read what the user sees. */
export interface JobSearchApi {
  readonly store: JobSearchStore;
  readonly applicationsTree: ApplicationsTreeProvider;
  readonly trainingTree: TrainingTreeProvider;
  readonly drafts: DraftRegistry;
  readonly statusBar: DueFollowUpsStatusBar;
  /** The last failures written to the Job Search output channel. */
  readonly recentFailures: () => readonly string[];
}

/** Called by VS Code when a workspace has a job-search.yaml, or the view or a command is used. */
export function activate(context: vscode.ExtensionContext): JobSearchApi {
  // The model has no `vscode` import; it translates through @vscode/l10n, given the same bundle VS Code loaded for the display language.
  if (vscode.l10n.bundle) l10n.config({ contents: vscode.l10n.bundle });
  const store = new JobSearchStore();
  const tree = new ApplicationsTreeProvider(store);
  const drafts = new DraftRegistry();
  const templates = new TemplateStore(context.extensionUri);
  const training = new TrainingTreeProvider(store);
  const trainingView = vscode.window.createTreeView('jobSearch.training', { treeDataProvider: training, manageCheckboxStateManually: true });
  const statusBar = new DueFollowUpsStatusBar(store);
  context.subscriptions.push(
    store,
    tree,
    drafts,
    templates,
    training,
    statusBar,
    vscode.window.createTreeView('jobSearch.applications', { treeDataProvider: tree, showCollapseAll: true }),
    trainingView,
    handleCheckboxes(trainingView),
    registerProblemDiagnostics(store),
    registerProblemQuickFixes(store),
    registerJobSearchCodeLenses(store),
    registerDraftCodeLenses(drafts),
    registerCommands({ store, templates, drafts, extensionUri: context.extensionUri, trainingSelection: () => trainingView.selection }),
    registerDashboardSerializer(store, context.extensionUri),
    registerWalkthroughContext(store, drafts),
    failureLogDisposable,
  );
  void remindAboutOverdue(store, context.globalState);
  return { store, applicationsTree: tree, trainingTree: training, drafts, statusBar, recentFailures };
}

/** Nothing to clean up beyond the subscriptions. */
export function deactivate(): void {}
