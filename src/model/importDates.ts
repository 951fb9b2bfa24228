/**
 * Dates as spreadsheets and trackers write them, read into `YYYY-MM-DD`. Numeric dates like 03/04/2026 are read only
 * in an order the user chose or the file itself proves (a 13 or more in one place); they are never guessed.
 */
import { dateOfDayIndex, isCalendarDate } from './calendarDate';
import type { IsoDate } from './jobSearch';

/** Which number comes first in a date like 03/04/2026. */
export type DayOrder = 'month-first' | 'day-first';

/** A date read, a date that needs the day order chosen, or a value that is no date. */
export type DateReading = { readonly date: IsoDate } | { readonly ambiguous: true } | { readonly invalid: true };

const ISO_START = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:$|[T ]\d)/;
const YEAR_FIRST = /^(\d{4})[/.](\d{1,2})[/.](\d{1,2})$/;
const NUMERIC = /^(\d{1,2})([/.-])(\d{1,2})\2(\d{2}|\d{4})$/;
// Spreadsheet day numbers (days since 1899-12-30) between 1954 and 2119, as a date cell exported without its format.
const SERIAL = /^\d{5}$/;
const SERIAL_EPOCH = -25569;
// Month names as trackers and spreadsheets write them, in English and German: "Mar 4, 2026", "March 4 2026",
// "4 Mar 2026", "4-Mar-26", "Wed, Mar 4, 2026", "4. März 2026", "14. Okt. 2026".
// (date-fns's parse reads the English ones too, but brings every format's parser into the bundle for these few shapes.)
const MONTH_NAMES: readonly (readonly string[])[] = [
  ['january', 'januar', 'jänner'],
  ['february', 'februar'],
  ['march', 'märz', 'maerz'],
  ['april'],
  ['may', 'mai'],
  ['june', 'juni'],
  ['july', 'juli'],
  ['august'],
  ['september', 'sept'],
  ['october', 'oktober'],
  ['november'],
  ['december', 'dezember'],
];
const MONTH = '(\\p{L}{3,9})\\.?';
const MONTH_FIRST = new RegExp(`^(?:\\p{L}{2,9}\\.?,? )?${MONTH} (\\d{1,2})(?:st|nd|rd|th)?,? (\\d{4})(?:,? \\d{1,2}:\\d{2}.*)?$`, 'u');
const DAY_FIRST = new RegExp(`^(?:\\p{L}{2,9}\\.?,? )?(\\d{1,2})(?:st|nd|rd|th|\\.)?[ -]${MONTH}[ -](\\d{4}|\\d{2})$`, 'u');

/** The month a name or its abbreviation means (1–12): "Sept", "September" and "Sep." all mean 9, "Okt" 10. */
function monthOf(name: string): number | undefined {
  const index = MONTH_NAMES.findIndex((names) => names.some((full) => name.length >= 3 && full.startsWith(name)));
  return index >= 0 ? index + 1 : undefined;
}

function calendar(year: number, month: number, day: number): DateReading {
  const text = `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  return isCalendarDate(text) ? { date: text } : { invalid: true };
}

const fullYear = (year: string): number => (year.length === 2 ? 2000 + Number(year) : Number(year));

/** Reads one cell as a date; a numeric date without a known order is `ambiguous` unless only one reading exists. */
export function readDate(value: string, order?: DayOrder): DateReading {
  const text = value.trim().replace(/\s+/g, ' ');
  let match = ISO_START.exec(text) ?? YEAR_FIRST.exec(text);
  if (match) return calendar(Number(match[1]), Number(match[2]), Number(match[3]));
  match = NUMERIC.exec(text);
  if (match) {
    const [first, second, year] = [Number(match[1]), Number(match[3]), fullYear(match[4]!)];
    // A dotted date is day-first wherever it is written that way (03.04.2026 is 3 April); an order the user chose is
    // kept even where it makes a date impossible, which then says so instead of being read the other way round.
    const known = match[2] === '.' ? 'day-first' : (order ?? (first > 12 ? 'day-first' : second > 12 ? 'month-first' : first === second ? 'month-first' : undefined));
    if (!known) return { ambiguous: true };
    return known === 'day-first' ? calendar(year, second, first) : calendar(year, first, second);
  }
  if (SERIAL.test(text)) {
    const serial = Number(text);
    return serial >= 20_000 && serial <= 80_000 ? { date: dateOfDayIndex(serial + SERIAL_EPOCH) } : { invalid: true };
  }
  const lower = text.toLowerCase();
  const named = MONTH_FIRST.exec(lower);
  if (named) {
    const month = monthOf(named[1]!);
    return month ? calendar(Number(named[3]), month, Number(named[2])) : { invalid: true };
  }
  const dayNamed = DAY_FIRST.exec(lower);
  if (dayNamed) {
    const month = monthOf(dayNamed[2]!);
    return month ? calendar(fullYear(dayNamed[3]!), month, Number(dayNamed[1])) : { invalid: true };
  }
  return { invalid: true };
}

/**
 * The day orders every numeric date in `values` allows: both when none decides (the user must choose), one when
 * some date proves it, none when the dates contradict each other.
 */
export function dayOrdersOf(values: Iterable<string>): { readonly orders: readonly DayOrder[]; readonly ambiguous: boolean; readonly example?: string } {
  let monthFirst = true;
  let dayFirst = true;
  let ambiguous = false;
  let example: string | undefined;
  for (const value of values) {
    const match = NUMERIC.exec(value.trim());
    if (!match || match[2] === '.') continue;
    const [first, second] = [Number(match[1]), Number(match[3])];
    if (first > 12) monthFirst = false;
    else if (second > 12) dayFirst = false;
    else if (first !== second) {
      ambiguous = true;
      example ??= value.trim();
    }
  }
  const orders: DayOrder[] = [...(monthFirst ? (['month-first'] as const) : []), ...(dayFirst ? (['day-first'] as const) : [])];
  return { orders, ambiguous: ambiguous && orders.length === 2, ...(example ? { example } : {}) };
}
