/** Everything the dashboard shows, derived from one parsed file; the webview only draws it. */
import * as l10n from '@vscode/l10n';
import { askedForFeedback, feedbackCounts, type FeedbackCounts } from './feedbackAsked';
import { networkStats, type NetworkStats } from './networkStats';
import { addWeeks, startOfISOWeek } from 'date-fns';
import { fromIsoDate, toIsoDate } from './calendarDate';
import { dateText } from './dateText';
import type { Application, IsoDate, JobSearch } from './jobSearch';
import { needsAction } from './needsAction';
import { describeTarget } from './relativeDates';
import { summarizeAction } from './summaries';
import { companyName } from './summaries';
import { overdueDays, progressOf, skillGaps, skillKey } from './trainingPlan';
import { STATUSES, STATUS_LABELS, type FollowUpKind, type Status } from './vocabulary';
import { contextLines, rejectionContext } from './rejectionContext';
import { gapProgress, type GapProgress } from './gapProgress';
import { goalsSummary, type GoalKey, type WeekGoals } from './weeklyGoals';
import { goalLabel, streakText } from './weeklyReview';
import type { WeekDay } from './weekStart';
import { totalsPhrase, winsSummary, type WinKind } from './wins';
import { funnelFigures, type FunnelFigures } from './funnelFigures';

/** A "Needs action" row with what the Draft button needs to find the follow-up again. */
export interface DashboardAction {
  readonly label: string;
  readonly description: string;
  readonly overdue: boolean;
  /** Present for follow-ups, which can be drafted; interviews only inform. */
  readonly draft?: { readonly applicationIndex: number; readonly company: string; readonly followUpIndex: number; readonly kind: FollowUpKind };
  /** Present for someone due a touch: their name, to draft a message to them. */
  readonly person?: string;
}

/** Applications per stage, in pipeline order. */
export interface StageCount {
  readonly status: Status;
  readonly label: string;
  readonly count: number;
}

/** How far applications got: applied → interview → offer, and how many heard back at all. */
export interface Funnel {
  readonly applied: number;
  readonly interviewed: number;
  readonly offered: number;
  /** Applications that got any answer (a screening, an interview, an offer or a rejection), of those applied. */
  readonly responded: number;
}

/** One week's new applications. */
export interface WeekCount {
  /** The Monday the week starts on. */
  readonly week: IsoDate;
  /** That Monday as the user's locale writes it. */
  readonly label: string;
  readonly count: number;
}

/** One reflection's confidence, for the chart over time. */
export interface ConfidencePoint {
  readonly date: IsoDate;
  /** The date as the user's locale writes it. */
  readonly label: string;
  readonly confidence: number;
  readonly company: string;
}

/** What the user took away after rejections, as shares they can raise. */
export interface FollowThrough {
  readonly rejections: number;
  readonly thankYou: number;
  readonly feedbackRequest: number;
  readonly reflection: number;
  readonly training: number;
}

/** A training entry with its checklist. */
export interface DashboardSkill {
  readonly skill: string;
  readonly done: number;
  readonly total: number;
  readonly target?: IsoDate;
  /** "target in 5 weeks", or "target Dec 15, 3 days overdue". */
  readonly targetText?: string;
  readonly overdueDays: number;
  readonly items: readonly { readonly task: string; readonly done: boolean; readonly index: number }[];
}

/** One goal of a week, ready to draw. */
export interface DashboardGoal {
  readonly key: GoalKey;
  readonly label: string;
  readonly goal: number;
  readonly done: number;
  readonly met: boolean;
}

/** This week against the weekly goals, and a plain word on last week and the run of weeks met. */
export interface DashboardGoals {
  /** "Nov 30 to Dec 6". */
  readonly weekText: string;
  readonly goals: readonly DashboardGoal[];
  readonly met: boolean;
  /** Last week, said plainly: met, or what it came to. */
  readonly lastWeekText: string;
  readonly streak: number;
  readonly streakText?: string;
}

/** Wins, latest first, with the totals since the start and the user's own numbers. */
export interface DashboardWins {
  /** "6 interviews, 11 training items done, 3 replies"; empty when there are none. */
  readonly sinceStart: string;
  readonly recent: readonly { readonly kind: WinKind; readonly date?: IsoDate; readonly dateText?: string; readonly text: string }[];
  /** A rejection in context, from the user's own numbers only. */
  readonly context: readonly string[];
}

