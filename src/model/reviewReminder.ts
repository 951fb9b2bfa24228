/** When the weekly review is offered: on the chosen weekday, or the first day after it that VS Code is opened, once a week. */
import { daysBetween, fromIsoDate, toIsoDate } from './calendarDate';
import type { IsoDate } from './jobSearch';

/** The weekdays the setting names, as `Date.getDay()` counts them. */
const WEEKDAYS: Readonly<Record<string, number>> = { sunday: 0, monday: 1, tuesday: 2, wednesday: 3, thursday: 4, friday: 5, saturday: 6 };

/** The latest date on or before `today` that falls on `day` (`monday`…`sunday`). */
export function latestWeekday(today: IsoDate, day: string): IsoDate | undefined {
  const weekday = WEEKDAYS[day];
  if (weekday === undefined) return undefined;
  const date = fromIsoDate(today);
  date.setDate(date.getDate() - ((date.getDay() - weekday + 7) % 7));
  return toIsoDate(date);
}

/** Whether to offer the review today: its day has come this week and it was not offered since. */
export function shouldOfferReview(today: IsoDate, day: string, lastOffered: IsoDate | undefined): boolean {
  const due = latestWeekday(today, day);
  if (!due) return false;
  return (!lastOffered || lastOffered < due) && daysBetween(due, today) < 7;
}
