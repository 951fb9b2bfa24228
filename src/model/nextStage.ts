/** The stage a stage picker should highlight: the one an application usually moves to next. */
import { CLOSED_STATUSES, type Status } from './vocabulary';

const NEXT: Readonly<Partial<Record<Status, Status>>> = { wishlist: 'applied', applied: 'screening', screening: 'interviewing', interviewing: 'offer', offer: 'accepted' };

/** `applied` for a new application; for an open stage, the next one; a closed stage stays where it is. */
export function nextStage(current?: Status): Status {
  if (!current) return 'applied';
  return CLOSED_STATUSES.has(current) ? current : (NEXT[current] ?? current);
}
