/** A quieter day after a rejection: reminders that can wait hold back until the day after it was recorded is over. */
import { daysBetween } from './calendarDate';
import type { IsoDate, JobSearch } from './jobSearch';

/** The date of the rejection that keeps today quiet (recorded today or yesterday), or undefined. */
export function quietAfterRejection(search: Pick<JobSearch, 'applications'>, today: IsoDate): IsoDate | undefined {
  let latest: IsoDate | undefined;
  for (const application of search.applications) {
    for (const entry of application.history) {
      if (entry.status !== 'rejected' || !entry.date || entry.date > today) continue;
      if (!latest || entry.date > latest) latest = entry.date;
    }
  }
  return latest && daysBetween(latest, today) <= 1 ? latest : undefined;
}
