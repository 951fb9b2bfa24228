import * as assert from 'node:assert/strict';
import { parseJobSearch, type ParsedJobSearch } from '../../src/model/parseJobSearch';
import type { Plan } from '../../src/model/planEdits';
import { applyEdits } from './support/applyEdits';
import { planAddItem, planAddToTraining, planSetItemDone } from '../../src/model/trainingEdits';
import { applicationCount, overdueDays, progressOf, skillGaps } from '../../src/model/trainingPlan';
import { fixture } from './support/fixtures';

const TODAY = '2026-11-22';

describe('training plan', () => {
  const parsed = parseJobSearch(fixture('edits', 'training.yaml'));

  it('parses the fixture without problems', () => assert.deepEqual(parsed.problems, []));

  it('links the same gap across reflections, skill gaps and feedback, whatever its spelling', () => {
    const gaps = skillGaps(parsed).map((gap) => ({
      skill: gap.skill,
      planned: !!gap.training,
      seenIn: applicationCount(gap),
      mentions: gap.mentions.map((mention) => `${mention.origin}: ${mention.source}`),
    }));
    assert.deepEqual(gaps, [
      {
        skill: 'System Design',
        planned: true,
        seenIn: 2,
        mentions: [
          'reflection: Acme Corp / system design interview reflection, 2026-10-16',
          'skillGap: Acme Corp / skill gaps',
          'reflection: Globex / technical interview reflection, 2026-11-19',
          'feedback: Acme Corp / interviewer feedback',
        ],
      },
      { skill: 'caching', planned: true, seenIn: 1, mentions: ['reflection: Acme Corp / system design interview reflection, 2026-10-16'] },
      { skill: 'Kubernetes', planned: false, seenIn: 1, mentions: ['reflection: Globex / technical interview reflection, 2026-11-19'] },
    ]);
  });

  it('counts progress and overdue targets', () => {
    const [design, caching] = parsed.training;
    assert.deepEqual(progressOf(design!), { done: 2, total: 4 });
    assert.deepEqual(progressOf(caching!), { done: 0, total: 0 });
    assert.equal(overdueDays(design!, TODAY), 0);
    assert.equal(overdueDays(design!, '2027-01-03'), 3);
    assert.equal(overdueDays({ ...design!, items: design!.items.map((item) => ({ ...item, done: true })) }, '2027-01-03'), 0, 'a finished plan is never overdue');
    assert.deepEqual(caching!.sources, ['Acme Corp / interviewer feedback']);
  });
});

type Planner = (parsed: ParsedJobSearch, text: string) => Plan;

