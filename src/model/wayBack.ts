/**
 * The way back to a company that said no: once the user has worked through every training item that came from it,
 * or a re-apply date they set has passed, it is time to write again or to apply again.
 */
import { daysBetween } from './calendarDate';
import type { Application, IsoDate, JobSearch } from './jobSearch';
import { nameKey } from './network';

/** A company to go back to, and why now. */
export interface WayBack {
  readonly application: Application;
  /** When it became ready: the re-apply date, or the day the last training item from it was done. */
  readonly date: IsoDate;
  readonly reason: 'training' | 'date';
  /** The skills worked through, for the message. */
  readonly skills: readonly string[];
}

/** Whether a training source names the company, as the training plan writes sources ("Acme Corp / technical interview, …"). */
const namesCompany = (source: string, company: string): boolean => source.toLowerCase().includes(company);

const KEEP_IN_TOUCH = new Set(['keep-in-touch', 'check-in']);

/**
 * Rejected applications ready for the way back as of `today`. A re-apply date the user set decides on its own; without
 * one, every training item from the company must be done (and there must be at least one). A later application to
 * the same company, or a keep-in-touch message sent since, means the user has already gone back.
 */
export function wayBack(search: Pick<JobSearch, 'applications' | 'training'>, today: IsoDate): WayBack[] {
  const result: WayBack[] = [];
  const latestIndex = new Map<string, number>();
  for (const application of search.applications) latestIndex.set(nameKey(application.company), application.index);
  for (const application of search.applications) {
    if (application.status !== 'rejected' || !nameKey(application.company)) continue;
    if (latestIndex.get(nameKey(application.company)) !== application.index) continue;
    const ready = readiness(application, search.training, today);
    if (!ready) continue;
    const wroteSince = application.followUps.some((followUp) => followUp.kind && KEEP_IN_TOUCH.has(followUp.kind) && followUp.sent && followUp.sent >= ready.date);
    if (!wroteSince) result.push({ application, ...ready });
  }
  return result;
}

function readiness(application: Application, training: JobSearch['training'], today: IsoDate): Omit<WayBack, 'application'> | undefined {
  const company = application.company.trim().toLowerCase();
  const entries = training.filter((entry) => entry.sources.some((source) => namesCompany(source, company)));
  const skills = entries.filter((entry) => entry.items.some((item) => item.done)).map((entry) => entry.skill);
  if (application.reapply) return daysBetween(today, application.reapply) <= 0 ? { date: application.reapply, reason: 'date', skills } : undefined;
  const items = entries.flatMap((entry) => entry.items);
  if (!items.length || items.some((item) => !item.done)) return undefined;
  const rejectedOn = application.history.filter((entry) => entry.status === 'rejected' && entry.date).map((entry) => entry.date!).sort().at(-1);
  const date = items.map((item) => item.doneOn).filter((done): done is IsoDate => !!done && done <= today).sort().at(-1) ?? rejectedOn ?? today;
  return { date, reason: 'training', skills };
}
