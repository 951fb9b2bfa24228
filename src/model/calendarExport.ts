/** The job search as an RFC 5545 calendar (interviews, follow-up due dates, training targets), written by `ics`. */
import { createEvents, type DateArray, type EventAttributes } from 'ics';
import { addDays } from 'date-fns';
import { fromIsoDate } from './calendarDate';
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

function day(date: IsoDate): DateArray {
  const [year, month, dayOfMonth] = date.split('-').map(Number) as [number, number, number];
  return [year, month, dayOfMonth];
}

function nextDay(date: IsoDate): DateArray {
  const next = addDays(fromIsoDate(date), 1);
  return [next.getFullYear(), next.getMonth() + 1, next.getDate()];
}

function allDay(date: IsoDate): Pick<EventAttributes, 'start'> & { end: DateArray } {
  return { start: day(date), end: nextDay(date) };
}

/** Every dated entry as an event; follow-ups already sent are left out. */
export function calendarEvents(search: Pick<JobSearch, 'applications' | 'training'>): EventAttributes[] {
  const events: EventAttributes[] = [];
  for (const application of search.applications) {
    const company = companyName(application);
    const role = application.role ? ` (${application.role})` : '';
    application.interviews.forEach((interview, index) => {
      if (!interview.date) return;
      const kind = interview.kind ? INTERVIEW_LABELS[interview.kind] : 'Interview';
      const description = [interview.with.length ? `With ${interview.with.join(', ')}` : '', interview.notes ?? ''].filter(Boolean).join('\n');
      const base = { uid: uid('interview', application.company, application.role, index), title: `${kind}: ${company}${role}`, ...(description ? { description } : {}), productId: PRODUCT };
      if (interview.time) {
        const [hour, minute] = interview.time.split(':').map(Number) as [number, number];
        events.push({ ...base, start: [...day(interview.date), hour, minute] as DateArray, startInputType: 'local', startOutputType: 'local', duration: { hours: 1 } });
      } else events.push({ ...base, ...allDay(interview.date) });
    });
    application.followUps.forEach((followUp, index) => {
      if (!followUp.due || followUp.sent) return;
      const what = followUp.kind ? FOLLOW_UP_LABELS[followUp.kind] : 'Follow-up';
      events.push({
        uid: uid('follow-up', application.company, application.role, followUp.kind, index),
        title: `${what}${followUp.contact ? ` to ${followUp.contact}` : ''}: ${company}`,
        description: `Draft it in Job Search Companion; nothing is sent for you.${followUp.notes ? `\n${followUp.notes}` : ''}`,
        productId: PRODUCT,
        ...allDay(followUp.due),
      });
    });
  }
  for (const entry of search.training) {
    if (!entry.target) continue;
    const open = entry.items.filter((item) => !item.done).map((item) => `☐ ${item.task}`);
    events.push({
      uid: uid('training', entry.skill),
      title: `Training target: ${entry.skill}`,
      ...(open.length ? { description: open.join('\n') } : {}),
      productId: PRODUCT,
      ...allDay(entry.target),
    });
  }
  return events;
}

/** The calendar file's text, or the library's complaint when an event is out of range. */
export function calendarText(search: Pick<JobSearch, 'applications' | 'training'>): { text: string } | { error: string } {
  const events = calendarEvents(search);
  if (!events.length) return { error: 'There is nothing dated to export yet: no interviews, follow-ups due or training targets.' };
  const { error, value } = createEvents(events, { productId: PRODUCT, calName: 'Job search' });
  return error || !value ? { error: `The calendar could not be written: ${error?.message ?? 'unknown error'}` } : { text: value };
}
