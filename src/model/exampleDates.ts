/** The bundled example (sample/job-search.yaml) with its dates moved, so it always reads as a search under way today. */
import { addDays, differenceInCalendarDays } from 'date-fns';
import { fromIsoDate, toIsoDate } from './calendarDate';
import type { IsoDate } from './jobSearch';

/** The day the bundled example reads as "today": its follow-ups are due and overdue relative to it. */
export const EXAMPLE_DAY: IsoDate = '2026-11-22';

/** Shifts every `YYYY-MM-DD` in `text` by the days between EXAMPLE_DAY and `today`. */
export function moveExampleDates(text: string, today: IsoDate): string {
  const shift = differenceInCalendarDays(fromIsoDate(today), fromIsoDate(EXAMPLE_DAY));
  return text.replace(/\b\d{4}-\d{2}-\d{2}\b/g, (date) => toIsoDate(addDays(fromIsoDate(date), shift)));
}
