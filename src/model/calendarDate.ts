/** Calendar dates (`YYYY-MM-DD`, no time zone) as the file stores them, checked and compared with date-fns. */
import { isExists, lightFormat } from 'date-fns';
import type { IsoDate } from './jobSearch';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Whether `text` is written `YYYY-MM-DD` and names a day that exists (no 2026-02-30). */
export function isCalendarDate(text: string): boolean {
  if (!ISO_DATE.test(text)) return false;
  const [year, month, day] = text.split('-').map(Number) as [number, number, number];
  return isExists(year, month - 1, day);
}

/** Whether `text` has the shape of a date, so a failed check means an impossible day rather than a typo. */
export function looksLikeDate(text: string): boolean {
  return ISO_DATE.test(text);
}

/** The local calendar day of `date`, as the file writes it. */
export function toIsoDate(date: Date): IsoDate {
  return lightFormat(date, 'yyyy-MM-dd');
}

/** A file date as a local midnight `Date`. */
export function fromIsoDate(date: IsoDate): Date {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  const local = new Date(2000, 0, 1);
  // setFullYear keeps years below 100 as written; the Date constructor would move them to the 1900s.
  local.setFullYear(year, month - 1, day);
  return local;
}

/** Whole calendar days from `from` to `to`; negative when `to` is earlier. */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  // Counted on UTC midnights, which no daylight-saving change can stretch or shorten; the trees ask this very often.
  return (dayNumber(to) - dayNumber(from)) / 86_400_000;
}

/** The day `date` falls on, counted from 1970-01-01 (day 0, a Thursday); for arithmetic on many dates at once. */
export function dayIndex(date: IsoDate): number {
  return Math.round(dayNumber(date) / 86_400_000);
}

/** The date of a day counted by `dayIndex`. */
export function dateOfDayIndex(index: number): IsoDate {
  return new Date(index * 86_400_000).toISOString().slice(0, 10);
}

function dayNumber(date: IsoDate): number {
  const year = Number(date.slice(0, 4));
  const month = Number(date.slice(5, 7)) - 1;
  const day = Number(date.slice(8, 10));
  if (year >= 100) return Date.UTC(year, month, day);
  // Date.UTC reads years below 100 as 19xx; only setUTCFullYear takes them as written.
  const utc = new Date(0);
  utc.setUTCFullYear(year, month, day);
  return utc.getTime();
}

/** Whether the time of day is written `HH:mm` on a 24-hour clock. */
export function isTimeOfDay(text: string): boolean {
  return /^([01]\d|2[0-3]):[0-5]\d$/.test(text);
}
