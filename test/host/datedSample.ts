/** The bundled sample, copied with its dates moved to today: what `npm start`, F5 and the tests open. */
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { addDays, differenceInCalendarDays, format, parseISO } from 'date-fns';
import { ROOT } from './paths';

/** The day the bundled sample reads as "today": its follow-ups are due and overdue relative to it. */
export const SAMPLE_DAY = '2026-11-22';

/** Where `npm start` and the "Run Extension" launch open the sample. */
export const START_SAMPLE = join(ROOT, '.cache', 'sample');

/** Shifts every date in `text` by the days between SAMPLE_DAY and `today`. */
export function moveSampleDates(text: string, today: Date): string {
  const shift = differenceInCalendarDays(today, parseISO(SAMPLE_DAY));
  return text.replace(/\b\d{4}-\d{2}-\d{2}\b/g, (date) => format(addDays(parseISO(date), shift), 'yyyy-MM-dd'));
}

/**
 * Replaces `target` with a fresh copy of sample/ whose dates are moved to `today`, so it shows the same "3 days
 * overdue" on any day and edits made while trying it out never touch the tracked sample.
 */
export function copyDatedSample(target: string, today = new Date()): string {
  rmSync(target, { recursive: true, force: true });
  mkdirSync(target, { recursive: true });
  cpSync(join(ROOT, 'sample'), target, { recursive: true });
  const file = join(target, 'job-search.yaml');
  writeFileSync(file, moveSampleDates(readFileSync(file, 'utf8'), today));
  return target;
}
