/** Weekly goals: what the user did each week against what they aimed for, and how many weeks in a row they met it. */
import { dateOfDayIndex, dayIndex } from './calendarDate';
import type { Application, IsoDate, JobSearch, WeeklyGoals } from './jobSearch';
import { nameKey } from './network';
import type { TouchKind } from './vocabulary';
import type { WeekDay } from './weekStart';

/** What a weekly goal counts. */
export const GOAL_KEYS = ['applications', 'outreach', 'training'] as const;

/** One kind of weekly goal. */
export type GoalKey = (typeof GOAL_KEYS)[number];

/** What the user did in one week, by goal. */
export type WeekActivity = Record<GoalKey, number>;

/** Touches the user made; a referral given or declined is the other person's doing. */
const OUTREACH_TOUCHES: ReadonlySet<TouchKind> = new Set<TouchKind>(['message', 'call', 'coffee', 'meeting', 'introduction', 'referral-asked', 'other']);

/** The date an application was sent: its first `applied` history entry. */
export function appliedOn(application: Application): IsoDate | undefined {
  let first: IsoDate | undefined;
  for (const entry of application.history) if (entry.status === 'applied' && entry.date && (!first || entry.date < first)) first = entry.date;
  return first;
}

/**
 * The dates of everything the goals count. A follow-up marked sent to someone listed also logs a touch that day
 * about the same application; that is one message, counted once.
 */
export function activityDates(search: Pick<JobSearch, 'applications' | 'training'> & Partial<Pick<JobSearch, 'people'>>): Record<GoalKey, IsoDate[]> {
  const applications: IsoDate[] = [];
  const outreach: IsoDate[] = [];
  const sentAbout = new Set<string>();
  for (const application of search.applications) {
    const sent = appliedOn(application);
    if (sent) applications.push(sent);
    for (const followUp of application.followUps) {
      if (!followUp.sent) continue;
      outreach.push(followUp.sent);
      sentAbout.add(`${followUp.sent} ${nameKey(application.company)}`);
    }
  }
  for (const person of search.people ?? []) {
    for (const touch of person.touches) {
      if (!touch.date || !touch.kind || !OUTREACH_TOUCHES.has(touch.kind)) continue;
      const about = touch.application ? nameKey(touch.application.split(' / ')[0]) : undefined;
      if (about && sentAbout.has(`${touch.date} ${about}`)) continue;
      outreach.push(touch.date);
    }
  }
  const training = search.training.flatMap((entry) => entry.items.filter((item) => item.done && item.doneOn).map((item) => item.doneOn!));
  return { applications, outreach, training };
}

/** One goal in one week. */
export interface GoalProgress {
  readonly key: GoalKey;
  readonly goal: number;
  readonly done: number;
  readonly met: boolean;
}

/** One week against the goals. */
export interface WeekGoals {
  /** The first day of the week. */
  readonly week: IsoDate;
  /** The last day of the week. */
  readonly end: IsoDate;
  readonly goals: readonly GoalProgress[];
  /** Every goal reached. */
  readonly met: boolean;
}

/** This week and last, and the run of weeks met. */
export interface GoalsSummary {
  readonly thisWeek: WeekGoals;
  readonly lastWeek: WeekGoals;
  /** Weeks met in a row up to now: this week once it is met, else up to last week. */
  readonly streak: number;
  /** Weeks met since the first dated activity in the file, this week included once met. */
  readonly weeksMet: number;
}

/** The goals that ask for something; a goal of 0 or none at all is no goal. */
export function activeGoals(goals: WeeklyGoals | undefined): { key: GoalKey; goal: number }[] {
  return GOAL_KEYS.filter((key) => (goals?.[key] ?? 0) > 0).map((key) => ({ key, goal: goals![key]! }));
}

/** The most weeks looked back for a streak: five years. */
const MAX_WEEKS = 260;

/** The first day (as a `dayIndex`) of the week holding `day`, for weeks starting on `weekStart`; 1970-01-01 was a Thursday. */
const weekOfDay = (day: number, weekStart: WeekDay): number => day - ((((day + 4 - weekStart) % 7) + 7) % 7);

/**
 * This week's progress against `goals`, last week's, and the streak, for weeks starting on `weekStart`; undefined
 * when no goal is set. Weeks are counted on day numbers, so a long search costs one pass over its dates.
 */
export function goalsSummary(search: Pick<JobSearch, 'applications' | 'training' | 'profile'> & Partial<Pick<JobSearch, 'people'>>, today: IsoDate, weekStart: WeekDay): GoalsSummary | undefined {
  const goals = activeGoals(search.profile?.goals);
  if (!goals.length) return undefined;
  const counts = new Map<number, WeekActivity>();
  let first: number | undefined;
  const dates = activityDates(search);
  for (const key of GOAL_KEYS) {
    for (const date of dates[key]) {
      const week = weekOfDay(dayIndex(date), weekStart);
      let activity = counts.get(week);
      if (!activity) counts.set(week, (activity = { applications: 0, outreach: 0, training: 0 }));
      activity[key]++;
      if (first === undefined || week < first) first = week;
    }
  }
  const metIn = (week: number): boolean => {
    const activity = counts.get(week);
    return !!activity && goals.every(({ key, goal }) => activity[key] >= goal);
  };
  const weekGoals = (week: number): WeekGoals => {
    const activity = counts.get(week);
    const progress = goals.map(({ key, goal }) => ({ key, goal, done: activity?.[key] ?? 0, met: (activity?.[key] ?? 0) >= goal }));
    return { week: dateOfDayIndex(week), end: dateOfDayIndex(week + 6), goals: progress, met: progress.every((goal) => goal.met) };
  };
  const current = weekOfDay(dayIndex(today), weekStart);
  const thisWeek = weekGoals(current);
  const lastWeek = weekGoals(current - 7);
  let streak = thisWeek.met ? 1 : 0;
  let weeksMet = streak;
  let running = true;
  for (let week = current - 7, step = 0; step < MAX_WEEKS && first !== undefined && week >= first; step++, week -= 7) {
    const met = metIn(week);
    if (met) weeksMet++;
    if (running && met) streak++;
    else running = false;
  }
  return { thisWeek, lastWeek, streak, weeksMet };
}
