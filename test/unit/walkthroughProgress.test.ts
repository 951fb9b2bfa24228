import * as assert from 'node:assert/strict';
import { parseJobSearch } from '../../src/model/parseJobSearch';
import { highestCounts, stepsDone, walkthroughCounts } from '../../src/model/walkthroughProgress';

const BASE = [
  'applications:',
  '  - company: Acme',
  '    status: interviewing',
  '    interviews: [{date: 2026-11-02, kind: technical}]',
  'training:',
  '  - skill: SQL',
  '    items: [{task: joins, done: false}]',
  '',
].join('\n');

describe('walkthrough progress', () => {
  const base = walkthroughCounts(parseJobSearch(BASE));

  it('counts what the steps add', () => {
    assert.deepEqual(base, { application: 1, interview: 1, rejection: 0, reflection: 0, trainingItem: 1, person: 0, goals: 0, prep: 0 });
  });

  const cases: readonly { name: string; text: string; steps: string[] }[] = [
    { name: 'nothing changed', text: BASE, steps: [] },
    { name: 'an application added by hand', text: `${BASE.replace('training:', '  - {company: Globex, status: applied}\ntraining:')}`, steps: ['application'] },
    { name: 'an interview recorded', text: BASE.replace('kind: technical}]', 'kind: technical}, {date: 2026-11-09, kind: final}]'), steps: ['interview'] },
    { name: 'a rejection', text: BASE.replace('status: interviewing', 'status: rejected'), steps: ['rejection'] },
    { name: 'a reflection', text: BASE.replace('    interviews:', '    reflections: [{date: 2026-11-03, confidence: 3}]\n    interviews:'), steps: ['reflection'] },
    { name: 'a training item', text: BASE.replace('done: false}]', 'done: false}, {task: indexes, done: false}]'), steps: ['trainingItem'] },
    { name: 'a person added to people', text: `${BASE}people:\n  - name: Sam Okafor\n`, steps: ['person'] },
    { name: 'weekly goals set', text: `profile:\n  goals: {applications: 3}\n${BASE}`, steps: ['goals'] },
    { name: 'a prep note linked from the interview', text: BASE.replace('kind: technical}]', 'kind: technical, prep: prep/acme.md}]'), steps: ['prep'] },
    { name: 'weekly goals all at 0', text: `profile:\n  goals: {applications: 0}\n${BASE}`, steps: [] },
    { name: 'an application removed', text: BASE.replace(/ {2}- company: Acme[\s\S]*?(?=training:)/, ''), steps: [] },
  ];
  for (const { name, text, steps } of cases) {
    it(`completes ${steps.join(', ') || 'no step'} for ${name}`, () => assert.deepEqual(stepsDone(base, walkthroughCounts(parseJobSearch(text))), steps));
  }

  it('does not complete a step when an entry comes back after a moment away', () => {
    const broken = walkthroughCounts(parseJobSearch(BASE.replace(/ {2}- company: Acme[\s\S]*?(?=training:)/, '')));
    const highest = highestCounts(base, broken);
    assert.deepEqual(stepsDone(highest, base), []);
  });
});
