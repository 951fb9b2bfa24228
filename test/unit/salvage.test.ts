import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { syntheticJobSearch } from '../../bench/syntheticJobSearch';
import type { Application } from '../../src/model/jobSearch';
import { parseJobSearch } from '../../src/model/parseJobSearch';
import { planSetStatus } from '../../src/model/planEdits';
import { textListLayout } from '../../src/model/salvageEntries';

/** What an application says, without positions (which move when text is inserted before it). */
function says(application: Application): unknown {
  const { company, role, status, link, history, contacts, interviews, followUps, reflections, skillGaps, feedback, notes } = application;
  return JSON.stringify({ company, role, status, link, history, contacts, interviews, followUps, reflections, skillGaps, feedback, notes }, (key, value: unknown) =>
    key === 'span' || key === 'fields' ? undefined : value,
  );
}

/** Damage people do by hand, each a syntax error that can run past its own entry. */
const DAMAGE = ['    role: "unclosed\n', '    interviews: [{date: 2026-10-01}\n', '    notes: {a: 1\n', "    notes: 'half\n", '\troleX: tab\n', '   : stray colon\n', '    - dash without a list\n'];

/** The first line of each entry textListLayout finds, or undefined when it finds no block list. */
function entryLines(text: string, list: 'applications' | 'training' = 'applications'): string[] | undefined {
  const layout = textListLayout(text, list);
  return layout?.starts.map((start) => text.slice(start, text.indexOf('\n', start) < 0 ? text.length : text.indexOf('\n', start)).replace(/\r$/, ''));
}

describe('reading list entries from their own lines after a syntax error', () => {
  const layouts: readonly { name: string; text: string; entries: string[] | undefined }[] = [
    { name: 'a block list', text: 'applications:\n  - company: A\n    status: applied\n  - company: B\n', entries: ['  - company: A', '  - company: B'] },
    { name: 'dashes at column 0', text: 'applications:\n- company: A\n- company: B\ntraining: []\n', entries: ['- company: A', '- company: B'] },
    { name: 'comments and blank lines between', text: 'applications:  # mine\n\n  # first\n  - company: A\n\n  # second\n  - company: B\n', entries: ['  - company: A', '  - company: B'] },
    { name: 'CRLF line endings', text: 'applications:\r\n  - company: A\r\n  - company: B\r\n', entries: ['  - company: A', '  - company: B'] },
    { name: 'ends at the next top-level key', text: 'applications:\n  - company: A\nprofile:\n  - company: not an application\n', entries: ['  - company: A'] },
    { name: 'a nested list is not an entry', text: 'applications:\n  - company: A\n    contacts:\n      - name: Jo\n  - company: B\n', entries: ['  - company: A', '  - company: B'] },
    { name: 'a flow list', text: 'applications: [{company: A}]\n', entries: undefined },
    { name: 'no list', text: 'profile: {name: Jo}\n', entries: undefined },
    { name: 'a key that only starts the same', text: 'applications_old:\n  - company: A\n', entries: undefined },
  ];
  for (const { name, text, entries } of layouts) {
    it(`finds the entries of ${name}`, () => assert.deepEqual(entryLines(text), entries));
  }

  it('finds the training list too', () => {
    assert.deepEqual(entryLines('applications: []\ntraining:\n  - skill: SQL\n  - skill: Go\n', 'training'), ['  - skill: SQL', '  - skill: Go']);
  });

  it('keeps the entries after a broken one, in both lists', () => {
    const parsed = parseJobSearch(
      ['applications:', '  - company: A', '    role: "unclosed', '  - company: B', '    status: applied', 'training:', '  - skill: SQL', '    items: [{task: x, done: false}', '  - skill: Go', ''].join('\n'),
    );
    assert.deepEqual(parsed.applications.map((application) => application.company), ['A', 'B']);
    assert.deepEqual(parsed.training.map((entry) => entry.skill), ['SQL', 'Go']);
    assert.ok(parsed.problems.some((problem) => problem.code === 'yaml-syntax'));
  });

  it('an entry kept only by reading its own lines cannot be written to until the syntax error is fixed', () => {
    const text = 'applications:\n  - company: A\n    role: "x\n  - company: B\n    status: applied\n';
    const parsed = parseJobSearch(text);
    const b = parsed.applications.find((application) => application.company === 'B');
    assert.ok(b, 'B is shown');
    const plan = planSetStatus(parsed, text, b, 'screening', '2026-11-22');
    assert.deepEqual(plan, { error: 'job-search.yaml has a syntax error on line 3; fix it first, then try again.' });
  });

  it('reads every entry the damage does not touch exactly as in the undamaged file (property)', function () {
    // 150 parses of a whole file: correctness, not speed (the bench measures that), so a busy machine must not fail it.
    this.timeout(30_000);
    const text = syntheticJobSearch(12, 5);
    const clean = parseJobSearch(text).applications.map(says);
    const layout = textListLayout(text, 'applications')!;
    fc.assert(
      fc.property(fc.nat({ max: layout.starts.length - 1 }), fc.nat({ max: 1_000 }), fc.constantFrom(...DAMAGE), (entry, lineChoice, damage) => {
        // A line inside the entry, after its first one: damage lands within that entry's own lines.
        const entryEnd = layout.starts[entry + 1] ?? layout.region.end;
        const lineStarts = [...text.slice(layout.starts[entry], entryEnd).matchAll(/\n(?=.)/g)].map((match) => layout.starts[entry]! + match.index + 1);
        const at = lineStarts.length ? lineStarts[lineChoice % lineStarts.length]! : entryEnd;
        const parsed = parseJobSearch(`${text.slice(0, at)}${damage}${text.slice(at)}`);
        assert.ok(parsed.problems.length > 0, 'the damage is reported');
        const read = parsed.applications.map(says);
        clean.forEach((application, index) => {
          if (index !== entry) assert.ok(read.includes(application), `entry ${index} is read as before (damage in entry ${entry}: ${JSON.stringify(damage)})`);
        });
      }),
      { numRuns: 150, seed: 20261122 },
    );
  });
});
