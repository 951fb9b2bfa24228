/** Problems with the text itself (binary data, bytes that were not UTF-8, lone carriage returns), and merging them with the rest. */
import * as l10n from '@vscode/l10n';
import type { Problem } from './problem';
import type { ReadContext } from './readContext';

/** Problems with the text itself, before any YAML: binary data, bytes that were not UTF-8, old Mac line breaks. */
export function textProblems(text: string, ctx: ReadContext): Problem[] {
  const problem = (at: number, severity: Problem['severity'], code: Problem['code'], message: string): Problem => {
    const span = { start: at, end: Math.min(text.length, at + 1) };
    return { code, severity, message, span, range: ctx.range(span) };
  };
  const problems: Problem[] = [];
  const binary = text.indexOf('\0');
  if (binary >= 0) return [problem(binary, 'error', 'not-text', l10n.t('This file holds binary data, not text; job-search.yaml must be a YAML text file.'))];
  const replaced = text.indexOf('\uFFFD');
  if (replaced >= 0) {
    problems.push(problem(replaced, 'warning', 'not-utf8', l10n.t('Some characters could not be read as UTF-8 (shown as “{0}”). Reopen the file with its encoding and save it as UTF-8.', '\uFFFD')));
  }
  const loneReturn = /\r(?!\n)/.exec(text)?.index;
  if (loneReturn !== undefined) {
    problems.push(problem(loneReturn, 'warning', 'line-endings', l10n.t('Lines here end with a lone carriage return ({0}), which YAML does not read as a line break. Change the line endings of the file to LF or CRLF.', '\\r')));
  }
  return problems;
}

/**
 * Syntax problems first, one per position; content problems on the same lines as a syntax error are dropped,
 * because they describe the parser's recovery rather than anything the user wrote.
 */
export function mergeProblems(syntax: Problem[], content: readonly Problem[]): Problem[] {
  const seen = new Set<number>();
  const unique = syntax.filter((problem) => !seen.has(problem.span.start) && seen.add(problem.span.start));
  const brokenLines = new Set<number>();
  for (const problem of unique.filter((p) => p.severity === 'error')) {
    for (let line = problem.range.start.line; line <= problem.range.end.line; line++) brokenLines.add(line);
  }
  const kept = content.filter((problem) => !brokenLines.has(problem.range.start.line));
  return [...unique, ...kept].sort((a, b) => a.span.start - b.span.start);
}
