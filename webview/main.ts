/** The dashboard page: draws the view model the extension sends, and sends back Draft clicks and checklist ticks. */
import '@vscode-elements/elements/dist/vscode-button/index.js';
import '@vscode-elements/elements/dist/vscode-checkbox/index.js';
import * as l10n from '@vscode/l10n';
import type { Chart } from 'chart.js';
import type { DashboardGoal, DashboardModel } from '../src/model/dashboardModel';
import type { HostMessage, RunnableCommand, WebviewMessage } from '../src/protocol/dashboardProtocol';
import { drawChart, themeColors } from './charts';
import { dataTable, h, share, withNodes } from './dom';

interface VsCodeApi {
  postMessage(message: WebviewMessage): void;
  getState(): PageState | undefined;
  setState(state: PageState): void;
}

/** What survives re-renders and the panel being hidden: scroll position and which tables are open. */
interface PageState {
  readonly scrollY: number;
  readonly open: readonly string[];
}

declare function acquireVsCodeApi(): VsCodeApi;

// The extension puts its translations for the display language into the page; without them the texts stay English.
const bundle = document.getElementById('l10n-bundle')?.textContent;
if (bundle) l10n.config({ contents: bundle });

const vscode = acquireVsCodeApi();
const app = document.getElementById('app')!;
let charts: Chart[] = [];
let current: DashboardModel | undefined | null = null;
let renders = 0;
let state: PageState = vscode.getState() ?? { scrollY: 0, open: [] };

// Counted for the tests and for anyone inspecting the page: the CSP must never have to block anything.
let violations = 0;
document.body.dataset.cspViolations = '0';
document.addEventListener('securitypolicyviolation', () => {
  document.body.dataset.cspViolations = String(++violations);
});

function saveState(patch: Partial<PageState>): void {
  state = { ...state, ...patch };
  vscode.setState(state);
}

/** A `<details>` with `summary` over `content`; remembers whether it is open across redraws. */
function foldable(id: string, summary: HTMLElement, content: HTMLElement): HTMLDetailsElement {
  summary.dataset.focusKey = `details/${id}`;
  const details = h('details', { id }, summary, content);
  details.open = state.open.includes(id);
  details.addEventListener('toggle', () => saveState({ open: details.open ? [...new Set([...state.open, id])] : state.open.filter((open) => open !== id) }));
  return details;
}

/** A chart's data table under "Show as table"; the name a screen reader hears starts with the visible words and ends with the chart's title. */
function tableToggle(id: string, title: string, table: HTMLTableElement): HTMLDetailsElement {
  return foldable(id, h('summary', {}, l10n.t('Show as table'), h('span', { class: 'visually-hidden' }, `: ${title}`)), table);
}

/** A chart with its one-line summary and its data under "Show as table"; `rows` replaces the two-column table when given. */
function chartBlock(id: string, title: string, summary: string, kind: 'bar' | 'line', labels: string[], values: number[], headers: string[], max?: number, rows?: (string | number)[][]): HTMLElement {
  const canvas = h('canvas', { role: 'img', 'aria-label': `${title}. ${summary}` });
  const block = h(
    'div',
    { class: 'chart-block', id },
    h('h3', {}, title),
    h('p', { class: 'summary' }, summary),
    h('div', { class: 'chart' }, canvas),
    tableToggle(`${id}-table`, title, dataTable(title, headers, rows ?? labels.map((label, index) => [label, values[index] ?? 0]))),
  );
  queueMicrotask(() => charts.push(drawChart(canvas, kind, labels, values, title, themeColors(), max)));
  return block;
}

const total = (weeks: readonly { readonly count: number }[]): number => weeks.reduce((sum, week) => sum + week.count, 0);

/** "12 applications over 4 weeks, most in one week: 5." with singular forms where they apply. */
function weeksSummary(applications: number, weeks: number, most: number): string {
  const sent = applications === 1 ? l10n.t('1 application') : l10n.t('{0} applications', applications);
  const over = weeks === 1 ? l10n.t('over 1 week') : l10n.t('over {0} weeks', weeks);
  return l10n.t('{0} {1}, most in one week: {2}.', sent, over, most);
}

function section(id: string, title: string, ...children: (Node | false | undefined)[]): HTMLElement {
  return h('section', { id, 'aria-labelledby': `${id}-title` }, h('h2', { id: `${id}-title` }, title), ...children);
}

function figure(name: string, value: number | string): HTMLElement {
  return h('strong', { 'data-figure': name }, String(value));
}

