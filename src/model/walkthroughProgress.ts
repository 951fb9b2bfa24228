/** What the walkthrough watches in the file, so a step done by hand completes like one done by command. */
import type { JobSearch } from './jobSearch';
import { activeGoals } from './weeklyGoals';

/** The counts that grow when the user does a step of the walkthrough. */
export interface WalkthroughCounts {
  readonly application: number;
  readonly interview: number;
  readonly rejection: number;
  readonly reflection: number;
  readonly trainingItem: number;
  readonly person: number;
  readonly goals: number;
  /** Interviews with a prep note. */
  readonly prep: number;
}

/** The walkthrough's counts in `search`. */
export function walkthroughCounts(search: Pick<JobSearch, 'applications' | 'training'> & Partial<Pick<JobSearch, 'people' | 'profile'>>): WalkthroughCounts {
  let interview = 0;
  let rejection = 0;
  let reflection = 0;
  let prep = 0;
  for (const application of search.applications) {
    interview += application.interviews.length;
    for (const entry of application.interviews) if (entry.prep) prep++;
    reflection += application.reflections.length;
    if (application.status === 'rejected') rejection++;
  }
  const trainingItem = search.training.reduce((sum, entry) => sum + entry.items.length, 0);
  return { application: search.applications.length, interview, rejection, reflection, trainingItem, person: search.people?.length ?? 0, goals: activeGoals(search.profile?.goals).length, prep };
}

/**
 * The steps whose count is above the highest seen before. Comparing with the highest rather than the last keeps a
 * half-typed line (an entry missing for a moment, then back) from completing a step.
 */
export function stepsDone(highest: WalkthroughCounts, now: WalkthroughCounts): (keyof WalkthroughCounts)[] {
  return (Object.keys(now) as (keyof WalkthroughCounts)[]).filter((step) => now[step] > highest[step]);
}

/** The larger of each count. */
export function highestCounts(a: WalkthroughCounts, b: WalkthroughCounts): WalkthroughCounts {
  return {
    application: Math.max(a.application, b.application),
    interview: Math.max(a.interview, b.interview),
    rejection: Math.max(a.rejection, b.rejection),
    reflection: Math.max(a.reflection, b.reflection),
    trainingItem: Math.max(a.trainingItem, b.trainingItem),
    person: Math.max(a.person, b.person),
    goals: Math.max(a.goals, b.goals),
    prep: Math.max(a.prep, b.prep),
  };
}
