/** Offers the model's fixes for problems in job-search.yaml as Quick Fixes in the editor's light bulb. */
import * as vscode from 'vscode';
import { fixesFor } from '../model/problemFixes';
import { guarded } from '../services/failureLog';
import type { JobSearchStore } from '../services/jobSearchStore';

/** Turns each of the diagnostics VS Code asks about back into its problem, and offers that problem's fixes. */
class ProblemQuickFixes implements vscode.CodeActionProvider {
  static readonly kinds = [vscode.CodeActionKind.QuickFix];

  constructor(private readonly store: JobSearchStore) {}

  provideCodeActions(document: vscode.TextDocument, _range: vscode.Range, context: vscode.CodeActionContext): vscode.CodeAction[] {
    return guarded('Listing Quick Fixes', [], () => {
      if (!this.store.isTracked(document.uri)) return [];
      const file = this.store.get(document.uri);
      if (!file) return [];
      const text = document.getText();
      return context.diagnostics.flatMap((diagnostic) => {
        if (diagnostic.source !== 'Job Search') return [];
        const start = document.offsetAt(diagnostic.range.start);
        const end = document.offsetAt(diagnostic.range.end);
        const problem = file.parsed.problems.find((candidate) => candidate.code === diagnostic.code && candidate.span.start === start && candidate.span.end === end);
        if (!problem) return [];
        return fixesFor(file.parsed, text, problem).map((fix) => {
          const action = new vscode.CodeAction(fix.title, vscode.CodeActionKind.QuickFix);
          action.diagnostics = [diagnostic];
          action.isPreferred = fix.preferred;
          action.edit = new vscode.WorkspaceEdit();
          for (const edit of fix.edits) action.edit.replace(document.uri, new vscode.Range(document.positionAt(edit.start), document.positionAt(edit.end)), edit.newText);
          return action;
        });
      });
    });
  }
}

/** Registers the Quick Fixes for every file; the store decides which files are job-search files. */
export function registerProblemQuickFixes(store: JobSearchStore): vscode.Disposable {
  return vscode.languages.registerCodeActionsProvider({ pattern: '**' }, new ProblemQuickFixes(store), { providedCodeActionKinds: ProblemQuickFixes.kinds });
}
