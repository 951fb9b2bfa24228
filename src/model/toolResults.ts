/**
 * What each read tool returns to the chat, from the file alone: what needs action, one application, the training
 * plan, reflections and feedback, the week's numbers. Contact details, salaries and private notes are never included.
 */
import * as l10n from '@vscode/l10n';
import { daysBetween } from './calendarDate';
import { closestMatch } from './closestMatch';
import { feedbackOf } from './feedbackOf';
import { ASKS_FOR_ANSWER, followUpState } from './followUpState';
import { funnelFigures } from './funnelFigures';
import type { Application, IsoDate, JobSearch } from './jobSearch';
import { needsAction } from './needsAction';
import { nameKey } from './network';
import { describeDue, describeUpcoming } from './relativeDates';
import { companyName } from './summaries';
import { capped, quoted, toolResult } from './toolText';
import { overdueDays, progressOf, skillGaps } from './trainingPlan';
import { FOLLOW_UP_LABELS, INTERVIEW_LABELS, STATUS_LABELS } from './vocabulary';
import { goalsSummary } from './weeklyGoals';
import { goalLabel } from './weeklyReview';
import type { WeekDay } from './weekStart';
import { totalsPhrase, winsSummary } from './wins';

type Search = Pick<JobSearch, 'applications' | 'training' | 'people' | 'profile' | 'wins'>;

const name = (application: Application): string => quoted(application.role ? `${companyName(application)} — ${application.role}` : companyName(application));

/** Follow-ups due within `days` (and overdue ones), replies awaited, interviews and people due a touch. */
export function needsActionResult(search: Search, today: IsoDate, days: number): string {
  const items = needsAction(search, today, days);
  const followUps = items.flatMap((item) =>
    item.kind === 'followUp'
      ? [`${FOLLOW_UP_LABELS[item.followUp.kind ?? 'other']}: ${quoted(companyName(item.application))}${item.followUp.contact ? `, ${l10n.t('to {0}', quoted(item.followUp.contact))}` : ''} · ${describeDue(item.days)} (${item.date})`]
      : [],
  );
  const interviews = items.flatMap((item) =>
    item.kind === 'interview' ? [`${INTERVIEW_LABELS[item.interview.kind ?? 'other']}: ${name(item.application)} · ${describeUpcoming(item.days)} (${item.date}${item.interview.time ? ` ${item.interview.time}` : ''})${item.interview.prep ? '' : ` · ${l10n.t('no prep note yet')}`}`] : [],
  );
  const people = items.flatMap((item) => (item.kind === 'person' ? [`${quoted(item.person.name)}${item.person.company ? ` (${quoted(item.person.company)})` : ''} · ${describeDue(item.days)} (${item.date})`] : []));
  const wayBack = items.flatMap((item) => (item.kind === 'wayBack' ? [quoted(companyName(item.application))] : []));
  const awaited = search.applications.flatMap((application) =>
    application.followUps
      .filter((followUp) => followUp.kind && ASKS_FOR_ANSWER.has(followUp.kind) && followUpState(followUp) === 'awaiting-reply' && followUp.sent)
      .map((followUp) => `${FOLLOW_UP_LABELS[followUp.kind!]}: ${quoted(companyName(application))} · ${l10n.t('sent {0}, {1} days ago', followUp.sent!, daysBetween(followUp.sent!, today))}${followUp.nudged ? ` · ${l10n.t('nudged {0}', followUp.nudged)}` : ''}`),
  );
  if (!followUps.length && !interviews.length && !people.length && !awaited.length && !wayBack.length) return toolResult([[l10n.t('Needs action'), [l10n.t('Nothing is due in the next {0} days, and no reply is awaited.', days)]]]);
  return toolResult([
    [l10n.t('Follow-ups to send (today is {0})', today), capped(followUps)],
    [l10n.t('Replies awaited'), capped(awaited)],
    [l10n.t('Interviews coming up'), capped(interviews)],
    [l10n.t('People due a touch'), capped(people)],
    [l10n.t('Ready for the way back (every gap they named is trained, or the date to apply again has come)'), capped(wayBack)],
  ]);
}

/** The applications to `company` (and `role`, when given), or a "did you mean" with the closest company name. */
export function findApplications(search: Pick<JobSearch, 'applications'>, company: string, role?: string): { readonly found: Application[] } | { readonly error: string } {
  const key = nameKey(company);
  const atCompany = search.applications.filter((application) => nameKey(application.company) === key);
  const found = role?.trim() ? atCompany.filter((application) => nameKey(application.role) === nameKey(role)) : atCompany;
  if (found.length) return { found };
  if (atCompany.length) return { error: l10n.t('No application to {0} for the role {1}; the roles there are: {2}.', quoted(company), quoted(role), atCompany.map((application) => quoted(application.role ?? '')).join(', ')) };
  const names = [...new Set(search.applications.map((application) => companyName(application)))];
  const near = closestMatch(company.trim(), names) ?? names.find((candidate) => nameKey(candidate).includes(key) || (key.length > 2 && key.includes(nameKey(candidate))));
  return { error: near ? l10n.t('No application to {0}. Did you mean {1}?', quoted(company), quoted(near)) : l10n.t('No application to {0}. The file has {1} applications.', quoted(company), search.applications.length) };
}