const CASES: { name: string; plan: Planner; changes: [string, string][] }[] = [
  {
    name: 'ticking a flow item sets done and adds the date before its brace',
    plan: (parsed, text) => planSetItemDone(parsed, text, { skill: 'system design', itemIndex: 1, task: 'Design a URL shortener' }, true, TODAY),
    changes: [['"Design a URL shortener", done: false}', `"Design a URL shortener", done: true, doneOn: ${TODAY}}`]],
  },
  {
    name: 'unticking a flow item clears done and removes its date',
    plan: (parsed, text) => planSetItemDone(parsed, text, { skill: 'System Design', itemIndex: 0, task: 'Read two chapters on replication' }, false, TODAY),
    changes: [['done: true, doneOn: 2026-11-01}', 'done: false}']],
  },
  {
    name: 'unticking a block item keeps its comment and removes the date line',
    plan: (parsed, text) => planSetItemDone(parsed, text, { skill: 'system design', itemIndex: 2, task: 'Mock interview with a friend' }, false, TODAY),
    changes: [['        done: true     # ticked by hand\n        doneOn: 2026-11-02\n', '        done: false     # ticked by hand\n']],
  },
  {
    name: 'ticking a block item without `done` adds both lines',
    plan: (parsed, text) => planSetItemDone(parsed, text, { skill: 'system design', itemIndex: 3, task: 'Write up the design' }, true, TODAY),
    changes: [['      - task: Write up the design\n', `      - task: Write up the design\n        done: true\n        doneOn: ${TODAY}\n`]],
  },
  {
    name: 'finds the item by its task when it moved',
    plan: (parsed, text) => planSetItemDone(parsed, text, { skill: 'system design', itemIndex: 0, task: 'Design a URL shortener' }, true, TODAY),
    changes: [['"Design a URL shortener", done: false}', `"Design a URL shortener", done: true, doneOn: ${TODAY}}`]],
  },
  {
    name: 'adding an item appends to the block list',
    plan: (parsed, text) => planAddItem(parsed, text, 'system design', 'Practise estimates'),
    // Two items are flow and two block; the new one is written as the last one is.
    changes: [['      - task: Write up the design\n', '      - task: Write up the design\n      - task: Practise estimates\n        done: false\n']],
  },
  {
    name: 'adding an item to an empty flow list',
    plan: (parsed, text) => planAddItem(parsed, text, 'caching', 'Compare cache-aside and write-through'),
    changes: [['items: []}', 'items: [{task: Compare cache-aside and write-through, done: false}]}']],
  },
  {
    name: 'a gap from another interview adds its source (one becomes a list) and a task',
    plan: (parsed, text) => planAddToTraining(parsed, text, { skill: 'System design', source: 'Globex / technical interview reflection, 2026-11-19', task: 'Sketch a chat system' }),
    changes: [
      [
        '    source: Acme Corp / system design interview reflection, 2026-10-16\n',
        '    source: ["Acme Corp / system design interview reflection, 2026-10-16", "Globex / technical interview reflection, 2026-11-19"]\n',
      ],
      ['      - task: Write up the design\n', '      - task: Write up the design\n      - task: Sketch a chat system\n        done: false\n'],
    ],
  },
  {
    name: 'a gap already listed as a source only adds the task',
    plan: (parsed, text) => planAddToTraining(parsed, text, { skill: 'caching', source: 'Acme Corp / interviewer feedback', task: 'Read about TTLs' }),
    changes: [['items: []}', 'items: [{task: Read about TTLs, done: false}]}']],
  },
  {
    name: 'a new gap becomes a new training entry',
    plan: (parsed, text) => planAddToTraining(parsed, text, { skill: 'Kubernetes', source: 'Globex / technical interview reflection, 2026-11-19', task: 'Write an operator', target: '2027-01-31' }),
    changes: [
      [
        "items: []}\n",
        // As one line it would run past 100 columns, so it is written key by key.
        'items: []}\n  - skill: Kubernetes\n    source: "Globex / technical interview reflection, 2026-11-19"\n    target: 2027-01-31\n    items:\n      - task: Write an operator\n        done: false\n',
      ],
    ],
  },
];

describe('training edits', () => {
  for (const [eolName, eol] of [
    ['LF', '\n'],
    ['CRLF', '\r\n'],
  ] as const) {
    describe(eolName, () => {
      const text = fixture('edits', 'training.yaml').replace(/\n/g, eol);
      const parsed = parseJobSearch(text);
      for (const testCase of CASES) {
        it(testCase.name, () => {
          const plan = testCase.plan(parsed, text);
          assert.ok('edits' in plan, 'error' in plan ? plan.error : '');
          let expected = text;
          for (const [before, after] of testCase.changes) {
            const from = before.replace(/\n/g, eol);
            assert.ok(expected.includes(from), `fixture lacks ${JSON.stringify(before)}`);
            expected = expected.replace(from, after.replace(/\n/g, eol));
          }
          const result = applyEdits(text, plan.edits);
          assert.equal(result, expected);
          assert.deepEqual(parseJobSearch(result).problems, []);
          if (testCase.name.startsWith('a gap from another interview')) {
            assert.deepEqual(parseJobSearch(result).training[0]?.sources, [
              'Acme Corp / system design interview reflection, 2026-10-16',
              'Globex / technical interview reflection, 2026-11-19',
            ]);
          }
        });
      }
    });
  }

  it('creates the training list when the file has none', () => {
    const text = 'applications:\n  - company: Acme\n';
    const plan = planAddToTraining(parseJobSearch(text), text, { skill: 'caching', source: 'Acme / skill gaps' });
    assert.ok('edits' in plan);
    assert.equal(applyEdits(text, plan.edits), 'applications:\n  - company: Acme\ntraining:\n  - skill: caching\n    source: Acme / skill gaps\n');
  });

  it('says so when the item is gone', () => {
    const text = fixture('edits', 'training.yaml');
    const plan = planSetItemDone(parseJobSearch(text), text, { skill: 'system design', itemIndex: 9, task: 'Nope' }, true, TODAY);
    assert.ok('error' in plan && /no longer/.test(plan.error));
  });
});
