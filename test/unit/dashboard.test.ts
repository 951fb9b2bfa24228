import * as assert from 'node:assert/strict';
import { dashboardModel } from '../../src/model/dashboardModel';
import { parseJobSearch } from '../../src/model/parseJobSearch';
import { parseWebviewMessage } from '../../src/protocol/dashboardProtocol';
import { sampleText } from './support/fixtures';

const TODAY = '2026-11-22';

describe('dashboard model', () => {
  it('shows an empty file as zeros, not as a failure', () => {
    const model = dashboardModel(parseJobSearch(''), TODAY, 'job-search.yaml');
    assert.equal(model.applicationCount, 0);
    assert.deepEqual(model.needsAction, []);
    assert.deepEqual(model.funnel, { applied: 0, interviewed: 0, offered: 0, responded: 0 });
    assert.deepEqual(model.perWeek, []);
    assert.deepEqual(model.followThrough, { rejections: 0, thankYou: 0, feedbackRequest: 0, reflection: 0, training: 0 });
    assert.equal(model.stages.every((stage) => stage.count === 0), true);
  });

  it('derives every figure of the sample', () => {
    const model = dashboardModel(parseJobSearch(sampleText()), TODAY, 'job-search.yaml');
    assert.equal(model.applicationCount, 4);
    assert.deepEqual(
      model.needsAction.map((action) => [action.label, action.description, action.overdue, action.draft?.kind]),
      [
        ['Thank-you note', '3 days overdue · Globex', true, 'thank-you'],
        ['Final round', 'in 2 days · 15:00 · Globex · no prep note yet', false, undefined],
        ['Status check-in', 'due in 2 days · Initech', false, 'check-in'],
      ],
    );
    assert.deepEqual(model.needsAction[0]!.draft, { applicationIndex: 1, company: 'Globex', followUpIndex: 0, kind: 'thank-you' });
    assert.deepEqual(
      model.stages.filter((stage) => stage.count).map((stage) => [stage.status, stage.count]),
      [
        ['wishlist', 1],
        ['applied', 1],
        ['interviewing', 1],
        ['rejected', 1],
      ],
    );
    assert.deepEqual(model.funnel, { applied: 3, interviewed: 2, offered: 0, responded: 2 });
    // Quiet weeks are in the chart too, through this week (today is Nov 22, in the week of Nov 16).
    assert.deepEqual(model.perWeek, [
      { week: '2026-09-28', label: 'Sep 28', count: 1 },
      { week: '2026-10-05', label: 'Oct 5', count: 0 },
      { week: '2026-10-12', label: 'Oct 12', count: 0 },
      { week: '2026-10-19', label: 'Oct 19', count: 0 },
      { week: '2026-10-26', label: 'Oct 26', count: 0 },
      { week: '2026-11-02', label: 'Nov 2', count: 1 },
      { week: '2026-11-09', label: 'Nov 9', count: 1 },
      { week: '2026-11-16', label: 'Nov 16', count: 0 },
    ]);
    assert.deepEqual(model.confidence, [{ date: '2026-10-16', label: 'Oct 16', confidence: 3, company: 'Acme Corp' }]);
    assert.equal(model.todayText, 'Nov 22');
    assert.deepEqual(model.themes, [
      { skill: 'caching', count: 2 },
      { skill: 'system design', count: 2 },
    ]);
    // The reply to the rejection asked, and its answer was kept as feedback three days later.
    assert.deepEqual(model.feedback, { asked: 1, received: 1, medianReplyDays: 3 });
    assert.deepEqual(model.followThrough, { rejections: 1, thankYou: 1, feedbackRequest: 1, reflection: 1, training: 1 });
    assert.deepEqual(
      model.training.map((skill) => [skill.skill, skill.done, skill.total, skill.targetText, skill.overdueDays]),
      [
        ['system design', 1, 3, 'target next month', 0],
        ['caching', 0, 1, 'target in 3 weeks', 0],
      ],
    );
    const german = dashboardModel(parseJobSearch(sampleText()), '2027-01-03', 'job-search.yaml', 2, 'de');
    assert.deepEqual(
      german.training.map((skill) => skill.targetText),
      ['target 31. Dez. 2026, 3 days overdue', 'target 15. Dez. 2026, 19 days overdue'],
    );
  });

  it('scales to many applications', () => {
    const lines = ['applications:'];
    for (let i = 0; i < 300; i++) {
      const day = String((i % 28) + 1).padStart(2, '0');
      const status = ['applied', 'screening', 'interviewing', 'offer', 'rejected', 'ghosted'][i % 6];
      lines.push(`  - {company: C${i}, status: ${status}, history: [{date: 2026-10-${day}, status: applied}]}`);
    }
    const model = dashboardModel(parseJobSearch(lines.join('\n')), TODAY, 'big.yaml');
    assert.equal(model.applicationCount, 300);
    assert.deepEqual(model.funnel, { applied: 300, interviewed: 100, offered: 50, responded: 200 });
    assert.equal(model.perWeek.reduce((sum, week) => sum + week.count, 0), 300);
    assert.equal(model.followThrough.rejections, 50);
  });

  it('shows at most the latest 52 weeks of a long search, ending this week', () => {
    const text = 'applications:\n  - {company: A, status: applied, history: [{date: 2024-06-03, status: applied}]}\n  - {company: B, status: applied, history: [{date: 2026-11-02, status: applied}]}\n';
    const model = dashboardModel(parseJobSearch(text), TODAY, 'long.yaml');
    assert.equal(model.perWeek.length, 52);
    assert.equal(model.perWeek.at(-1)!.week, '2026-11-16');
    assert.deepEqual(model.perWeek.filter((week) => week.count).map((week) => week.week), ['2026-11-02']);
  });

  it('counts an application with one rejection and nothing else done', () => {
    const model = dashboardModel(parseJobSearch('applications:\n  - {company: A, status: rejected}\n'), TODAY, 'a.yaml');
    assert.deepEqual(model.followThrough, { rejections: 1, thankYou: 0, feedbackRequest: 0, reflection: 0, training: 0 });
    assert.deepEqual(model.funnel, { applied: 1, interviewed: 0, offered: 0, responded: 1 });
  });
});

