import * as assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parseJobSearch } from '../../src/model/parseJobSearch';
import { fixture, located, ROOT } from './support/fixtures';

interface Expectation {
  /** Every problem, as `line:col-line:col severity code`, in file order. */
  readonly problems: readonly string[];
  /** The applications still returned, by company, in file order. */
  readonly companies: readonly string[];
  /** Words the messages must contain, so they say what to fix. */
  readonly mentions?: readonly string[];
}

const EXPECTED: Record<string, Expectation> = {
  'aliases.yaml': {
    problems: ['1:0-1:8 warning unknown-field'],
    companies: ['Acme Corp', 'Globex'],
    mentions: ['x-'],
  },
  'applied-before.yaml': {
    problems: ['10:13-10:22 information applied-before', '13:13-13:20 information applied-before'],
    companies: ['Acme Corp', 'Initech', 'acme corp', 'Initech', 'Acme Corp'],
    mentions: ['Backend Engineer, rejected on 2026-03-20 (applied 2026-03-01)', 'Initech before: no answer'],
  },
  'bad-links.yaml': {
    problems: ['3:10-3:29 warning invalid-link', '5:36-5:75 warning invalid-link'],
    companies: ['Acme Corp', 'Globex'],
    mentions: ['https://'],
  },
  'duplicate-applications.yaml': {
    problems: ['7:13-7:27 warning duplicate-application', '13:13-13:20 information applied-before'],
    companies: ['Acme Corp', 'Globex', '  acme corp ', 'Initech', 'Initech'],
    mentions: ['line 2', 'You applied to Initech before: SRE, rejected.'],
  },
  'duplicate-keys.yaml': {
    problems: ['4:4-4:5 error yaml-syntax'],
    companies: ['Acme Corp', 'Globex'],
    mentions: ['twice'],
  },
  'empty.yaml': { problems: [], companies: [] },
  'follow-up-checks.yaml': {
    problems: ['12:49-12:59 warning sent-before-interview', '13:59-13:67 warning unknown-contact'],
    companies: ['Acme Corp'],
    mentions: ['2026-10-15', 'Jamie Lee'],
  },
  'history-checks.yaml': {
    problems: ['3:12-3:19 warning status-mismatch', '6:8-6:43 warning history-order'],
    companies: ['Acme Corp'],
    mentions: ['Interviewing', 'date order'],
  },
  'impossible-dates.yaml': {
    problems: ['5:15-5:25 error invalid-date', '6:15-6:25 error invalid-date', '7:15-7:25 error invalid-date', '9:30-9:40 error invalid-date'],
    companies: ['Acme Corp'],
    mentions: ['2026-02-30', '2025-02-29', 'YYYY-MM-DD', '2026-13-01'],
  },
  'missing-fields.yaml': {
    problems: [
      '2:4-2:8 error missing-field',
      '6:9-6:13 error missing-field',
      '8:9-8:12 error missing-field',
      '9:4-9:13 error not-a-mapping',
      '11:4-11:9 error missing-field',
      '12:9-12:13 error missing-field',
    ],
    companies: ['', 'Globex'],
    mentions: ['`company`', '`name`', '`kind`', '`skill`', '`task`'],
  },
  'only-comments.yaml': { problems: [], companies: [] },
  'syntax-unclosed-flow.yaml': {
    problems: ['7:8-7:9 error yaml-syntax', '8:13-8:14 error yaml-syntax'],
    companies: ['Acme Corp', 'Globex', ''],
    mentions: ['never closed'],
  },
  'tab-indent.yaml': {
    problems: ['3:0-3:1 error yaml-syntax', '3:9-3:10 error yaml-syntax', '4:13-4:14 error yaml-syntax'],
    companies: ['Acme Corp'],
    mentions: ['Tabs'],
  },
  'top-level-list.yaml': { problems: ['1:0-3:0 error not-a-mapping'], companies: [], mentions: ['applications:'] },
  'top-level-scalar.yaml': { problems: ['1:0-1:14 error not-a-mapping'], companies: [] },
  'unknown-values.yaml': {
    problems: ['3:12-3:23 error unknown-value', '5:33-5:43 error unknown-value', '7:15-7:23 error unknown-value', '9:4-9:10 warning unknown-field'],
    companies: ['Acme Corp', 'Globex'],
    mentions: ['Did you mean `interviewing`?', 'whiteboard', 'Did you mean `thank-you`?', 'Did you mean `status`?'],
  },
  'wrong-types.yaml': {
    problems: [
      '2:13-2:25 error wrong-type',
      '5:12-5:13 error wrong-type',
      '6:13-6:20 error wrong-type',
      '8:8-8:17 error not-a-mapping',
      '10:15-10:23 error wrong-type',
      '12:39-12:43 error wrong-type',
      '13:10-13:16 error wrong-type',
      '19:27-19:32 error wrong-type',
    ],
    companies: ['', 'Globex', 'Initech'],
    mentions: ['not a list', 'the number 3', 'the number 20261015', '“high”', '“yes”'],
  },
};

describe('bad fixtures', () => {
  it('has an expectation for every file in test/fixtures/bad', () => {
    assert.deepEqual(readdirSync(join(ROOT, 'test', 'fixtures', 'bad')).sort(), Object.keys(EXPECTED).sort());
  });

  for (const [name, expected] of Object.entries(EXPECTED)) {
    describe(name, () => {
      const parsed = parseJobSearch(fixture('bad', name));

      it('reports each problem on its exact range', () => {
        assert.deepEqual(parsed.problems.map(located), expected.problems);
      });

      it('still returns every valid application', () => {
        assert.deepEqual(
          parsed.applications.map((application) => application.company),
          expected.companies,
        );
      });

      it('says what is wrong in words a person understands', () => {
        const text = parsed.problems.map((problem) => problem.message).join('\n');
        for (const mention of expected.mentions ?? []) assert.ok(text.includes(mention), `expected “${mention}” in:\n${text}`);
        for (const problem of parsed.problems) {
          assert.ok(!/undefined|\[object Object\]/.test(problem.message), problem.message);
          assert.ok(problem.range.start.line <= problem.range.end.line);
        }
      });
    });
  }

  it('keeps ranges right with CRLF line endings', () => {
    const lf = parseJobSearch(fixture('bad', 'unknown-values.yaml'));
    const crlf = parseJobSearch(fixture('bad', 'unknown-values.yaml').replace(/\n/g, '\r\n'));
    assert.deepEqual(crlf.problems.map(located), lf.problems.map(located));
  });
});
