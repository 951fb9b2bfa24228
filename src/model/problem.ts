/** Problems found in a job-search file, with the exact place they refer to. */

/** A zero-based line and UTF-16 column, as editors count them. */
export interface Position {
  readonly line: number;
  readonly character: number;
}

/** A start and end position in the file. */
export interface Range {
  readonly start: Position;
  readonly end: Position;
}

/** Character offsets into the file's text, end exclusive. */
export interface Span {
  readonly start: number;
  readonly end: number;
}

/** How serious a problem is; maps one to one onto editor diagnostic severities. */
export type Severity = 'error' | 'warning' | 'information';

/** A stable identifier for each kind of problem, shown as the diagnostic's code. */
export type ProblemCode =
  | 'yaml-syntax'
  | 'yaml-warning'
  | 'not-a-mapping'
  | 'wrong-type'
  | 'missing-field'
  | 'unknown-field'
  | 'unknown-value'
  | 'invalid-date'
  | 'invalid-time'
  | 'out-of-range'
  | 'invalid-link'
  | 'duplicate-application'
  | 'duplicate-skill'
  | 'unknown-contact'
  | 'sent-before-interview'
  | 'reply-before-sent'
  | 'nudge-before-sent'
  | 'unknown-person'
  | 'story-without-skills'
  | 'unknown-story'
  | 'missing-prep-note'
  | 'duplicate-person'
  | 'touch-order'
  | 'unknown-application'
  | 'history-order'
  | 'status-mismatch'
  | 'too-many-aliases'
  | 'unknown-alias'
  | 'not-text'
  | 'not-utf8'
  | 'line-endings'
  | 'applied-before';

/** Another place in the file that explains a problem, such as the first of two duplicates. */
export interface RelatedLocation {
  readonly message: string;
  readonly range: Range;
}

/** One problem, located precisely so the editor can underline it. */
export interface Problem {
  readonly code: ProblemCode;
  readonly severity: Severity;
  readonly message: string;
  readonly span: Span;
  readonly range: Range;
  readonly related?: readonly RelatedLocation[];
  /** What the text at `span` most likely should say, for a "Did you mean" Quick Fix. */
  readonly suggestion?: string;
}

/** The problems that lie inside `span`, found by binary search in `problems` sorted by start (as a parse returns them). */
export function problemsWithin(problems: readonly Problem[], span: Span): Problem[] {
  let low = 0;
  let high = problems.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (problems[middle]!.span.start < span.start) low = middle + 1;
    else high = middle;
  }
  const inside: Problem[] = [];
  for (let index = low; index < problems.length && problems[index]!.span.start <= span.end; index++) {
    if (problems[index]!.span.end <= span.end) inside.push(problems[index]!);
  }
  return inside;
}
