/** When the startup reminder about overdue follow-ups may show: at most once a day, never while snoozed. */
import type { IsoDate } from './jobSearch';

/** What the extension remembers between sessions. */
export interface ReminderState {
  readonly lastShown?: IsoDate;
  readonly snoozedUntil?: IsoDate;
}

/** Whether to remind today. */
export function shouldRemind(state: ReminderState, today: IsoDate, overdue: number, enabled: boolean): boolean {
  if (!enabled || overdue === 0) return false;
  if (state.lastShown === today) return false;
  return !state.snoozedUntil || state.snoozedUntil <= today;
}
