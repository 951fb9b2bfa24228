/** Short phrases for dates relative to today, as the tree shows them ("due tomorrow", "3 days overdue"). */
import * as l10n from '@vscode/l10n';
import { daysBetween } from './calendarDate';
import type { DateText } from './dateText';
import type { IsoDate } from './jobSearch';

/** When a follow-up is due, given `days` from today (negative when overdue). */
export function describeDue(days: number): string {
  if (days === -1) return l10n.t('1 day overdue');
  if (days < 0) return l10n.t('{0} days overdue', -days);
  if (days === 0) return l10n.t('due today');
  if (days === 1) return l10n.t('due tomorrow');
  return l10n.t('due in {0} days', days);
}

/** When an interview takes place, given `days` from today. */
export function describeUpcoming(days: number): string {
  if (days === 0) return l10n.t('today');
  if (days === 1) return l10n.t('tomorrow');
  if (days > 1) return l10n.t('in {0} days', days);
  if (days === -1) return l10n.t('1 day ago');
  return l10n.t('{0} days ago', -days);
}

/** How long an application has been in its stage ("today", "12 days", "2 months"). */
export function describeAge(since: IsoDate, today: IsoDate): string {
  if (since >= today) return l10n.t('today');
  // Whole days, then 30-day months, then 365-day years, each rounded down.
  const days = daysBetween(since, today);
  if (days < 30) return days === 1 ? l10n.t('1 day') : l10n.t('{0} days', days);
  if (days < 365) return days < 60 ? l10n.t('1 month') : l10n.t('{0} months', Math.floor(days / 30));
  return days < 730 ? l10n.t('1 year') : l10n.t('{0} years', Math.floor(days / 365));
}

/** A training target relative to today, or its date and how late it is once passed (`overdue` days). */
export function describeTarget(target: IsoDate, overdue: number, dates: DateText): string {
  if (!overdue) return l10n.t({ message: 'target {0}', args: [dates.relative(target)], comment: ['{0} is a relative date such as "in 3 weeks"'] });
  return overdue === 1 ? l10n.t('target {0}, 1 day overdue', dates.day(target)) : l10n.t('target {0}, {1} days overdue', dates.day(target), overdue);
}
