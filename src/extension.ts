/** Wires the extension together: the store, then each feature that reads it. */
import * as l10n from '@vscode/l10n';
import * as vscode from 'vscode';
import { registerDraftCodeLenses } from './codelens/draftCodeLensProvider';
import { registerJobSearchCodeLenses } from './codelens/jobSearchCodeLensProvider';
import { chatTools, registerChatTools } from './chat/registerChatTools';
import { registerCommands } from './commands/registerCommands';
import { registerProblemQuickFixes } from './diagnostics/problemQuickFixes';
import { registerProblemDiagnostics } from './diagnostics/problemDiagnostics';
import type { JobSearchApi } from './extensionApi';
import { registerDashboardSerializer } from './panel/dashboardPanel';
import { DraftRegistry } from './services/draftRegistry';
import { failureLogDisposable, recentFailures } from './services/failureLog';
import { JobSearchStore } from './services/jobSearchStore';
import { remindAboutOverdue } from './services/overdueReminder';
import { TemplateStore } from './services/templateStore';
import { registerWalkthroughContext } from './services/walkthroughContext';
import { offerWeeklyReview } from './services/weeklyReviewReminder';
import { registerViews } from './views/registerViews';

export type { JobSearchApi } from './extensionApi';

/** Called by VS Code when a workspace has a job-search.yaml, or the view or a command is used. */
export function activate(context: vscode.ExtensionContext): JobSearchApi {
  // The model has no `vscode` import; it translates through @vscode/l10n, given the same bundle VS Code loaded for the display language.
  if (vscode.l10n.bundle) l10n.config({ contents: vscode.l10n.bundle });
  const store = new JobSearchStore();
  const drafts = new DraftRegistry();
  const templates = new TemplateStore(context.extensionUri);
  const { views, disposable: viewsDisposable } = registerViews(store);
  const tools = chatTools({ store, templates });
  context.subscriptions.push(
    store,
    drafts,
    templates,
    viewsDisposable,
    registerProblemDiagnostics(store),
    registerProblemQuickFixes(store),
    registerJobSearchCodeLenses(store),
    registerDraftCodeLenses(drafts),
    registerCommands({ store, templates, drafts, extensionUri: context.extensionUri, trainingSelection: () => views.trainingView.selection }),
    registerDashboardSerializer(store, context.extensionUri),
    registerWalkthroughContext(store, drafts),
    registerChatTools(tools),
    failureLogDisposable,
  );
  // One notification at startup at most: the weekly review waits for a day without overdue follow-ups.
  void remindAboutOverdue(store, context.globalState).then((shown) => shown || offerWeeklyReview(store, context.globalState));
  return { store, applicationsTree: views.applicationsTree, trainingTree: views.trainingTree, peopleTree: views.peopleTree, drafts, statusBar: views.statusBar, chatTools: tools, recentFailures };
}

/** Nothing to clean up beyond the subscriptions. */
export function deactivate(): void {}
