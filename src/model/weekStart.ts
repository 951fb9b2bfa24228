/** Which day a week starts on: the user's choice, or the one their language uses. */

/** A weekday as date-fns counts them: 0 is Sunday, 1 Monday, 6 Saturday. */
export type WeekDay = 0 | 1 | 2 | 3 | 4 | 5 | 6;

/** The setting's values: `locale` follows the display language. */
export const WEEK_START_SETTINGS = ['locale', 'monday', 'sunday', 'saturday'] as const;

/** One of the setting's values. */
export type WeekStartSetting = (typeof WEEK_START_SETTINGS)[number];

const NAMED: Readonly<Record<Exclude<WeekStartSetting, 'locale'>, WeekDay>> = { monday: 1, sunday: 0, saturday: 6 };

/** Intl's week information, which older runtimes expose as a getter and newer ones as a method. */
interface WeekInfo {
  readonly firstDay: number;
}

/** The first day of the week for `setting`, reading the locale's custom when the setting says `locale`; Monday when unknown. */
export function weekStartsOn(setting: WeekStartSetting, locale: string): WeekDay {
  if (setting !== 'locale') return NAMED[setting];
  try {
    const tag = new Intl.Locale(locale) as Intl.Locale & { getWeekInfo?: () => WeekInfo; weekInfo?: WeekInfo };
    const info = typeof tag.getWeekInfo === 'function' ? tag.getWeekInfo() : tag.weekInfo;
    // Intl counts 1 (Monday) to 7 (Sunday).
    if (info && Number.isInteger(info.firstDay) && info.firstDay >= 1 && info.firstDay <= 7) return (info.firstDay % 7) as WeekDay;
  } catch {
    // An invalid tag: fall through to the ISO week.
  }
  return 1;
}
