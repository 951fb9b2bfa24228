/** The bundled sample, copied with its dates moved to today: what `npm start`, F5 and the tests open. */
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { toIsoDate } from '../../src/model/calendarDate';
import { moveExampleDates } from '../../src/model/exampleDates';
import { ROOT } from './paths';

/** Where `npm start` and the "Run Extension" launch open the sample. */
export const START_SAMPLE = join(ROOT, '.cache', 'sample');

/**
 * Replaces `target` with a fresh copy of sample/ whose dates are moved to `today`, so it shows the same "3 days
 * overdue" on any day and edits made while trying it out never touch the tracked sample.
 */
export function copyDatedSample(target: string, today = new Date()): string {
  rmSync(target, { recursive: true, force: true });
  mkdirSync(target, { recursive: true });
  cpSync(join(ROOT, 'sample'), target, { recursive: true });
  const file = join(target, 'job-search.yaml');
  writeFileSync(file, moveExampleDates(readFileSync(file, 'utf8'), toIsoDate(today)));
  return target;
}