/** How many "Needs action" rows show before the rest folds away, so the figures below stay within reach. */
const ACTIONS_SHOWN = 8;

function needsActionSection(model: DashboardModel): HTMLElement {
  if (!model.needsAction.length) return section('needs-action', l10n.t('Needs action'), h('p', { class: 'empty' }, l10n.t('Nothing is due. A good moment to reflect, or to tick off a training item.')));
  const row = (action: DashboardModel['needsAction'][number]): HTMLElement => {
    const item = h('li', { class: action.overdue ? 'overdue' : '' }, h('span', { class: 'label' }, action.label), h('span', { class: 'description' }, action.description));
    if (action.draft) {
      const draft = action.draft;
      const button = h('vscode-button', { 'aria-label': l10n.t('Draft: {0}, {1}', action.label, action.description), 'data-focus-key': `draft/${draft.applicationIndex}/${draft.followUpIndex}` }, l10n.t('Draft'));
      button.addEventListener('click', () => vscode.postMessage({ type: 'followUp/draft', ...draft }));
      item.append(button);
    } else if (action.person) {
      const name = action.person;
      const button = h('vscode-button', { 'aria-label': l10n.t('Draft: {0}, {1}', action.label, action.description), 'data-focus-key': `person/${name}` }, l10n.t('Draft'));
      button.addEventListener('click', () => vscode.postMessage({ type: 'person/draft', name }));
      item.append(button);
    }
    return item;
  };
  const rest = model.needsAction.slice(ACTIONS_SHOWN);
  return section(
    'needs-action',
    l10n.t('Needs action'),
    h('ul', { class: 'actions' }, ...model.needsAction.slice(0, ACTIONS_SHOWN).map(row)),
    rest.length > 0 && foldable('needs-action-more', h('summary', {}, l10n.t('Show {0} more', rest.length)), h('ul', { class: 'actions' }, ...rest.map(row))),
  );
}

/** A button that asks the host to run one of the commands the protocol allows. */
function runButton(command: RunnableCommand, label: string): HTMLElement {
  const button = h('vscode-button', { secondary: '', 'data-focus-key': `run/${command}` }, label);
  button.addEventListener('click', () => vscode.postMessage({ type: 'run', command }));
  return button;
}

/** This week against the weekly goals: plain figures, the run of weeks met, and last week said without judgement. */
function weekSection(model: DashboardModel): HTMLElement {
  const buttons = h('p', { class: 'buttons' }, runButton('setWeeklyGoals', l10n.t('Set Weekly Goals…')), runButton('weeklyReview', l10n.t('Weekly Review…')));
  const goals = model.goals;
  if (!goals) {
    return section('week', l10n.t('This week'), h('p', { class: 'empty' }, l10n.t('No weekly goals yet. Small goals you could keep in a hard week work best.')), buttons);
  }
  const row = (goal: DashboardGoal): HTMLElement =>
    h(
      'li',
      { class: goal.met ? 'met' : '' },
      h('span', { class: 'label' }, goal.label),
      h('progress', { max: String(goal.goal), value: String(Math.min(goal.done, goal.goal)), 'aria-label': `${goal.label}: ${l10n.t('{0} of {1}', goal.done, goal.goal)}` }),
      h('span', { 'data-figure': `goal-${goal.key}` }, goal.met ? l10n.t('{0} of {1} ✓', goal.done, goal.goal) : l10n.t('{0} of {1}', goal.done, goal.goal)),
    );
  return section(
    'week',
    l10n.t('This week'),
    h('p', { class: 'summary' }, goals.met ? l10n.t('{0}: every goal met. Well done.', goals.weekText) : goals.weekText),
    h('ul', { class: 'meters' }, ...goals.goals.map(row)),
    goals.streakText !== undefined && h('p', { 'data-figure': 'streak' }, goals.streakText),
    h('p', { class: 'summary' }, goals.lastWeekText),
    buttons,
  );
}

