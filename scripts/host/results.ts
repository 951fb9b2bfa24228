/** The JSON summary the reporter writes, and how the harness prints it. */
import { readFileSync } from 'node:fs';

/** One test's outcome. */
export interface TestResult {
  readonly title: string;
  readonly state: 'passed' | 'failed' | 'pending';
  readonly durationMs?: number;
  readonly error?: string;
}

/** Counts and outcomes of one run. */
export interface Results {
  passed: number;
  failed: number;
  pending: number;
  tests: TestResult[];
}

/** Reads a results file written by test/support/summaryReporter.cjs. */
export function readResults(file: string): Results {
  return JSON.parse(readFileSync(file, 'utf8')) as Results;
}

/** Prints each test with a mark, and the error of each failure. */
export function printResults(results: Results): void {
  for (const test of results.tests) {
    const mark = test.state === 'passed' ? '✔' : test.state === 'failed' ? '✘' : '-';
    console.log(`  ${mark} ${test.title}${test.durationMs && test.durationMs > 500 ? ` (${test.durationMs} ms)` : ''}`);
    if (test.error) console.log(test.error.split('\n').map((line) => `      ${line}`).join('\n'));
  }
}