/** One application in full: stages, interviews, follow-ups, feedback, reflections and gaps; no contact details or private notes. */
export function applicationResult(search: Pick<JobSearch, 'applications'>, company: string, role?: string): string {
  const lookup = findApplications(search, company, role);
  if ('error' in lookup) return lookup.error;
  return toolResult(
    lookup.found.map((application) => {
      const lines = [
        `${l10n.t('Status')}: ${application.status ? STATUS_LABELS[application.status] : l10n.t('Unknown')}`,
        ...application.history.filter((entry) => entry.date && entry.status).map((entry) => `${entry.date}: ${STATUS_LABELS[entry.status!]}`),
        ...(application.source ? [`${l10n.t('Source')}: ${quoted(application.source)}`] : []),
        ...(application.resume ? [`${l10n.t('Résumé sent')}: ${quoted(application.resume)}`] : []),
        ...(application.contacts.length ? [`${l10n.t('Contacts')}: ${application.contacts.map((contact) => quoted([contact.name, contact.role && `(${contact.role})`].filter(Boolean).join(' '))).join(', ')}`] : []),
        ...application.interviews.map((interview) => `${l10n.t('Interview')} ${interview.date ?? '?'}: ${INTERVIEW_LABELS[interview.kind ?? 'other']}${interview.with.length ? `, ${l10n.t('with {0}', interview.with.map((who) => quoted(who)).join(', '))}` : ''}${interview.highlight ? `; ${l10n.t('highlight')}: ${quoted(interview.highlight)}` : ''}`),
        ...application.followUps.map((followUp) => {
          const state = followUpState(followUp);
          const when = state === 'replied' ? l10n.t('replied {0}', followUp.replied!) : state === 'awaiting-reply' ? l10n.t('sent {0}', followUp.sent!) : state === 'skipped' ? l10n.t('skipped {0}', followUp.skipped!) : l10n.t('due {0}', followUp.due ?? '?');
          return `${FOLLOW_UP_LABELS[followUp.kind ?? 'other']}: ${when}${followUp.reply ? `; ${l10n.t('their reply')}: ${quoted(followUp.reply)}` : ''}`;
        }),
        ...feedbackOf(application).map((note) => `${l10n.t('Feedback')}${note.date ? ` ${note.date}` : ''}${note.from ? ` (${quoted(note.from)})` : ''}: ${quoted(note.text)}`),
        ...application.reflections.map((reflection) =>
          [
            `${l10n.t('Reflection')} ${reflection.date ?? '?'}${reflection.stage ? ` (${INTERVIEW_LABELS[reflection.stage]})` : ''}`,
            reflection.confidence !== undefined && l10n.t('confidence {0} of 5', reflection.confidence),
            reflection.wentWell.length && `${l10n.t('went well')}: ${reflection.wentWell.map((item) => quoted(item)).join(', ')}`,
            reflection.toImprove.length && `${l10n.t('to improve')}: ${reflection.toImprove.map((item) => quoted(item)).join(', ')}`,
          ]
            .filter(Boolean)
            .join('; '),
        ),
        ...(application.skillGaps.length ? [`${l10n.t('Skill gaps')}: ${application.skillGaps.map((gap) => quoted(gap)).join(', ')}`] : []),
      ];
      return [name(application), capped(lines, 40)] as const;
    }),
  );
}

/** Each training entry with its progress, target and open items, then the gaps named without a plan. */
export function trainingResult(search: Pick<JobSearch, 'applications' | 'training'>, today: IsoDate): string {
  const entries = search.training.map((entry) => {
    const { done, total } = progressOf(entry);
    const late = overdueDays(entry, today);
    const target = entry.target ? `, ${late ? l10n.t('target {0}, {1} days overdue', entry.target, late) : l10n.t('target {0}', entry.target)}` : '';
    const open = entry.items.filter((item) => !item.done).map((item) => quoted(item.task, 120));
    return `${quoted(entry.skill)}: ${l10n.t('{0} of {1} done', done, total)}${target}${open.length ? `; ${l10n.t('open')}: ${capped(open, 5).join(', ')}` : ''}`;
  });
  const unplanned = skillGaps(search)
    .filter((gap) => !gap.training && gap.mentions.length)
    .map((gap) => `${quoted(gap.skill)}: ${l10n.t('named {0} times', gap.mentions.length)}`);
  return toolResult([
    [l10n.t('Training plan'), entries.length ? capped(entries) : [l10n.t('No training plan yet.')]],
    [l10n.t('Gaps named without a plan'), capped(unplanned)],
  ]);
}