/** Wins, latest first, with the totals since the start and the user's own numbers to set a rejection against. */
function winsSection(model: DashboardModel): HTMLElement {
  const { wins } = model;
  return section(
    'wins',
    l10n.t('Wins'),
    wins.sinceStart
      ? h('p', { class: 'summary', 'data-figure': 'since-start' }, l10n.t('Since you started: {0}.', wins.sinceStart))
      : h('p', { class: 'empty' }, l10n.t('Your wins gather here: interviews reached, replies, feedback, training done. Add your own too.')),
    wins.recent.length > 0 && h('ul', { class: 'wins' }, ...wins.recent.map((win) => h('li', {}, win.text, win.dateText ? h('span', { class: 'description' }, ` · ${win.dateText}`) : ''))),
    wins.context.length > 0 && h('h3', {}, l10n.t('Your numbers')),
    wins.context.length > 0 && h('ul', { class: 'context' }, ...wins.context.map((line) => h('li', {}, line))),
    h('p', { class: 'buttons' }, runButton('addWin', l10n.t('Add a Win…'))),
  );
}

function pipelineSection(model: DashboardModel): HTMLElement {
  const { funnel } = model;
  const active = model.stages.filter((stage) => stage.count > 0);
  const funnelText = h(
    'p',
    { class: 'funnel' },
    ...withNodes(
      l10n.t('Applied {0} → interviews {1} → offers {2}.'),
      figure('applied', funnel.applied),
      figure('interviewed', funnel.interviewed),
      figure('offered', funnel.offered),
    ),
    ' ',
    ...withNodes(
      l10n.t('Heard back from {0} of the applications sent ({1} of {2}).', '{0}', funnel.responded, funnel.applied),
      figure('response-rate', funnel.applied ? `${Math.round((funnel.responded / funnel.applied) * 100)}%` : '—'),
    ),
  );
  const weeks = model.perWeek;
  return section(
    'pipeline',
    l10n.t('Pipeline'),
    funnelText,
    chartBlock(
      'stages',
      l10n.t('Applications per stage'),
      active.map((stage) => `${stage.label}: ${stage.count}`).join(', ') || l10n.t('No applications yet.'),
      'bar',
      active.map((stage) => stage.label),
      active.map((stage) => stage.count),
      [l10n.t('Stage'), l10n.t('Applications')],
    ),
    weeks.length > 0 &&
      chartBlock(
        'weeks',
        l10n.t('Applications sent per week'),
        weeksSummary(total(weeks), weeks.length, Math.max(...weeks.map((week) => week.count))),
        'bar',
        weeks.map((week) => l10n.t('Week of {0}', week.label)),
        weeks.map((week) => week.count),
        [l10n.t('Week starting'), l10n.t('Applications')],
      ),
  );
}

const percent = (part: number, whole: number): number => (whole ? Math.round((part / whole) * 100) : 0);

/** "2 days", "1 day", "3.5 days". */
const days = (value: number): string => (value === 1 ? l10n.t('1 day') : l10n.t('{0} days', value.toLocaleString(document.documentElement.lang || undefined)));

/** A conversion chart: the share of each group's applications that reached an interview, with the counts in its table. */
function conversionBlock(id: string, title: string, groupHeader: string, groups: DashboardModel['outcomes']['bySource']): HTMLElement {
  const summary = groups.map((group) => l10n.t('{0}: {1} of {2} reached an interview', group.label, group.interviewed, group.applied)).join('; ');
  return chartBlock(
    id,
    title,
    `${summary}.`,
    'bar',
    groups.map((group) => group.label),
    groups.map((group) => percent(group.interviewed, group.applied)),
    [groupHeader, l10n.t('Applied'), l10n.t('Interviews'), l10n.t('Offers'), l10n.t('Reached an interview')],
    100,
    groups.map((group) => [group.label, group.applied, group.interviewed, group.offered, `${percent(group.interviewed, group.applied)}%`]),
  );
}