describe('dashboard model: this week and wins', () => {
  const NOW = '2026-11-30';
  const text = (goals: string): string => `profile:
  goals: ${goals}
applications:
  - {company: Acme, history: [{date: 2026-11-24, status: applied}, {date: 2026-11-27, status: rejected}], interviews: [{date: 2026-11-26, kind: technical}]}
  - {company: Globex, history: [{date: 2026-11-30, status: applied}]}
wins:
  - {date: 2026-11-29, text: Finished a mock interview}
`;

  it('gives this week against the goals, with last week said plainly, in the user’s week', () => {
    const model = dashboardModel(parseJobSearch(text('{applications: 1, outreach: 2}')), NOW, 'job-search.yaml', 2, 'en', 1);
    assert.deepEqual(model.goals, {
      weekText: 'Nov 30 to Dec 6',
      goals: [
        { key: 'applications', label: 'Applications sent', goal: 1, done: 1, met: true },
        { key: 'outreach', label: 'Messages to people', goal: 2, done: 0, met: false },
      ],
      met: false,
      lastWeekText: 'Last week: Applications sent 1 of 1; Messages to people 0 of 2.',
      streak: 0,
    });
    assert.equal(dashboardModel(parseJobSearch(text('{applications: 1}')), NOW, 'j.yaml', 2, 'en', 0).goals!.lastWeekText, 'Last week: every goal met.');
    // Nothing at all last week is said as a quiet week, not as a row of zeros.
    assert.equal(dashboardModel(parseJobSearch(text('{outreach: 1}')), NOW, 'j.yaml', 2, 'en', 0).goals!.lastWeekText, 'Last week was a quiet one; this week starts fresh.');
  });

  it('lists the latest wins with the totals and the user’s own numbers', () => {
    const model = dashboardModel(parseJobSearch(text('{applications: 1}')), NOW, 'job-search.yaml');
    assert.equal(model.wins.sinceStart, '1 interview, 1 win of your own');
    assert.deepEqual(model.wins.recent.map((win) => `${win.dateText}: ${win.text}`), ['Nov 29: Finished a mock interview', 'Nov 26: Got to the technical interview with Acme']);
    assert.deepEqual(model.wins.context, ['1 of your 2 applications reached an interview.']);
    assert.equal(dashboardModel(parseJobSearch(''), NOW, 'e.yaml').goals, undefined);
  });
});

describe('webview messages', () => {
  const accepted: [unknown, unknown][] = [
    [{ type: 'webview/ready', extra: 'ignored' }, { type: 'webview/ready' }],
    [
      { type: 'followUp/draft', applicationIndex: 1, company: 'Acme', followUpIndex: 0, kind: 'thank-you' },
      { type: 'followUp/draft', applicationIndex: 1, company: 'Acme', followUpIndex: 0, kind: 'thank-you' },
    ],
    [
      { type: 'trainingItem/setDone', skill: 'caching', itemIndex: 2, task: 'Read', done: true, command: 'workbench.action.quit' },
      { type: 'trainingItem/setDone', skill: 'caching', itemIndex: 2, task: 'Read', done: true },
    ],
    [
      { type: 'run', command: 'addWin', args: ['workbench.action.quit'] },
      { type: 'run', command: 'addWin' },
    ],
  ];
  for (const [message, parsed] of accepted) {
    it(`accepts ${(message as { type: string }).type} with only its own fields`, () => assert.deepEqual(parseWebviewMessage(message), parsed));
  }

  const refused: unknown[] = [
    null,
    'webview/ready',
    { type: 'command/run', command: 'workbench.action.quit' },
    { type: 'run', command: 'workbench.action.quit' },
    { type: 'run', command: 'jobSearch.addWin' },
    { type: 'run' },
    { type: 'followUp/draft', applicationIndex: -1, company: 'A', followUpIndex: 0, kind: 'thank-you' },
    { type: 'followUp/draft', applicationIndex: 0, company: 'A', followUpIndex: 0, kind: 'command:evil' },
    { type: 'followUp/draft', applicationIndex: 1.5, company: 'A', followUpIndex: 0, kind: 'thank-you' },
    { type: 'trainingItem/setDone', skill: 'x', itemIndex: 0, task: 't', done: 'yes' },
    { type: 'trainingItem/setDone', skill: 42, itemIndex: 0, task: 't', done: true },
  ];
  for (const message of refused) {
    it(`refuses ${JSON.stringify(message)}`, () => assert.equal(parseWebviewMessage(message), undefined));
  }
});
