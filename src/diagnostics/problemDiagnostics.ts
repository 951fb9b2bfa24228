/** Publishes every problem of every job-search file to the Problems panel, refreshed as the user types. */
import * as vscode from 'vscode';
import type { Problem, Range, Span } from '../model/problem';
import { guarded } from '../services/failureLog';
import { fileExists } from '../services/fileExists';
import type { JobSearchFile, JobSearchStore } from '../services/jobSearchStore';

const SEVERITIES = {
  error: vscode.DiagnosticSeverity.Error,
  warning: vscode.DiagnosticSeverity.Warning,
  information: vscode.DiagnosticSeverity.Information,
} as const;

/**
 * Keeps a diagnostic collection equal to the store's problems, plus a warning on each `prep:` whose note is not on
 * disk (checked through `workspace.fs` after the rest is shown, and again when a Markdown file comes or goes).
 */
export function registerProblemDiagnostics(store: JobSearchStore): vscode.Disposable {
  const collection = vscode.languages.createDiagnosticCollection('jobSearch');
  let generation = 0;
  const update = (): void =>
    guarded('Updating the Problems panel', undefined, () => {
      const current = ++generation;
      collection.clear();
      for (const file of store.files) {
        const problems = file.parsed.problems.map((problem) => toDiagnostic(file.uri, problem));
        collection.set(file.uri, problems);
        void missingPrepNotes(file).then((missing) => {
          if (missing.length && current === generation) collection.set(file.uri, [...problems, ...missing]);
        });
      }
    });
  update();
  const notes = vscode.workspace.createFileSystemWatcher('**/*.md', false, true, false);
  return vscode.Disposable.from(collection, store.onDidChange(update), notes, notes.onDidCreate(update), notes.onDidDelete(update));
}

/** A Markdown file the entry links to, where the link is written, and what to say when the file is gone. */
interface LinkedNote {
  readonly path: string;
  readonly span: Span;
  readonly code: string;
  readonly message: string;
}

/** A warning on every interview's `prep:` and application's `posting:` that names a file which does not exist. */
async function missingPrepNotes(file: JobSearchFile): Promise<vscode.Diagnostic[]> {
  const linked: LinkedNote[] = file.parsed.applications.flatMap((application) => [
    ...application.interviews
      .filter((interview) => interview.prep?.trim() && interview.fields.prep)
      .map((interview) => ({
        path: interview.prep!.trim(),
        span: interview.fields.prep!,
        code: 'missing-prep-note',
        message: vscode.l10n.t('The prep note “{0}” does not exist; Prepare for Interview… writes it again.', interview.prep!.trim()),
      })),
    ...(application.posting?.trim() && application.fields.posting
      ? [
          {
            path: application.posting.trim(),
            span: application.fields.posting,
            code: 'missing-posting',
            message: vscode.l10n.t('The saved posting “{0}” does not exist; Save Posting… keeps it again.', application.posting.trim()),
          },
        ]
      : []),
  ]);
  const missing = await Promise.all(linked.map(async (note) => ((await fileExists(vscode.Uri.joinPath(file.uri, '..', note.path))) ? undefined : note)));
  return missing
    .filter((note) => note !== undefined)
    .map((note) => {
      const start = file.parsed.lineCounter.linePos(note.span.start);
      const end = file.parsed.lineCounter.linePos(note.span.end);
      const diagnostic = new vscode.Diagnostic(new vscode.Range(start.line - 1, start.col - 1, end.line - 1, end.col - 1), note.message, vscode.DiagnosticSeverity.Warning);
      diagnostic.source = 'Job Search';
      diagnostic.code = note.code;
      return diagnostic;
    });
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