/** How long replies take, where applications end, and what leads to interviews: the user's own figures, to steer by. */
function outcomesSection(model: DashboardModel): HTMLElement {
  const { outcomes } = model;
  const title = l10n.t('Where applications go');
  if (!outcomes.bySource.length) return section('outcomes', title, h('p', { class: 'empty' }, l10n.t('Once you have sent applications, this shows how long replies take and what leads to interviews.')));
  const replies =
    outcomes.medianReplyDays === undefined
      ? l10n.t('No replies recorded yet.')
      : outcomes.replies === 1
        ? l10n.t('The first reply came after {0}.', days(outcomes.medianReplyDays))
        : l10n.t('First replies came after {0} (median of {1} replies).', days(outcomes.medianReplyDays), outcomes.replies);
  const waiting = outcomes.unanswered ? ` ${outcomes.unanswered === 1 ? l10n.t('1 application has had no reply yet.') : l10n.t('{0} applications have had no reply yet.', outcomes.unanswered)}` : '';
  const ended = outcomes.endStages.filter((stage) => stage.count > 0);
  return section(
    'outcomes',
    title,
    h('p', { class: 'summary', 'data-figure': 'reply-days' }, `${replies}${waiting}`),
    outcomes.replyBySource.length > 0 &&
      chartBlock(
        'reply-time',
        l10n.t('Days to the first reply, by source'),
        `${outcomes.replyBySource.map((group) => l10n.t('{0}: {1} (median of {2})', group.label, days(group.medianDays), group.replies)).join('; ')}.`,
        'bar',
        outcomes.replyBySource.map((group) => group.label),
        outcomes.replyBySource.map((group) => group.medianDays),
        [l10n.t('Source'), l10n.t('Median days'), l10n.t('Replies')],
        undefined,
        outcomes.replyBySource.map((group) => [group.label, group.medianDays, group.replies]),
      ),
    ended.length > 0 &&
      chartBlock(
        'end-stage',
        l10n.t('Where closed applications ended'),
        `${ended.map((stage) => `${stage.label}: ${stage.count}`).join(', ')}.`,
        'bar',
        outcomes.endStages.map((stage) => stage.label),
        outcomes.endStages.map((stage) => stage.count),
        [l10n.t('Ended'), l10n.t('Applications')],
      ),
    conversionBlock('by-source', l10n.t('Interviews by source'), l10n.t('Source'), outcomes.bySource),
    outcomes.byResume.length > 0
      ? conversionBlock('by-resume', l10n.t('Interviews by résumé version'), l10n.t('Résumé'), outcomes.byResume)
      : h('p', { class: 'empty' }, l10n.t('Note the résumé version you send (resume: in each application) to see which one gets interviews.')),
  );
}

function reflectionsSection(model: DashboardModel): HTMLElement {
  const points = model.confidence;
  const average = points.length ? (points.reduce((sum, point) => sum + point.confidence, 0) / points.length).toFixed(1) : undefined;
  return section(
    'reflections',
    l10n.t('Reflections'),
    points.length
      ? chartBlock(
          'confidence',
          l10n.t('Confidence after each interview'),
          points.length === 1
            ? l10n.t('1 reflection, confidence {0} of 5.', points[0]!.confidence)
            : l10n.t('{0} reflections, average confidence {1} of 5, latest {2}.', points.length, average!, points.at(-1)!.confidence),
          'line',
          points.map((point) => `${point.label} ${point.company}`),
          points.map((point) => point.confidence),
          [l10n.t('Reflection'), l10n.t('Confidence (1–5)')],
          5,
        )
      : h('p', { class: 'empty' }, l10n.t('No reflections yet. After your next interview, run “Job Search: Add Reflection…”.')),
    h('h3', {}, l10n.t('Most frequent things to improve')),
    model.themes.length
      ? h('ol', { class: 'themes' }, ...model.themes.map((theme) => h('li', {}, theme.skill, h('span', { class: 'description' }, ` ${l10n.t('named {0}×', theme.count)}`))))
      : h('p', { class: 'empty' }, l10n.t('Nothing noted yet.')),
    feedbackLine(model.feedback),
    model.gapProgress.length > 0 && h('h3', {}, l10n.t('Since you trained')),
    model.gapProgress.length > 0 && h('ul', { class: 'gap-progress' }, ...model.gapProgress.map(gapLine)),
  );
}

/** "caching, trained since Oct 1: confidence 2 before (2 interviews), 3.5 since (1)." */
function gapLine(gap: DashboardModel['gapProgress'][number]): HTMLElement {
  const count = (interviews: number): string => (interviews === 1 ? l10n.t('1 interview') : l10n.t('{0} interviews', interviews));
  const before = gap.before ? l10n.t('{0} before ({1})', gap.before.average, count(gap.before.interviews)) : l10n.t('no reflection before');
  const after = gap.after ? l10n.t('{0} since ({1})', gap.after.average, count(gap.after.interviews)) : l10n.t('no interview since yet');
  return h('li', { 'data-skill': gap.skill }, h('strong', {}, gap.skill), ` · ${l10n.t('trained since {0}', gap.sinceText)} · ${l10n.t('confidence {0}, {1}', before, after)}`);
}

