/** Helpers for reading test fixtures and printing problem ranges compactly. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Problem } from '../../../src/model/problem';

/** The repository's root folder. */
export const ROOT = join(__dirname, '..', '..', '..');

/** The text of a file under test/fixtures/. */
export function fixture(...parts: string[]): string {
  return readFileSync(join(ROOT, 'test', 'fixtures', ...parts), 'utf8');
}

/** The text of the bundled sample job-search.yaml. */
export function sampleText(): string {
  return readFileSync(join(ROOT, 'sample', 'job-search.yaml'), 'utf8');
}

/** A problem as `line:col-line:col severity code` with one-based lines and zero-based columns, as editors show them. */
export function located(problem: Problem): string {
  const { start, end } = problem.range;
  return `${start.line + 1}:${start.character}-${end.line + 1}:${end.character} ${problem.severity} ${problem.code}`;
}
