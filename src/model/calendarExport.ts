/** The job search as an RFC 5545 calendar (interviews, follow-up due dates, people to reach out to, training targets), written by `ical-generator`. */
import { isToSend } from './followUpState';
import * as l10n from '@vscode/l10n';
import ical, { type ICalEventData } from 'ical-generator';
import type { IsoDate, JobSearch } from './jobSearch';
import { companyName } from './summaries';
import { FOLLOW_UP_LABELS, INTERVIEW_LABELS } from './vocabulary';

const PRODUCT = 'job-search-companion';

/** A UID that stays the same across exports while the entry keeps its identity, so re-imports update events. */
function uid(...parts: (string | number | undefined)[]): string {
  const slug = parts
    .map((part) => String(part ?? '').trim().toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, ''))
    .filter(Boolean)
    .join('.');
  return `${slug}@${PRODUCT}`;
}

/**
 * The library writes a plain `Date` by its UTC fields, so calendar days and floating local times are built in UTC:
 * the file's dates then come out exactly as written, whatever the exporting machine's time zone.
 */
function utc(date: IsoDate, hour = 0, minute = 0): Date {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(year, month - 1, day, hour, minute));
}

function allDay(date: IsoDate): Pick<ICalEventData, 'start' | 'end' | 'allDay'> {
  const start = utc(date);
  return { start, end: new Date(start.getTime() + 86_400_000), allDay: true };
}

/** Every dated entry as an event; follow-ups already sent, answered or skipped are left out. */
export function calendarEvents(search: Pick<JobSearch, 'applications' | 'training'> & Partial<Pick<JobSearch, 'people'>>): ICalEventData[] {
  const events: ICalEventData[] = [];
  for (const application of search.applications) {
    const company = companyName(application);
    const role = application.role ? ` (${application.role})` : '';
    application.interviews.forEach((interview, index) => {
      if (!interview.date) return;
      const kind = interview.kind ? INTERVIEW_LABELS[interview.kind] : INTERVIEW_LABELS.other;
      const description = [interview.with.length ? l10n.t('With {0}', interview.with.join(', ')) : '', interview.notes ?? ''].filter(Boolean).join('\n');
      const base = { id: uid('interview', application.company, application.role, index), summary: `${kind}: ${company}${role}`, ...(description ? { description } : {}) };
      if (interview.time) {
        const [hour, minute] = interview.time.split(':').map(Number) as [number, number];
        const start = utc(interview.date, hour, minute);
        events.push({ ...base, start, end: new Date(start.getTime() + 3_600_000), floating: true });
      } else events.push({ ...base, ...allDay(interview.date) });
    });
    application.followUps.forEach((followUp, index) => {
      if (!followUp.due || !isToSend(followUp)) return;
      const what = followUp.kind ? FOLLOW_UP_LABELS[followUp.kind] : FOLLOW_UP_LABELS.other;
      events.push({
        id: uid('follow-up', application.company, application.role, followUp.kind, index),
        summary: followUp.contact ? l10n.t('{0} to {1}: {2}', what, followUp.contact, company) : `${what}: ${company}`,
        description: [l10n.t('Draft it in Job Search Companion; nothing is sent for you.'), followUp.notes].filter(Boolean).join('\n'),
        ...allDay(followUp.due),
      });
    });
  }
  for (const person of search.people ?? []) {
    if (!person.next) continue;
    events.push({
      id: uid('reach-out', person.name),
      summary: person.company ? l10n.t('Reach out to {0} ({1})', person.name.trim(), person.company.trim()) : l10n.t('Reach out to {0}', person.name.trim()),
      description: l10n.t('Draft it in Job Search Companion; nothing is sent for you.'),
      ...allDay(person.next),
    });
  }
  for (const entry of search.training) {
    if (!entry.target) continue;
    const open = entry.items.filter((item) => !item.done).map((item) => `☐ ${item.task}`);
    events.push({
      id: uid('training', entry.skill),
      summary: l10n.t('Training target: {0}', entry.skill),
      ...(open.length ? { description: open.join('\n') } : {}),
      ...allDay(entry.target),
    });
  }
  return events;
}

/** The calendar file's text, or the library's complaint when an event cannot be written. */
export function calendarText(search: Pick<JobSearch, 'applications' | 'training'> & Partial<Pick<JobSearch, 'people'>>): { text: string } | { error: string } {
  const events = calendarEvents(search);
  if (!events.length) return { error: l10n.t('There is nothing dated to export yet: no interviews, follow-ups due or training targets.') };
  try {
    const calendar = ical({ name: l10n.t('Job search'), prodId: { company: PRODUCT, product: PRODUCT } });
    for (const event of events) calendar.createEvent(event);
    return { text: calendar.toString() };
  } catch (error) {
    return { error: l10n.t('The calendar could not be written: {0}', error instanceof Error ? error.message : String(error)) };
  }
}
