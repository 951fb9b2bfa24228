import * as assert from 'node:assert/strict';
import { parseJobSearch } from '../../src/model/parseJobSearch';
import { fixesFor } from '../../src/model/problemFixes';
import { applyEdits } from './support/applyEdits';

/** Applies the first fix for the first problem with `code`, and returns the fixed text and its problems. */
function fix(text: string, code: string): { title: string; text: string; problems: string[] } {
  const parsed = parseJobSearch(text);
  const problem = parsed.problems.find((candidate) => candidate.code === code);
  assert.ok(problem, `no ${code} problem in ${text}`);
  const [first] = fixesFor(parsed, text, problem);
  assert.ok(first, `no fix for ${code}`);
  const fixed = applyEdits(text, [...first.edits]);
  return { title: first.title, text: fixed, problems: parseJobSearch(fixed).problems.map((other) => other.code) };
}

describe('Quick Fixes', () => {
  const cases: { name: string; code: string; before: string; after: string; title: string }[] = [
    {
      name: 'an unknown status gets the one it most likely meant',
      code: 'unknown-value',
      before: 'applications:\n  - company: Acme\n    status: appled   # typo\n',
      after: 'applications:\n  - company: Acme\n    status: applied   # typo\n',
      title: 'Change to applied',
    },
    {
      name: 'a quoted unknown value too',
      code: 'unknown-value',
      before: 'applications:\n  - {company: Acme, status: "intervewing"}\n',
      after: 'applications:\n  - {company: Acme, status: interviewing}\n',
      title: 'Change to interviewing',
    },
    {
      name: 'a misspelt field name',
      code: 'unknown-field',
      before: 'applications:\n  - company: Acme\n    stauts: applied\n',
      after: 'applications:\n  - company: Acme\n    status: applied\n',
      title: 'Change to status',
    },
    {
      name: 'a block history goes into date order, each entry with its own comment',
      code: 'history-order',
      before: 'applications:\n  - company: Acme\n    status: interviewing\n    history:\n      - date: 2026-11-20   # later\n        status: interviewing\n      - {date: 2026-11-01, status: applied}\n    role: SRE\n',
      after: 'applications:\n  - company: Acme\n    status: interviewing\n    history:\n      - {date: 2026-11-01, status: applied}\n      - date: 2026-11-20   # later\n        status: interviewing\n    role: SRE\n',
      title: 'Put the history of Acme in date order',
    },
    {
      name: 'a flow history too',
      code: 'history-order',
      before: 'applications:\n  - {company: Acme, status: screening, history: [{date: 2026-11-08, status: screening}, {date: 2026-11-01, status: applied}]}\n',
      after: 'applications:\n  - {company: Acme, status: screening, history: [{date: 2026-11-01, status: applied}, {date: 2026-11-08, status: screening}]}\n',
      title: 'Put the history of Acme in date order',
    },
    {
      name: 'a status the history contradicts follows the history',
      code: 'status-mismatch',
      before: "applications:\n  - company: Acme\n    status: 'applied'\n    history:\n      - {date: 2026-11-01, status: applied}\n      - {date: 2026-11-08, status: rejected}\n",
      after: "applications:\n  - company: Acme\n    status: 'rejected'\n    history:\n      - {date: 2026-11-01, status: applied}\n      - {date: 2026-11-08, status: rejected}\n",
      title: 'Set the status to Rejected, as the history says',
    },
  ];
  for (const { name, code, before, after, title } of cases) {
    it(name, () => {
      const result = fix(before, code);
      assert.equal(result.title, title);
      assert.equal(result.text, after);
      assert.ok(!result.problems.includes(code as never), `still ${code}: ${result.problems.join(', ')}`);
      const crlf = fix(before.replace(/\n/g, '\r\n'), code);
      assert.equal(crlf.text, after.replace(/\n/g, '\r\n'), 'CRLF files too');
    });
  }

  it('offers nothing where moving entries would move a comment between them', () => {
    const text = 'applications:\n  - company: Acme\n    history:\n      - {date: 2026-11-20, status: screening}\n      # why it moved\n      - {date: 2026-11-01, status: applied}\n';
    const parsed = parseJobSearch(text);
    const problem = parsed.problems.find((candidate) => candidate.code === 'history-order')!;
    assert.deepEqual(fixesFor(parsed, text, problem), []);
  });

  it('offers nothing for an unknown value without a likely match', () => {
    const text = 'applications:\n  - company: Acme\n    status: zzzzzzzz\n';
    const parsed = parseJobSearch(text);
    const problem = parsed.problems.find((candidate) => candidate.code === 'unknown-value')!;
    assert.deepEqual(fixesFor(parsed, text, problem), []);
  });
});