/** Asked and answered, with the usual wait once there is one: a figure to keep asking by, not a score. */
function feedbackLine(feedback: DashboardModel['feedback']): HTMLElement {
  if (!feedback.asked) return h('p', { class: 'empty' }, l10n.t('Feedback: not asked for yet. The reply to a rejection is the easiest place to ask.'));
  const counts = withNodes(l10n.t('Feedback: asked {0} times, answered with feedback {1} times.'), figure('feedback-asked', feedback.asked), figure('feedback-received', feedback.received));
  const wait = feedback.medianReplyDays === undefined ? [] : [' ', ...withNodes(l10n.t('Answers took {0} days (median).'), figure('feedback-reply-days', feedback.medianReplyDays))];
  return h('p', {}, ...counts, ...wait);
}

function followThroughSection(model: DashboardModel): HTMLElement {
  const { followThrough: f } = model;
  if (!f.rejections) return section('follow-through', l10n.t('Follow-through after rejections'), h('p', { class: 'empty' }, l10n.t('No rejections recorded. If one comes, this shows what you made of it.')));
  const row = (name: string, label: string, value: number): HTMLElement =>
    h('li', {}, h('span', { class: 'label' }, label), h('progress', { max: String(f.rejections), value: String(value), 'aria-label': `${label}: ${share(value, f.rejections)}` }), h('span', { 'data-figure': name }, share(value, f.rejections)));
  return section(
    'follow-through',
    l10n.t('Follow-through after rejections'),
    h('p', { class: 'summary' }, l10n.t('What you made of each rejection. Each one you followed through on left a door open; the rest can wait until you are ready.')),
    h(
      'ul',
      { class: 'meters' },
      row('thank-you', l10n.t('Thanked them'), f.thankYou),
      row('feedback-request', l10n.t('Asked for feedback'), f.feedbackRequest),
      row('reflection', l10n.t('Wrote a reflection'), f.reflection),
      row('training', l10n.t('Planned training from it'), f.training),
    ),
  );
}

/** The people around the search: touches per week, referrals, and how referred applications went next to the others. */
function networkSection(model: DashboardModel): HTMLElement {
  const n = model.network;
  if (!n.people) {
    return section('network', l10n.t('Your network'), h('p', { class: 'empty' }, l10n.t('Nobody listed yet. The people you meet outlast any one application: add them with “Job Search: Add Contact…”.')));
  }
  const touches = total(n.touchesPerWeek);
  const weeksWithTouches = n.touchesPerWeek.filter((week) => week.count > 0).length;
  const summary =
    touches === 0
      ? l10n.t('No touches logged in the last {0} weeks. One short message is enough to pick a thread back up.', n.touchesPerWeek.length)
      : l10n.t('{0} touches in the last {1} weeks, in {2} of them.', touches, n.touchesPerWeek.length, weeksWithTouches);
  const referred = n.referred.applications
    ? withNodes(
        l10n.t('With a referral, {0} of {1} applications reached an interview; without one, {2} of {3}.'),
        figure('referred-interviewed', n.referred.interviewed),
        figure('referred', n.referred.applications),
        figure('cold-interviewed', n.cold.interviewed),
        figure('cold', n.cold.applications),
      )
    : [l10n.t('No application has a referral recorded yet; when one does, this compares how it went with the others.')];
  return section(
    'network',
    l10n.t('Your network'),
    h('p', { class: 'summary' }, ...withNodes(model.network.people === 1 ? l10n.t('{0} person in your network.') : l10n.t('{0} people in your network.'), figure('people', n.people))),
    chartBlock(
      'touches',
      l10n.t('Touches per week'),
      summary,
      'bar',
      n.touchesPerWeek.map((week) => week.label),
      n.touchesPerWeek.map((week) => week.count),
      [l10n.t('Week starting'), l10n.t('Touches')],
    ),
    h(
      'p',
      {},
      ...withNodes(l10n.t('Referrals: asked {0}, given {1}, declined {2}.'), figure('referrals-asked', n.referrals.asked), figure('referrals-given', n.referrals.given), figure('referrals-declined', n.referrals.declined)),
    ),
    h('p', {}, ...referred),
  );
}