/** The whole dashboard. */
export interface DashboardModel {
  readonly today: IsoDate;
  /** Today as the user's locale writes it. */
  readonly todayText: string;
  readonly fileName: string;
  readonly applicationCount: number;
  readonly problemCount: number;
  readonly needsAction: readonly DashboardAction[];
  readonly stages: readonly StageCount[];
  readonly funnel: Funnel;
  readonly perWeek: readonly WeekCount[];
  readonly confidence: readonly ConfidencePoint[];
  readonly themes: readonly { readonly skill: string; readonly count: number }[];
  readonly feedback: FeedbackCounts;
  readonly network: Omit<NetworkStats, 'touchesPerWeek'> & { readonly touchesPerWeek: readonly WeekCount[] };
  readonly followThrough: FollowThrough;
  readonly training: readonly DashboardSkill[];
  /** Recurring gaps trained on, with confidence before and since. */
  readonly gapProgress: readonly (GapProgress & { readonly sinceText: string })[];
  /** Absent when no weekly goal is set. */
  readonly goals?: DashboardGoals;
  readonly wins: DashboardWins;
  /** How long replies take, where applications end, and which sources and résumés lead to interviews. */
  readonly outcomes: FunnelFigures;
}

/** How many wins the dashboard lists. */
export const RECENT_WINS = 6;

/** Last week in one plain sentence: met, or what each goal came to. */
function lastWeekText(week: WeekGoals): string {
  if (week.met) return l10n.t('Last week: every goal met.');
  if (week.goals.every((goal) => goal.done === 0)) return l10n.t('Last week was a quiet one; this week starts fresh.');
  return l10n.t('Last week: {0}.', week.goals.map((goal) => `${goalLabel(goal.key)} ${l10n.t('{0} of {1}', goal.done, goal.goal)}`).join('; '));
}

const REACHED_INTERVIEW: ReadonlySet<Status> = new Set<Status>(['interviewing', 'offer', 'accepted']);
const REACHED_OFFER: ReadonlySet<Status> = new Set<Status>(['offer', 'accepted']);
const ANSWERED: ReadonlySet<Status> = new Set<Status>(['screening', 'interviewing', 'offer', 'accepted', 'rejected']);

/** Every status the application has been in: its history and its current status. */
function statusesOf(application: Application): Set<Status> {
  const seen = new Set<Status>(application.history.map((entry) => entry.status).filter((status): status is Status => !!status));
  if (application.status) seen.add(application.status);
  if (application.interviews.length) seen.add('interviewing');
  return seen;
}

const sentKind = (application: Application, kind: FollowUpKind): boolean => application.followUps.some((followUp) => followUp.kind === kind && followUp.sent);

/** The most weeks the weekly chart shows; a longer search shows its latest year. */
const MAX_WEEKS = 52;

/**
 * Every week from the first with an application through this week (or the last with one, if later), quiet weeks
 * included: dropping them would make a long pause look like a steady pace.
 */
function everyWeek(counts: ReadonlyMap<IsoDate, number>, today: IsoDate): IsoDate[] {
  const known = [...counts.keys()].sort();
  if (!known.length) return [];
  const thisWeek = toIsoDate(startOfISOWeek(fromIsoDate(today)));
  const last = known.at(-1)! > thisWeek ? known.at(-1)! : thisWeek;
  const weeks: IsoDate[] = [];
  for (let week = known[0]!; week <= last; week = toIsoDate(addWeeks(fromIsoDate(week), 1))) weeks.push(week);
  return weeks.slice(-MAX_WEEKS);
}

