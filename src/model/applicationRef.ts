/** References to an application or follow-up that survive edits elsewhere in the file, and finding them again. */
import type { Application, FollowUp } from './jobSearch';
import type { ParsedJobSearch } from './parseJobSearch';
import type { FollowUpKind } from './vocabulary';

/** Names an application so it can be found again after the file changed: by position, checked by company. */
export interface ApplicationRef {
  readonly index: number;
  readonly company: string;
  readonly role?: string;
}

/** Names a follow-up of an application: by position among its follow-ups, checked by kind. */
export interface FollowUpRef extends ApplicationRef {
  readonly followUpIndex?: number;
  readonly kind: FollowUpKind;
  readonly contact?: string;
}

const same = (a: string | undefined, b: string | undefined): boolean => (a ?? '').trim().toLowerCase() === (b ?? '').trim().toLowerCase();

/** A reference to `application` that survives edits elsewhere in the file. */
export function refOf(application: Application): ApplicationRef {
  return { index: application.index, company: application.company, ...(application.role ? { role: application.role } : {}) };
}

/** Finds the application a reference names in the current parse: at its index if the company still matches, else by company and role. */
export function findApplication(parsed: ParsedJobSearch, ref: ApplicationRef): Application | undefined {
  const atIndex = parsed.applications.find((application) => application.index === ref.index);
  if (atIndex && same(atIndex.company, ref.company)) return atIndex;
  const matches = parsed.applications.filter((application) => same(application.company, ref.company));
  return matches.find((application) => same(application.role, ref.role)) ?? (matches.length === 1 ? matches[0] : undefined);
}

/** The follow-up a reference names: at its index if the kind matches, else the first unsent one of that kind. */
export function findFollowUp(application: Application, ref: FollowUpRef): FollowUp | undefined {
  const atIndex = ref.followUpIndex === undefined ? undefined : application.followUps[ref.followUpIndex];
  if (atIndex && atIndex.kind === ref.kind) return atIndex;
  return application.followUps.find((followUp) => followUp.kind === ref.kind && !followUp.sent && (!ref.contact || same(followUp.contact, ref.contact)));
}
