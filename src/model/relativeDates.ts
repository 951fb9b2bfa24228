/** Short phrases for dates relative to today, as the tree shows them ("due tomorrow", "3 days overdue"). */
import { daysBetween } from './calendarDate';
import type { IsoDate } from './jobSearch';

const plural = (n: number, unit: string): string => `${n} ${unit}${n === 1 ? '' : 's'}`;

/** When a follow-up is due, given `days` from today (negative when overdue). */
export function describeDue(days: number): string {
  if (days < 0) return `${plural(-days, 'day')} overdue`;
  if (days === 0) return 'due today';
  if (days === 1) return 'due tomorrow';
  return `due in ${plural(days, 'day')}`;
}

/** When an interview takes place, given `days` from today. */
export function describeUpcoming(days: number): string {
  if (days === 0) return 'today';
  if (days === 1) return 'tomorrow';
  if (days > 1) return `in ${plural(days, 'day')}`;
  return `${plural(-days, 'day')} ago`;
}

/** How long an application has been in its stage ("today", "12 days", "2 months"). */
export function describeAge(since: IsoDate, today: IsoDate): string {
  if (since >= today) return 'today';
  // Whole days, then 30-day months, then 365-day years, each rounded down.
  const days = daysBetween(since, today);
  if (days < 30) return plural(days, 'day');
  if (days < 365) return plural(Math.floor(days / 30), 'month');
  return plural(Math.floor(days / 365), 'year');
}
