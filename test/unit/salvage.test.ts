import * as assert from 'node:assert/strict';
import { parseJobSearch } from '../../src/model/parseJobSearch';
import { planSetStatus } from '../../src/model/planEdits';
import { textListLayout } from '../../src/model/salvageEntries';

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
});