function trainingSection(model: DashboardModel): HTMLElement {
  if (!model.training.length) return section('training', l10n.t('Training plan'), h('p', { class: 'empty' }, l10n.t('No training plan yet. Add gaps from your reflections in the Training Plan view.')));
  return section(
    'training',
    l10n.t('Training plan'),
    ...model.training.map((skill) => {
      const target = skill.targetText ? ` · ${skill.targetText}` : '';
      const list = h('ul', { class: 'checklist' });
      for (const item of skill.items) {
        const checkbox = h('vscode-checkbox', { label: item.task, 'data-focus-key': `training/${skill.skill}/${item.index}` });
        (checkbox as HTMLElement & { checked: boolean }).checked = item.done;
        checkbox.addEventListener('change', () =>
          vscode.postMessage({ type: 'trainingItem/setDone', skill: skill.skill, itemIndex: item.index, task: item.task, done: (checkbox as HTMLElement & { checked: boolean }).checked }),
        );
        list.append(h('li', {}, checkbox));
      }
      return h(
        'div',
        { class: `skill${skill.overdueDays ? ' overdue' : ''}`, 'data-skill': skill.skill },
        h('h3', {}, skill.skill),
        h('p', { class: 'summary' }, ...withNodes(l10n.t('{0} done'), h('span', { 'data-figure': 'progress' }, `${skill.done}/${skill.total}`)), target),
        h('progress', { max: String(Math.max(1, skill.total)), value: String(skill.done), 'aria-label': l10n.t('{0}: {1} of {2} done', skill.skill, skill.done, skill.total) }),
        list,
      );
    }),
  );
}

function render(model: DashboardModel | undefined): void {
  current = model;
  // Markers for tests and for debugging: the page has drawn, and how many times.
  document.body.dataset.rendered = 'true';
  document.body.dataset.renders = String(++renders);
  for (const chart of charts) chart.destroy();
  charts = [];
  if (!model) {
    app.replaceChildren(h('h1', {}, l10n.t('Job search dashboard')), h('p', { class: 'empty' }, l10n.t('There is no job-search.yaml in this workspace yet. Create one from the Job Search view in the activity bar.')));
    return;
  }
  const parts: (Node | false)[] = [
    h(
      'header',
      {},
      h('h1', {}, l10n.t('Job search dashboard')),
      h(
        'p',
        { class: 'summary' },
        `${model.fileName} · `,
        ...withNodes(model.applicationCount === 1 ? l10n.t('{0} application') : l10n.t('{0} applications'), figure('applications', model.applicationCount)),
        ` · ${l10n.t('as of {0}', model.todayText)}`,
      ),
    ),
    model.problemCount > 0 &&
      h(
        'p',
        { class: 'notice', role: 'status' },
        model.problemCount === 1
          ? l10n.t('1 problem in the file: the figures show what could be read. See the Problems panel.')
          : l10n.t('{0} problems in the file: the figures show what could be read. See the Problems panel.', model.problemCount),
      ),
    model.applicationCount === 0 &&
      h(
        'div',
        {},
        h('p', { class: 'empty' }, l10n.t('No applications yet. Add your first one under applications: in job-search.yaml, or bring in a spreadsheet.')),
        h('p', { class: 'buttons' }, runButton('importApplications', l10n.t('Import Applications…'))),
      ),
    needsActionSection(model),
    weekSection(model),
    winsSection(model),
    pipelineSection(model),
    outcomesSection(model),
    reflectionsSection(model),
    followThroughSection(model),
    networkSection(model),
    trainingSection(model),
  ];
  // A redraw (after a tick, or any change of the file) must not drop the keyboard focus to the top of the page.
  const focused = document.activeElement?.closest('[data-focus-key]')?.getAttribute('data-focus-key');
  app.replaceChildren(...parts.filter((part): part is Node => part !== false));
  window.scrollTo(0, state.scrollY);
  const again = focused ? [...app.querySelectorAll<HTMLElement>('[data-focus-key]')].find((element) => element.dataset.focusKey === focused) : undefined;
  // Toolkit elements draw their inner control a moment after they are created; focus once it is there.
  if (again) void ((again as HTMLElement & { updateComplete?: Promise<unknown> }).updateComplete ?? Promise.resolve()).then(() => again.focus({ preventScroll: true }));
}

window.addEventListener('message', (event: MessageEvent<HostMessage>) => {
  if (event.data?.type === 'dashboard/didChange') render(event.data.model);
});

let scrollTimer: ReturnType<typeof setTimeout> | undefined;
window.addEventListener('scroll', () => {
  clearTimeout(scrollTimer);
  scrollTimer = setTimeout(() => saveState({ scrollY: window.scrollY }), 100);
});

// The workbench swaps the body's theme class; charts read colours once, so draw them again.
new MutationObserver(() => {
  if (current !== null) render(current);
}).observe(document.body, { attributes: true, attributeFilter: ['class'] });

vscode.postMessage({ type: 'webview/ready' });