/** Derives the dashboard for `search` as of `today`. */
export function dashboardModel(
  search: Pick<JobSearch, 'applications' | 'training' | 'problems'> & Partial<Pick<JobSearch, 'people' | 'profile' | 'wins'>>,
  today: IsoDate,
  fileName: string,
  lookaheadDays = 2,
  locale = 'en',
  weekStart: WeekDay = 1,
): DashboardModel {
  const { applications } = search;
  const dates = dateText(today, locale);
  const actions = needsAction(search, today, lookaheadDays).map((item): DashboardAction => {
    const summary = summarizeAction(item);
    const base = { label: summary.label, description: summary.description, overdue: item.days < 0 };
    if (item.kind === 'person') return { ...base, person: item.person.name };
    if (item.kind !== 'followUp' || !item.followUp.kind) return base;
    const draft = { applicationIndex: item.application.index, company: item.application.company, followUpIndex: item.application.followUps.indexOf(item.followUp), kind: item.followUp.kind };
    return { ...base, draft };
  });

  const applied = applications.filter((application) => application.status !== 'wishlist' && application.status !== undefined);
  const reached = applied.map(statusesOf);
  const funnel: Funnel = {
    applied: applied.length,
    interviewed: reached.filter((statuses) => [...statuses].some((status) => REACHED_INTERVIEW.has(status))).length,
    offered: reached.filter((statuses) => [...statuses].some((status) => REACHED_OFFER.has(status))).length,
    responded: reached.filter((statuses) => [...statuses].some((status) => ANSWERED.has(status))).length,
  };

  const weeks = new Map<IsoDate, number>();
  for (const application of applications) {
    const appliedOn = application.history.filter((entry) => entry.status === 'applied' && entry.date).map((entry) => entry.date!).sort()[0];
    if (!appliedOn) continue;
    const week = toIsoDate(startOfISOWeek(fromIsoDate(appliedOn)));
    weeks.set(week, (weeks.get(week) ?? 0) + 1);
  }

  const confidence = applications
    .flatMap((application) =>
      application.reflections
        .filter((reflection) => reflection.date && reflection.confidence !== undefined)
        .map((reflection) => ({ date: reflection.date!, label: dates.day(reflection.date!), confidence: reflection.confidence!, company: companyName(application) })),
    )
    .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));

  const gaps = skillGaps(search);
  const themes = gaps
    .map((gap) => ({ skill: gap.skill, count: gap.mentions.filter((mention) => mention.origin !== 'feedback').length }))
    .filter((theme) => theme.count > 0)
    .sort((a, b) => b.count - a.count || a.skill.localeCompare(b.skill))
    .slice(0, 8);

  const planned = new Set(search.training.map((entry) => skillKey(entry.skill)));
  const rejected = applications.filter((application) => application.status === 'rejected');
  const trainingFor = new Set<Application>();
  for (const gap of gaps) {
    if (!planned.has(gap.key)) continue;
    for (const mention of gap.mentions) if (mention.origin !== 'feedback') trainingFor.add(mention.application);
  }
  const followThrough: FollowThrough = {
    rejections: rejected.length,
    thankYou: rejected.filter((application) => sentKind(application, 'thank-you') || sentKind(application, 'rejection-reply')).length,
    feedbackRequest: rejected.filter((application) => application.followUps.some(askedForFeedback)).length,
    reflection: rejected.filter((application) => application.reflections.length > 0).length,
    training: rejected.filter((application) => trainingFor.has(application)).length,
  };

  const network = networkStats({ applications, people: search.people ?? [] }, today);
  const summary = goalsSummary(search, today, weekStart);
  const goals: DashboardGoals | undefined = summary && {
    weekText: l10n.t('{0} to {1}', dates.day(summary.thisWeek.week), dates.day(summary.thisWeek.end)),
    goals: summary.thisWeek.goals.map((goal) => ({ ...goal, label: goalLabel(goal.key) })),
    met: summary.thisWeek.met,
    lastWeekText: lastWeekText(summary.lastWeek),
    streak: summary.streak,
    ...(streakText(summary) ? { streakText: streakText(summary) } : {}),
  };
  const { totals, recent } = winsSummary(search, today, RECENT_WINS);
  const wins: DashboardWins = {
    sinceStart: totalsPhrase(totals),
    recent: recent.map((win) => ({ kind: win.kind, text: win.text, ...(win.date ? { date: win.date, dateText: dates.day(win.date) } : {}) })),
    context: contextLines(rejectionContext(search, today), locale),
  };
  return {
    today,
    todayText: dates.day(today),
    fileName,
    applicationCount: applications.length,
    problemCount: search.problems.filter((problem) => problem.severity === 'error').length,
    needsAction: actions,
    stages: STATUSES.map((status) => ({ status, label: STATUS_LABELS[status], count: applications.filter((application) => application.status === status).length })),
    funnel,
    perWeek: everyWeek(weeks, today).map((week) => ({ week, label: dates.day(week), count: weeks.get(week) ?? 0 })),
    confidence,
    themes,
    feedback: feedbackCounts(applications),
    network: { ...network, touchesPerWeek: network.touchesPerWeek.map((week) => ({ ...week, label: dates.day(week.week) })) },
    followThrough,
    training: search.training.map((entry) => ({
      skill: entry.skill,
      ...progressOf(entry),
      ...(entry.target ? { target: entry.target, targetText: describeTarget(entry.target, overdueDays(entry, today), dates) } : {}),
      overdueDays: overdueDays(entry, today),
      items: entry.items.map((item) => ({ task: item.task, done: item.done, index: item.index })),
    })),
    gapProgress: gapProgress(search, gaps).map((gap) => ({ ...gap, sinceText: dates.day(gap.since) })),
    ...(goals ? { goals } : {}),
    wins,
    outcomes: funnelFigures(search),
  };
}
