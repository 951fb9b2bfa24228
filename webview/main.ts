/** The dashboard page: draws the view model the extension sends, and sends back Draft clicks and checklist ticks. */
import '@vscode-elements/elements/dist/vscode-button/index.js';
import '@vscode-elements/elements/dist/vscode-checkbox/index.js';
import type { Chart } from 'chart.js';
import type { DashboardModel } from '../src/model/dashboardModel';
import type { HostMessage, WebviewMessage } from '../src/protocol/dashboardProtocol';
import { drawChart, themeColors } from './charts';
import { dataTable, h, share } from './dom';

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

/** A `<details>` holding a chart's data table; remembers whether it is open. */
function tableToggle(id: string, table: HTMLTableElement): HTMLDetailsElement {
  const details = h('details', { id }, h('summary', {}, 'Show as table'), table);
  details.open = state.open.includes(id);
  details.addEventListener('toggle', () => saveState({ open: details.open ? [...new Set([...state.open, id])] : state.open.filter((open) => open !== id) }));
  return details;
}

/** A chart with its text summary (also its accessible name) and its data table. */
function chartBlock(id: string, title: string, summary: string, kind: 'bar' | 'line', labels: string[], values: number[], headers: [string, string], max?: number): HTMLElement {
  const canvas = h('canvas', { role: 'img', 'aria-label': `${title}. ${summary}` });
  const block = h(
    'div',
    { class: 'chart-block', id },
    h('h3', {}, title),
    h('p', { class: 'summary' }, summary),
    h('div', { class: 'chart' }, canvas),
    tableToggle(`${id}-table`, dataTable(title, headers, labels.map((label, index) => [label, values[index] ?? 0]))),
  );
  queueMicrotask(() => charts.push(drawChart(canvas, kind, labels, values, title, themeColors(), max)));
  return block;
}

const plural = (count: number, noun: string): string => (count === 1 ? noun : `${noun}s`);
const total = (weeks: readonly { readonly count: number }[]): number => weeks.reduce((sum, week) => sum + week.count, 0);

function section(id: string, title: string, ...children: (Node | false | undefined)[]): HTMLElement {
  return h('section', { id, 'aria-labelledby': `${id}-title` }, h('h2', { id: `${id}-title` }, title), ...children);
}

function figure(name: string, value: number | string): HTMLElement {
  return h('strong', { 'data-figure': name }, String(value));
}

function needsActionSection(model: DashboardModel): HTMLElement {
  if (!model.needsAction.length) return section('needs-action', 'Needs action', h('p', { class: 'empty' }, 'Nothing is due. A good moment to reflect, or to tick off a training item.'));
  return section(
    'needs-action',
    'Needs action',
    h(
      'ul',
      { class: 'actions' },
      ...model.needsAction.map((action) => {
        const item = h('li', { class: action.overdue ? 'overdue' : '' }, h('span', { class: 'label' }, action.label), h('span', { class: 'description' }, action.description));
        if (action.draft) {
          const draft = action.draft;
          const button = h('vscode-button', { 'aria-label': `Draft: ${action.label}, ${action.description}` }, 'Draft');
          button.addEventListener('click', () => vscode.postMessage({ type: 'followUp/draft', ...draft }));
          item.append(button);
        }
        return item;
      }),
    ),
  );
}

function pipelineSection(model: DashboardModel): HTMLElement {
  const { funnel } = model;
  const active = model.stages.filter((stage) => stage.count > 0);
  const funnelText = h(
    'p',
    { class: 'funnel' },
    'Applied ',
    figure('applied', funnel.applied),
    ' → interviews ',
    figure('interviewed', funnel.interviewed),
    ' → offers ',
    figure('offered', funnel.offered),
    '. Heard back from ',
    figure('response-rate', funnel.applied ? `${Math.round((funnel.responded / funnel.applied) * 100)}%` : '—'),
    ` of the applications sent (${funnel.responded} of ${funnel.applied}).`,
  );
  const weeks = model.perWeek;
  return section(
    'pipeline',
    'Pipeline',
    funnelText,
    chartBlock(
      'stages',
      'Applications per stage',
      active.map((stage) => `${stage.label}: ${stage.count}`).join(', ') || 'No applications yet.',
      'bar',
      active.map((stage) => stage.label),
      active.map((stage) => stage.count),
      ['Stage', 'Applications'],
    ),
    weeks.length > 0 &&
      chartBlock(
        'weeks',
        'Applications sent per week',
        `${total(weeks)} ${plural(total(weeks), 'application')} over ${weeks.length} ${plural(weeks.length, 'week')}, most in one week: ${Math.max(...weeks.map((week) => week.count))}.`,
        'bar',
        weeks.map((week) => `Week of ${week.label}`),
        weeks.map((week) => week.count),
        ['Week starting', 'Applications'],
      ),
  );
}

