/** How dates read in the views: relative to today and in the user's language, through date-fns and the platform's Intl. */
import { intlFormatDistance } from 'date-fns';
import { daysBetween, fromIsoDate } from './calendarDate';
import type { IsoDate } from './jobSearch';

/** Date phrases for one day and one locale. */
export interface DateText {
  readonly today: IsoDate;
  /** "today", "tomorrow", "3 days ago", "in 2 months" (in the locale's words). */
  relative(date: IsoDate): string;
  /** "Oct 15", or "Oct 15, 2025" in another year (in the locale's format). */
  day(date: IsoDate): string;
}

let latest: { key: string; text: DateText } | undefined;

/**
 * Date phrases as of `today` for `locale` (a BCP 47 tag such as `en`, `de`, `pt-br`). The last one made is reused,
 * so every redraw on the same day shares its formatters and the phrases already worked out.
 */
export function dateText(today: IsoDate, locale = 'en'): DateText {
  const key = `${today} ${locale}`;
  if (latest?.key !== key) latest = { key, text: makeDateText(today, locale) };
  return latest.text;
}

function makeDateText(today: IsoDate, locale: string): DateText {
  const safeLocale = supported(locale) ? locale : 'en';
  // One formatter per shape, made once: creating an Intl formatter costs far more than formatting with it.
  const thisYear = new Intl.DateTimeFormat(safeLocale, { month: 'short', day: 'numeric' });
  const otherYear = new Intl.DateTimeFormat(safeLocale, { month: 'short', day: 'numeric', year: 'numeric' });
  return {
    today,
    relative: remembered((date) =>
      // Within a week, whole days ("tomorrow", "in 3 days") read better than the weeks Intl would round to.
      intlFormatDistance(fromIsoDate(date), fromIsoDate(today), { ...(Math.abs(daysBetween(today, date)) < 7 ? { unit: 'day' } : {}), numeric: 'auto', locale: safeLocale }),
    ),
    day: remembered((date) => (date.slice(0, 4) === today.slice(0, 4) ? thisYear : otherYear).format(fromIsoDate(date))),
  };
}

/** `format` answering each date once: Intl formatters are slow to create, and a big file repeats its dates a lot. */
function remembered(format: (date: IsoDate) => string): (date: IsoDate) => string {
  const known = new Map<IsoDate, string>();
  return (date) => {
    let text = known.get(date);
    if (text === undefined) known.set(date, (text = format(date)));
    return text;
  };
}

/** Whether the platform's Intl knows `locale`; an invalid tag throws, so it counts as unknown. */
function supported(locale: string): boolean {
  try {
    return Intl.DateTimeFormat.supportedLocalesOf([locale]).length > 0;
  } catch {
    return false;
  }
}
