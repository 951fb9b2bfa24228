/** Applications grouped by stage, in pipeline order, with the date each entered its current stage. */
import type { Application, IsoDate, JobSearch } from './jobSearch';
import { STATUSES, type Status } from './vocabulary';

/** The applications in one stage; `status` is undefined for entries whose status the file gets wrong. */
export interface StageGroup {
  readonly status: Status | undefined;
  readonly applications: readonly Application[];
}

/** The non-empty stages in pipeline order, then a group for unknown statuses; newest activity first inside each. */
export function groupByStage(search: Pick<JobSearch, 'applications'>): StageGroup[] {
  const groups = new Map<Status | undefined, Application[]>();
  for (const application of search.applications) {
    const list = groups.get(application.status) ?? [];
    list.push(application);
    groups.set(application.status, list);
  }
  const order: (Status | undefined)[] = [...STATUSES, undefined];
  return order
    .filter((status) => groups.has(status))
    .map((status) => ({ status, applications: groups.get(status)!.sort(byRecentStage) }));
}

/** The date the application entered its current stage: the latest history entry with that status, if any. */
export function stageSince(application: Application): IsoDate | undefined {
  let since: IsoDate | undefined;
  for (const entry of application.history) {
    if (entry.status === application.status && entry.date && (!since || entry.date > since)) since = entry.date;
  }
  return since;
}

function byRecentStage(a: Application, b: Application): number {
  const left = stageSince(a) ?? '';
  const right = stageSince(b) ?? '';
  return left === right ? a.index - b.index : left < right ? 1 : -1;
}