/** Confidence over time, what keeps coming up to improve and to keep, and the latest feedback; for one company when given. */
export function reflectionsResult(search: Pick<JobSearch, 'applications' | 'training'>, company?: string): string {
  let applications = search.applications;
  if (company?.trim()) {
    const lookup = findApplications(search, company);
    if ('error' in lookup) return lookup.error;
    applications = lookup.found;
  }
  const reflections = applications.flatMap((application) => application.reflections.map((reflection) => ({ application, reflection })));
  const count = (lists: readonly (readonly string[])[]): string[] => {
    const counts = new Map<string, { text: string; n: number }>();
    for (const list of lists) for (const item of list) counts.set(nameKey(item), { text: item.trim(), n: (counts.get(nameKey(item))?.n ?? 0) + 1 });
    return [...counts.values()].sort((a, b) => b.n - a.n || a.text.localeCompare(b.text)).map((entry) => `${quoted(entry.text)} × ${entry.n}`);
  };
  const scored = reflections.filter(({ reflection }) => reflection.confidence !== undefined).sort((a, b) => (a.reflection.date ?? '').localeCompare(b.reflection.date ?? ''));
  const average = scored.length ? (scored.reduce((sum, { reflection }) => sum + reflection.confidence!, 0) / scored.length).toFixed(1) : undefined;
  const confidence = scored.map(({ application, reflection }) => `${reflection.date ?? '?'} ${quoted(companyName(application))}: ${reflection.confidence}`);
  const feedback = applications
    .flatMap((application) => feedbackOf(application).map((note) => ({ application, note })))
    .sort((a, b) => (b.note.date ?? '').localeCompare(a.note.date ?? ''))
    .map(({ application, note }) => `${note.date ?? '?'} ${quoted(companyName(application))}: ${quoted(note.text)}`);
  const gapsInFeedback = skillGaps({ applications, training: search.training })
    .filter((gap) => gap.mentions.some((mention) => mention.origin === 'feedback'))
    .map((gap) => quoted(gap.skill));
  return toolResult([
    [l10n.t('Confidence after interviews (1–5)'), average ? [l10n.t('{0} reflections, average {1}', scored.length, average), ...capped(confidence, 10)] : [l10n.t('No reflections with a confidence yet.')]],
    [l10n.t('Named to improve, most often first'), capped(count(reflections.map(({ reflection }) => reflection.toImprove)), 10)],
    [l10n.t('Went well, most often first'), capped(count(reflections.map(({ reflection }) => reflection.wentWell)), 10)],
    [l10n.t('Feedback, latest first'), capped(feedback, 8)],
    [l10n.t('Skills interviewers’ feedback named'), capped(gapsInFeedback, 10)],
  ]);
}

/** This week against the goals, last week, the streak, wins since the start and the pipeline's figures. */
export function weekResult(search: Search, today: IsoDate, weekStart: WeekDay): string {
  const summary = goalsSummary(search, today, weekStart);
  const goals = summary
    ? [
        l10n.t('This week ({0} to {1}): {2}', summary.thisWeek.week, summary.thisWeek.end, summary.thisWeek.goals.map((goal) => `${goalLabel(goal.key)} ${l10n.t('{0} of {1}', goal.done, goal.goal)}`).join('; ')),
        l10n.t('Last week: {0}', summary.lastWeek.goals.map((goal) => `${goalLabel(goal.key)} ${l10n.t('{0} of {1}', goal.done, goal.goal)}`).join('; ')),
        l10n.t('Weeks in a row with every goal met: {0}', summary.streak),
      ]
    : [l10n.t('No weekly goals set.')];
  const { totals } = winsSummary(search, today, 0);
  const figures = funnelFigures(search);
  const sent = search.applications.filter((application) => application.status && application.status !== 'wishlist').length;
  const interviewed = figures.bySource.reduce((sum, group) => sum + group.interviewed, 0);
  const offered = figures.bySource.reduce((sum, group) => sum + group.offered, 0);
  return toolResult([
    [l10n.t('Weekly goals'), goals],
    [l10n.t('Wins since the start'), [totalsPhrase(totals) || l10n.t('None recorded yet.')]],
    [
      l10n.t('Pipeline'),
      [
        l10n.t('{0} applications sent, {1} reached an interview, {2} an offer', sent, interviewed, offered),
        ...(figures.medianReplyDays !== undefined ? [l10n.t('First replies took {0} days (median of {1})', figures.medianReplyDays, figures.replies)] : []),
        ...figures.bySource.map((group) => l10n.t('{0}: {1} of {2} reached an interview', group.label, group.interviewed, group.applied)),
      ],
    ],
  ]);
}