function reflectionsSection(model: DashboardModel): HTMLElement {
  const points = model.confidence;
  const average = points.length ? (points.reduce((sum, point) => sum + point.confidence, 0) / points.length).toFixed(1) : undefined;
  return section(
    'reflections',
    'Reflections',
    points.length
      ? chartBlock(
          'confidence',
          'Confidence after each interview',
          `${points.length} reflection${points.length === 1 ? '' : 's'}, average confidence ${average} of 5, latest ${points.at(-1)!.confidence}.`,
          'line',
          points.map((point) => `${point.label} ${point.company}`),
          points.map((point) => point.confidence),
          ['Reflection', 'Confidence (1–5)'],
          5,
        )
      : h('p', { class: 'empty' }, 'No reflections yet. After your next interview, run “Job Search: Add Reflection…”.'),
    h('h3', {}, 'Most frequent things to improve'),
    model.themes.length
      ? h('ol', { class: 'themes' }, ...model.themes.map((theme) => h('li', {}, theme.skill, h('span', { class: 'description' }, ` named ${theme.count}×`))))
      : h('p', { class: 'empty' }, 'Nothing noted yet.'),
    h('p', {}, 'Feedback: asked ', figure('feedback-asked', model.feedback.asked), ' times, received ', figure('feedback-received', model.feedback.received), '.'),
  );
}

function followThroughSection(model: DashboardModel): HTMLElement {
  const { followThrough: f } = model;
  if (!f.rejections) return section('follow-through', 'Follow-through after rejections', h('p', { class: 'empty' }, 'No rejections recorded. When one comes, this shows how well you followed through.'));
  const row = (name: string, label: string, value: number): HTMLElement =>
    h('li', {}, h('span', { class: 'label' }, label), h('progress', { max: String(f.rejections), value: String(value), 'aria-label': `${label}: ${share(value, f.rejections)}` }), h('span', { 'data-figure': name }, share(value, f.rejections)));
  return section(
    'follow-through',
    'Follow-through after rejections',
    h('p', { class: 'summary' }, 'What you did with each rejection. These are yours to raise: every row is one message or one note away.'),
    h(
      'ul',
      { class: 'meters' },
      row('thank-you', 'Thanked them', f.thankYou),
      row('feedback-request', 'Asked for feedback', f.feedbackRequest),
      row('reflection', 'Wrote a reflection', f.reflection),
      row('training', 'Planned training from it', f.training),
    ),
  );
}

function trainingSection(model: DashboardModel): HTMLElement {
  if (!model.training.length) return section('training', 'Training plan', h('p', { class: 'empty' }, 'No training plan yet. Add gaps from your reflections in the Training Plan view.'));
  return section(
    'training',
    'Training plan',
    ...model.training.map((skill) => {
      const target = skill.targetText ? ` · ${skill.targetText}` : '';
      const list = h('ul', { class: 'checklist' });
      for (const item of skill.items) {
        const checkbox = h('vscode-checkbox', { label: item.task });
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
        h('p', { class: 'summary' }, h('span', { 'data-figure': 'progress' }, `${skill.done}/${skill.total}`), ` done${target}`),
        h('progress', { max: String(Math.max(1, skill.total)), value: String(skill.done), 'aria-label': `${skill.skill}: ${skill.done} of ${skill.total} done` }),
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
    app.replaceChildren(h('h1', {}, 'Job search dashboard'), h('p', { class: 'empty' }, 'There is no job-search.yaml in this workspace yet. Create one from the Job Search view in the activity bar.'));
    return;
  }
  const parts: (Node | false)[] = [
    h(
      'header',
      {},
      h('h1', {}, 'Job search dashboard'),
      h('p', { class: 'summary' }, `${model.fileName} · `, figure('applications', model.applicationCount), ` ${plural(model.applicationCount, 'application')} · as of ${model.todayText}`),
    ),
    model.problemCount > 0 && h('p', { class: 'notice', role: 'status' }, `${model.problemCount} problem${model.problemCount === 1 ? '' : 's'} in the file: the figures show what could be read. See the Problems panel.`),
    model.applicationCount === 0 && h('p', { class: 'empty' }, 'No applications yet. Add your first one under applications: in job-search.yaml.'),
    needsActionSection(model),
    pipelineSection(model),
    reflectionsSection(model),
    followThroughSection(model),
    trainingSection(model),
  ];
  app.replaceChildren(...parts.filter((part): part is Node => part !== false));
  window.scrollTo(0, state.scrollY);
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
