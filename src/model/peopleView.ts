/** What the People view shows: who is due a touch first, then everyone by company, with their touches and applications. */
import * as l10n from '@vscode/l10n';
import { daysBetween } from './calendarDate';
import type { DateText } from './dateText';
import type { IsoDate, JobSearch, Person, Touch } from './jobSearch';
import { lastTouch, nameKey, openReferralAsk } from './network';
import { describeDue } from './relativeDates';
import type { Summary } from './summaries';
import { TOUCH_LABELS } from './vocabulary';

/** People to reach out to soon, and everyone by company. */
export interface PeopleGroups {
  /** `next` today or past, the most overdue first. */
  readonly due: readonly Person[];
  /** `next` within the coming days, the soonest first. */
  readonly comingUp: readonly Person[];
  /** Everyone, by company (alphabetically; people with no company last), by name within a company. */
  readonly byCompany: readonly { readonly company?: string; readonly people: readonly Person[] }[];
}

/** How far ahead "coming up" looks. */
export const COMING_UP_DAYS = 14;

const byName = (a: Person, b: Person): number => a.name.localeCompare(b.name);

/** Groups the people of `search` for the People view. */
export function peopleGroups(search: Pick<JobSearch, 'people'>, today: IsoDate): PeopleGroups {
  const withNext = search.people.filter((person) => person.next).map((person) => ({ person, days: daysBetween(today, person.next!) }));
  const soonest = (a: { person: Person; days: number }, b: { person: Person; days: number }): number => a.days - b.days || a.person.index - b.person.index;
  const companies = new Map<string, { company?: string; people: Person[] }>();
  for (const person of search.people) {
    const company = person.company?.trim() || undefined;
    const key = nameKey(company);
    if (!companies.has(key)) companies.set(key, { company, people: [] });
    companies.get(key)!.people.push(person);
  }
  const byCompany = [...companies.values()]
    .sort((a, b) => (a.company === undefined ? 1 : b.company === undefined ? -1 : a.company.localeCompare(b.company)))
    .map((group) => ({ ...group, people: [...group.people].sort(byName) }));
  return {
    due: withNext.filter((entry) => entry.days <= 0).sort(soonest).map((entry) => entry.person),
    comingUp: withNext.filter((entry) => entry.days > 0 && entry.days <= COMING_UP_DAYS).sort(soonest).map((entry) => entry.person),
    byCompany,
  };
}

const joinParts = (...parts: (string | undefined | false)[]): string => parts.filter(Boolean).join(' · ');

/** A person's row: their name; their role and company, when to reach out next or when they were last in touch. */
export function summarizePerson(person: Person, dates: DateText, today: IsoDate): Summary {
  const latest = lastTouch(person);
  const when = person.next ? describeDue(daysBetween(today, person.next)) : latest?.date ? l10n.t('last in touch {0}', dates.relative(latest.date)) : undefined;
  const at = joinParts(person.role?.trim(), person.company?.trim());
  return {
    label: person.name.trim(),
    description: joinParts(when, at),
    get details() {
      const asked = openReferralAsk(person);
      return [
        person.name.trim(),
        ...(at ? [at] : []),
        ...(person.met ? [l10n.t('Met: {0}', person.met)] : []),
        ...(person.connected ? [l10n.t('Connected {0}', dates.day(person.connected))] : []),
        ...(person.next ? [l10n.t('Reach out next: {0}', dates.day(person.next))] : []),
        ...(latest?.date ? [l10n.t('Last in touch: {0}, {1}', dates.day(latest.date), latest.kind ? TOUCH_LABELS[latest.kind] : TOUCH_LABELS.other)] : []),
        ...(asked ? [asked.application ? l10n.t('Referral asked on {0} for {1}, no answer recorded yet', asked.date ?? '?', asked.application) : l10n.t('Referral asked on {0}, no answer recorded yet', asked.date ?? '?')] : []),
        ...(person.email ? [person.email] : []),
        ...(person.notes ? [person.notes] : []),
      ];
    },
  };
}

/** A touch's row: what it was and when, with what it was about. */
export function summarizeTouch(touch: Touch, dates: DateText): Summary {
  const what = touch.kind ? TOUCH_LABELS[touch.kind] : TOUCH_LABELS.other;
  return {
    label: what,
    description: joinParts(touch.date && dates.relative(touch.date), touch.application, touch.notes),
    get details() {
      return [joinParts(what, touch.date && dates.day(touch.date)) ?? what, ...(touch.application ? [l10n.t('About: {0}', touch.application)] : []), ...(touch.notes ? [touch.notes] : [])];
    },
  };
}
