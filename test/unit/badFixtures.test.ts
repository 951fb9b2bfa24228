import * as assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { damagedInTheMiddle, HUGE_APPLICATIONS } from '../../bench/badInputs';
import { syntheticJobSearch } from '../../bench/syntheticJobSearch';
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
  'alias-bomb.yaml': {
    problems: ['9:10-9:60 error wrong-type', '9:10-9:60 error not-a-mapping'],
    companies: ['Acme Corp', 'Globex'],
    mentions: ['should be text'],
  },
  'alias-undefined.yaml': {
    problems: ['3:14-3:21 error unknown-alias'],
    companies: ['Acme Corp', 'Globex'],
    mentions: ['“&people”'],
  },
  'ambiguous-dates.yaml': {
    problems: ['4:15-4:25 error invalid-date', '5:15-5:25 error invalid-date', '6:15-6:23 error invalid-date', '7:15-7:23 error invalid-date', '8:15-8:34 error invalid-date'],
    companies: ['Acme Corp'],
    mentions: ['YYYY-MM-DD', '10/15/2026'],
  },
  'bad-time-and-links.yaml': {
    problems: ['3:10-3:29 warning invalid-link', '4:39-4:78 warning invalid-link', '5:42-5:45 error invalid-time'],
    companies: ['Acme Corp'],
    mentions: ['https://', '24-hour'],
  },
  'binary.yaml': {
    problems: ['1:136-1:137 error not-text'],
    companies: [],
    mentions: ['binary data'],
  },
  'bom.yaml': {
    problems: ['3:12-3:18 error unknown-value'],
    companies: ['Acme Corp'],
  },
  'deep-nesting.yaml': {
    problems: ['3:11-3:615 error wrong-type'],
    companies: ['Acme Corp', 'Globex'],
  },
  'duplicate-training.yaml': {
    problems: ['4:4-4:25 warning duplicate-skill'],
    companies: [],
    mentions: ['line 2'],
  },
  'lone-carriage-returns.yaml': {
    problems: ['1:13-1:14 warning line-endings', '1:27-1:28 error yaml-syntax'],
    companies: [],
    mentions: ['carriage return'],
  },
  'long-lines.yaml': {
    problems: ['6:12-6:18 error unknown-value'],
    companies: ['Acme Corp', 'Globex'],
  },
  'merge-keys.yaml': {
    problems: ['5:9-5:10 error wrong-type', '5:12-5:13 error wrong-type'],
    companies: ['Acme Corp', 'Globex'],
    mentions: ['“<<”'],
  },
  'mixed-line-endings.yaml': {
    problems: ['3:12-3:18 error unknown-value'],
    companies: ['Acme Corp', 'Globex'],
  },
  'non-utf8.yaml': {
    problems: ['2:17-2:18 warning not-utf8'],
    companies: ['Soci�t� G�n�rale', 'Globex'],
    mentions: ['UTF-8'],
  },
  'null-entries.yaml': {
    problems: ['5:4-5:11 error missing-field', '6:4-6:6 error not-a-mapping'],
    companies: ['Acme Corp', ''],
  },
  'syntax-bad-indent.yaml': {
    problems: ['3:10-3:11 error yaml-syntax'],
    companies: ['Acme Corp', 'Globex'],
  },
  'syntax-block-scalar.yaml': {
    problems: ['5:4-5:28 error yaml-syntax'],
    companies: ['Acme Corp', 'Globex'],
    mentions: ['colon missing'],
  },
  'syntax-missing-colon.yaml': {
    problems: ['3:4-4:10 error yaml-syntax'],
    companies: ['Acme Corp', 'Globex'],
  },
  'syntax-nested-compact.yaml': {
    problems: ['3:10-3:11 error yaml-syntax'],
    companies: ['Acme Corp', 'Globex'],
  },
  'syntax-stray-dash.yaml': {
    problems: ['4:3-4:4 error yaml-syntax'],
    companies: ['Acme Corp', 'Initech'],
    mentions: ['indentation'],
  },
  'syntax-two-documents.yaml': {
    problems: ['3:0-6:0 error yaml-syntax'],
    companies: ['Acme Corp'],
    mentions: ['“---”'],
  },
  'syntax-unclosed-list.yaml': {
    problems: ['4:8-4:9 error yaml-syntax', '4:33-4:34 error yaml-syntax'],
    companies: ['Acme Corp', 'Globex'],
  },
  'syntax-unclosed-quote.yaml': {
    problems: ['3:10-3:11 error yaml-syntax'],
    companies: ['Acme Corp', 'Globex'],
    mentions: ['never closed'],
  },
  'unknown-fields.yaml': {
    problems: ['3:4-3:10 warning unknown-field', '5:27-5:30 warning unknown-field', '7:27-7:37 warning unknown-field'],
    companies: ['Acme Corp'],
  },
  'unknown-top-level-keys.yaml': {
    problems: ['1:0-1:11 warning unknown-field', '3:0-3:6 warning unknown-field'],
    companies: [],
    mentions: ['Did you mean “applications”?', 'Did you mean “profile”?'],
  },
  'wrong-types-contacts.yaml': {
    problems: ['4:8-4:17 error not-a-mapping', '5:33-5:50 error wrong-type', '6:10-6:16 error wrong-type'],
    companies: ['Acme Corp'],
  },
  'wrong-types-follow-up.yaml': {
    problems: ['5:31-5:35 error wrong-type', '5:43-5:55 error wrong-type', '5:66-5:83 error wrong-type', '6:15-6:16 error wrong-type'],
    companies: ['Acme Corp'],
  },
  'wrong-types-interview.yaml': {
    problems: ['4:15-4:17 error wrong-type', '4:25-4:29 error invalid-time', '4:37-4:48 error wrong-type', '4:56-4:69 error wrong-type', '5:33-5:40 error invalid-time', '5:49-5:55 error wrong-type'],
    companies: ['Acme Corp'],
  },
  'wrong-types-profile.yaml': {
    problems: ['1:9-1:37 error wrong-type'],
    companies: ['Acme Corp'],
  },
  'wrong-types-reflection.yaml': {
    problems: ['4:39-4:40 error out-of-range', '4:52-4:62 error wrong-type', '5:39-5:43 error wrong-type', '5:52-5:62 error unknown-value', '6:39-6:42 error wrong-type'],
    companies: ['Acme Corp'],
    mentions: ['from 1 to 5, not 7', 'whole number'],
  },
  'wrong-types-top-level.yaml': {
    problems: ['2:8-2:19 error wrong-type', '4:2-5:0 error wrong-type', '5:10-5:17 error wrong-type'],
    companies: [],
  },
  'wrong-types-training.yaml': {
    problems: ['3:12-3:22 error invalid-date', '4:11-4:25 error wrong-type', '5:11-5:27 error wrong-type', '8:30-8:35 error wrong-type', '8:45-8:54 error invalid-date', '9:15-9:18 error wrong-type'],
    companies: [],
  },
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
  'feedback-and-replies.yaml': {
    problems: [
      '5:9-5:13 error missing-field',
      '6:8-6:30 error wrong-type',
      '7:15-7:25 error invalid-date',
      '10:59-10:69 warning reply-before-sent',
      '11:59-11:69 warning nudge-before-sent',
      '12:33-12:43 warning nudge-before-sent',
    ],
    companies: ['Acme Corp'],
    mentions: ['“text”', 'should be text or a mapping', 'sent on 2026-10-22', '“sent:”'],
  },
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
    mentions: ['“company”', '“name”', '“kind”', '“skill”', '“task”'],
  },
  'only-comments.yaml': { problems: [], companies: [] },
  'syntax-unclosed-flow.yaml': {
    problems: ['7:8-7:9 error yaml-syntax', '8:13-8:14 error yaml-syntax'],
    companies: ['Acme Corp', 'Globex', 'Initech'],
    mentions: ['never closed'],
  },
  'tab-indent.yaml': {
    problems: ['3:0-3:1 error yaml-syntax', '3:9-3:10 error yaml-syntax', '4:13-4:14 error yaml-syntax'],
    companies: ['Acme Corp', 'Globex'],
    mentions: ['Tabs'],
  },
  'top-level-list.yaml': { problems: ['1:0-3:0 error not-a-mapping'], companies: [], mentions: ['applications:'] },
  'top-level-scalar.yaml': { problems: ['1:0-1:14 error not-a-mapping'], companies: [] },
  'unknown-values.yaml': {
    problems: ['3:12-3:23 error unknown-value', '5:33-5:43 error unknown-value', '7:15-7:23 error unknown-value', '9:4-9:10 warning unknown-field'],
    companies: ['Acme Corp', 'Globex'],
    mentions: ['Did you mean “interviewing”?', 'whiteboard', 'Did you mean “thank-you”?', 'Did you mean “status”?'],
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

// Generated rather than committed: the same deterministic 10 MB every run, without 10 MB in the repository.
describe('a 10 MB file', function () {
  this.timeout(120_000);
  const text = syntheticJobSearch(HUGE_APPLICATIONS);
  let whole: ReturnType<typeof parseJobSearch>;
  let companies: string[];

  before(() => {
    whole = parseJobSearch(text);
    companies = whole.applications.map((application) => application.company);
  });

  it('is read whole: every application, and no errors', () => {
    assert.ok(Buffer.byteLength(text) >= 10_000_000, `${Buffer.byteLength(text)} bytes`);
    assert.equal(whole.applications.length, HUGE_APPLICATIONS);
    assert.deepEqual(whole.problems.filter((problem) => problem.severity === 'error').map(located), []);
  });

  it('with a syntax error halfway, reports it on its line and still shows every other application', () => {
    const damaged = damagedInTheMiddle(text);
    const line = damaged.slice(0, damaged.indexOf('{company: Unclosed')).split('\n').length;
    const parsed = parseJobSearch(damaged);
    const errors = parsed.problems.filter((problem) => problem.severity === 'error');
    assert.ok(errors.length > 0);
    assert.equal(errors[0]!.range.start.line + 1, line, errors.map(located).join('\n'));
    assert.match(errors[0]!.message, /\}/, errors[0]!.message);
    const read = new Set(parsed.applications.map((application) => application.company));
    assert.deepEqual(companies.filter((company) => !read.has(company)), []);
  });
});
