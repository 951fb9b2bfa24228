/** The weekly review: a Markdown page of the past seven days and the week ahead, with prompts to write in. */
import * as l10n from '@vscode/l10n';
import { addDays } from 'date-fns';
import { fromIsoDate, toIsoDate } from './calendarDate';
import type { DateText } from './dateText';
import type { IsoDate, JobSearch } from './jobSearch';
import { needsAction } from './needsAction';
import { companyName, summarizeAction } from './summaries';
import { FOLLOW_UP_LABELS, INTERVIEW_LABELS, TOUCH_LABELS } from './vocabulary';
import { appliedOn, goalsSummary, type GoalKey, type GoalsSummary } from './weeklyGoals';
import type { WeekDay } from './weekStart';
import { gatherWins } from './wins';

/** What the review is written from. */
export interface ReviewInput {
  readonly search: Pick<JobSearch, 'applications' | 'training' | 'people' | 'profile' | 'wins'>;
  readonly today: IsoDate;
  readonly weekStart: WeekDay;
  readonly dates: DateText;
}

/** The file's text as Markdown shows it literally: one line, with every character Markdown or HTML would act on escaped. */
export function literalMarkdown(text: string): string {
  return text
    .replace(/\s*\r?\n\s*/g, ' ')
    .trim()
    .replace(/[\\`*_[\]<>|~&]/g, (character) => `\\${character}`)
    // At the start of a line these open a heading, a quote, a list or a numbered list.
    .replace(/^([#>+-])/, '\\$1')
    .replace(/^(\d+)([.)])/, '$1\\$2');
}

/** The first day of the review: six days before `today`, so the review covers a full week ending today. */
export function reviewStart(today: IsoDate): IsoDate {
  return toIsoDate(addDays(fromIsoDate(today), -6));
}

/** A goal's name in a sentence. */
export function goalLabel(key: GoalKey): string {
  switch (key) {
    case 'applications':
      return l10n.t('Applications sent');
    case 'outreach':
      return l10n.t('Messages to people');
    case 'training':
      return l10n.t('Training items done');
  }
}

/** "2 of 3", and a plain word when the goal is reached. */
export function goalProgressText(done: number, goal: number): string {
  return done >= goal ? l10n.t('{0} of {1}, reached', done, goal) : l10n.t('{0} of {1}', done, goal);
}

/** The run of weeks met, said plainly; nothing when there is no run. */
export function streakText(summary: GoalsSummary): string | undefined {
  if (summary.streak > 1) return l10n.t('{0} weeks in a row with every goal met.', summary.streak);
  if (summary.streak === 1) return summary.thisWeek.met ? l10n.t('Every goal met this week.') : l10n.t('Every goal met last week.');
  return summary.weeksMet > 0 ? l10n.t('Weeks with every goal met so far: {0}.', summary.weeksMet) : undefined;
}

/** The review as Markdown. */
export function weeklyReview(input: ReviewInput): string {
  const { search, today, dates } = input;
  const from = reviewStart(today);
  const inWeek = (date: IsoDate | undefined): date is IsoDate => !!date && date >= from && date <= today;
  const on = (text: string, date: IsoDate): string => `- ${text} (${dates.day(date)})`;
  const sent: [IsoDate, string][] = [];
  const replies: [IsoDate, string][] = [];
  const interviews: [IsoDate, string][] = [];
  const reflections: [IsoDate, string][] = [];
  for (const application of search.applications) {
    const company = literalMarkdown(companyName(application));
    const applied = appliedOn(application);
    if (inWeek(applied)) sent.push([applied, application.role ? l10n.t('Applied to {0}, {1}', company, literalMarkdown(application.role)) : l10n.t('Applied to {0}', company)]);
    for (const followUp of application.followUps) {
      const label = FOLLOW_UP_LABELS[followUp.kind ?? 'other'];
      if (inWeek(followUp.sent)) sent.push([followUp.sent, l10n.t('{0} for {1}', label, company)]);
      if (inWeek(followUp.replied)) replies.push([followUp.replied, followUp.reply ? l10n.t('{0} answered: {1}', company, literalMarkdown(followUp.reply)) : l10n.t('{0} answered', company)]);
    }
    for (const interview of application.interviews) {
      if (inWeek(interview.date)) interviews.push([interview.date, l10n.t('{0} at {1}', INTERVIEW_LABELS[interview.kind ?? 'other'], company)]);
    }
    for (const reflection of application.reflections) {
      if (!inWeek(reflection.date)) continue;
      const stage = INTERVIEW_LABELS[reflection.stage ?? 'other'];
      const confidence = reflection.confidence !== undefined ? l10n.t(', confidence {0}/5', reflection.confidence) : '';
      reflections.push([reflection.date, `${l10n.t('{0} at {1}', stage, company)}${confidence}`]);
    }
  }
  for (const person of search.people) {
    for (const touch of person.touches) {
      if (inWeek(touch.date)) sent.push([touch.date, l10n.t('{0} with {1}', TOUCH_LABELS[touch.kind ?? 'other'], literalMarkdown(person.name))]);
    }
  }
  const training = search.training.flatMap((entry) =>
    entry.items.filter((item) => item.done && inWeek(item.doneOn)).map((item): [IsoDate, string] => [item.doneOn!, `${literalMarkdown(item.task)} (${literalMarkdown(entry.skill)})`]),
  );
  const wins = gatherWins(search, today).filter((win) => inWeek(win.date));
  const section = (title: string, entries: [IsoDate, string][], none: string): string[] => [
    `### ${title}`,
    '',
    ...(entries.length ? entries.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([date, text]) => on(text, date)) : [`_${none}_`]),
    '',
  ];
  const goals = goalsSummary(search, today, input.weekStart);
  const goalLines = goals
    ? [
        `### ${l10n.t('Goals this week ({0} to {1})', dates.day(goals.thisWeek.week), dates.day(goals.thisWeek.end))}`,
        '',
        ...goals.thisWeek.goals.map((goal) => `- ${goalLabel(goal.key)}: ${goalProgressText(goal.done, goal.goal)}`),
        ...(streakText(goals) ? ['', streakText(goals)!] : []),
        '',
      ]
    : [];
  const ahead = toIsoDate(addDays(fromIsoDate(today), 7));
  const upcoming = needsAction(search, today, 7).map((item) => {
    const summary = summarizeAction(item);
    return `- ${literalMarkdown(summary.byCompany.label)}: ${literalMarkdown(summary.byCompany.description)}`;
  });
  const targets = search.training
    .filter((entry) => entry.target && entry.target > today && entry.target <= ahead && entry.items.some((item) => !item.done))
    .map((entry) => `- ${l10n.t('Training target for {0}: {1}', literalMarkdown(entry.skill), dates.day(entry.target!))}`);
  return [
    `# ${l10n.t('Weekly review, {0} to {1}', dates.day(from), dates.day(today))}`,
    '',
    `## ${l10n.t('The past seven days')}`,
    '',
    ...section(l10n.t('Sent'), sent, l10n.t('Nothing sent this week. A quiet week is allowed.')),
    ...section(l10n.t('Replies'), replies, l10n.t('No replies recorded this week.')),
    ...section(l10n.t('Interviews'), interviews, l10n.t('No interviews this week.')),
    ...section(l10n.t('Reflections'), reflections, l10n.t('No reflections this week.')),
    ...section(l10n.t('Training done'), training, l10n.t('No training items ticked this week.')),
    ...goalLines,
    `### ${l10n.t('Wins')}`,
    '',
    ...(wins.length ? wins.map((win) => on(literalMarkdown(win.text), win.date!)) : [`_${l10n.t('Nothing recorded yet. Showing up counts too.')}_`]),
    '',
    `## ${l10n.t('The week ahead')}`,
    '',
    ...(upcoming.length || targets.length ? [...upcoming, ...targets] : [`_${l10n.t('Nothing due in the next seven days.')}_`]),
    '',
    `## ${l10n.t('Your notes')}`,
    '',
    `### ${l10n.t('What went well?')}`,
    '',
    '',
    `### ${l10n.t('What did you learn, and what will you try next?')}`,
    '',
    '',
    `### ${l10n.t('What was outside your control?')}`,
    '',
    '',
    `### ${l10n.t('The first thing to do next week')}`,
    '',
    '',
  ].join('\n');
}
