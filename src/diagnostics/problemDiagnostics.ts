/** Publishes every problem of every job-search file to the Problems panel, refreshed as the user types. */
import * as vscode from 'vscode';
import type { Problem, Range } from '../model/problem';
import { guarded } from '../services/failureLog';
import type { JobSearchStore } from '../services/jobSearchStore';

const SEVERITIES = {
  error: vscode.DiagnosticSeverity.Error,
  warning: vscode.DiagnosticSeverity.Warning,
  information: vscode.DiagnosticSeverity.Information,
} as const;

/** Keeps a diagnostic collection equal to the store's problems. */
export function registerProblemDiagnostics(store: JobSearchStore): vscode.Disposable {
  const collection = vscode.languages.createDiagnosticCollection('jobSearch');
  const update = (): void =>
    guarded('Updating the Problems panel', undefined, () => {
      collection.clear();
      for (const file of store.files) collection.set(file.uri, file.parsed.problems.map((problem) => toDiagnostic(file.uri, problem)));
    });
  update();
  return vscode.Disposable.from(collection, store.onDidChange(update));
}

/** One problem as an editor diagnostic, with its related locations. */
export function toDiagnostic(uri: vscode.Uri, problem: Problem): vscode.Diagnostic {
  const diagnostic = new vscode.Diagnostic(toRange(problem.range), problem.message, SEVERITIES[problem.severity]);
  diagnostic.source = 'Job Search';
  diagnostic.code = problem.code;
  if (problem.related?.length) {
    diagnostic.relatedInformation = problem.related.map(
      (related) => new vscode.DiagnosticRelatedInformation(new vscode.Location(uri, toRange(related.range)), related.message),
    );
  }
  return diagnostic;
}

function toRange(range: Range): vscode.Range {
  return new vscode.Range(range.start.line, range.start.character, range.end.line, range.end.character);
}
