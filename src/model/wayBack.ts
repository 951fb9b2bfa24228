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

/**
 * Training entries by the company their sources name. The plan writes sources as "Acme Corp / technical interview, …",
 * found by the part before " / "; a source written another way is searched for the company's name, as drafts do.
 */
function trainingByCompany(training: JobSearch['training']): (company: string) => JobSearch['training'] {
  const byKey = new Map<string, JobSearch['training'][number][]>();
  const free: { text: string; entry: JobSearch['training'][number] }[] = [];
  for (const entry of training) {
    for (const source of entry.sources) {
      const slash = source.indexOf(' / ');
      if (slash < 0) free.push({ text: source.toLowerCase(), entry });
      else {
        const key = nameKey(source.slice(0, slash));
        const list = byKey.get(key) ?? [];
        if (!list.includes(entry)) list.push(entry);
        byKey.set(key, list);
      }
    }
  }
  return (company) => {
    const key = nameKey(company);
    const found = [...(byKey.get(key) ?? [])];
    for (const { text, entry } of free) if (text.includes(key) && !found.includes(entry)) found.push(entry);
    return found;
  };
}

const KEEP_IN_TOUCH = new Set(['keep-in-touch', 'check-in']);

/**
 * Rejected applications ready for the way back as of `today`. A re-apply date the user set decides on its own; without
 * one, every training item from the company must be done (and there must be at least one). A later application to
 * the same company, or a keep-in-touch message sent since, means the user has already gone back.
 */
export function wayBack(search: Pick<JobSearch, 'applications' | 'training'>, today: IsoDate): WayBack[] {
  const result: WayBack[] = [];
  const latestIndex = new Map<string, number>();
  let entriesOf: ((company: string) => JobSearch['training']) | undefined;
  for (const application of search.applications) latestIndex.set(nameKey(application.company), application.index);
  for (const application of search.applications) {
    if (application.status !== 'rejected' || !nameKey(application.company)) continue;
    if (latestIndex.get(nameKey(application.company)) !== application.index) continue;
    entriesOf ??= trainingByCompany(search.training);
    const ready = readiness(application, entriesOf(application.company), today);
    if (!ready) continue;
    const wroteSince = application.followUps.some((followUp) => followUp.kind && KEEP_IN_TOUCH.has(followUp.kind) && followUp.sent && followUp.sent >= ready.date);
    if (!wroteSince) result.push({ application, ...ready });
  }
  return result;
}

function readiness(application: Application, entries: JobSearch['training'], today: IsoDate): Omit<WayBack, 'application'> | undefined {
  const skills = entries.filter((entry) => entry.items.some((item) => item.done)).map((entry) => entry.skill);
  if (application.reapply) return daysBetween(today, application.reapply) <= 0 ? { date: application.reapply, reason: 'date', skills } : undefined;
  const items = entries.flatMap((entry) => entry.items);
  if (!items.length || items.some((item) => !item.done)) return undefined;
  const rejectedOn = application.history.filter((entry) => entry.status === 'rejected' && entry.date).map((entry) => entry.date!).sort().at(-1);
  const date = items.map((item) => item.doneOn).filter((done): done is IsoDate => !!done && done <= today).sort().at(-1) ?? rejectedOn ?? today;
  return { date, reason: 'training', skills };
}
