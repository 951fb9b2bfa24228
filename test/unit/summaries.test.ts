import * as assert from 'node:assert/strict';
import { closestMatch } from '../../src/model/closestMatch';
import { parseJobSearch } from '../../src/model/parseJobSearch';
import { summarizeApplication, summarizeContact, summarizeFollowUp, summarizeInterview, summarizeReflection } from '../../src/model/summaries';
import { sampleText } from './support/fixtures';

const TODAY = '2026-11-22';

describe('summaries', () => {
  const [acme, globex, , umbrella] = parseJobSearch(sampleText()).applications;

  it('labels an application with company, role and stage age', () => {
    const summary = summarizeApplication(acme!, TODAY);
    assert.equal(summary.label, 'Acme Corp');
    assert.equal(summary.description, 'Senior Backend Engineer · 1 month');
    assert.ok(summary.details.includes('Rejected since 2026-10-20 (1 month)'));
    assert.ok(summary.details.includes('2026-10-15: Interviewing'));
    assert.equal(summarizeApplication(umbrella!, TODAY).description, 'Staff Engineer');
  });

  it('labels the children of an application', () => {
    assert.deepEqual(summarizeContact(acme!.contacts[0]!), {
      label: 'Jamie Lee',
      description: 'Recruiter',
      details: ['Jamie Lee, Recruiter', 'jamie@acme.example', 'https://linkedin.example/in/jamie'],
    });
    const rows = [
      ...acme!.followUps.map((followUp) => summarizeFollowUp(followUp, TODAY)),
      ...globex!.interviews.map((interview) => summarizeInterview(interview, TODAY)),
      summarizeReflection(acme!.reflections[0]!),
    ].map((summary) => `${summary.label} | ${summary.description}`);
    assert.deepEqual(rows, [
      'Thank-you note | sent 2026-10-21 · to Jamie Lee',
      'Feedback request | 2 days overdue · to Jamie Lee',
      'Keep-in-touch message | due 2027-01-20 · to Sam Ortiz',
      'Technical interview | 2026-11-18 · with Priya Nair',
      'Final round | in 2 days · with Priya Nair',
      'Reflection: System design interview | 2026-10-16 · confidence 3/5',
    ]);
  });

  it('names an application without a company instead of showing nothing', () => {
    const [unnamed] = parseJobSearch('applications:\n  - role: Engineer\n').applications;
    assert.equal(summarizeApplication(unnamed!, TODAY).label, 'Unnamed application');
  });
});

describe('closestMatch', () => {
  const cases: [string, readonly string[], string | undefined][] = [
    ['stauts', ['status', 'role'], 'status'],
    ['intervewing', ['applied', 'interviewing'], 'interviewing'],
    ['Status', ['status'], 'status'],
    ['xyz', ['status', 'role'], undefined],
    ['rol', ['role', 'roles'], 'role'],
  ];
  for (const [input, candidates, expected] of cases) {
    it(`suggests ${String(expected)} for ${input}`, () => assert.equal(closestMatch(input, candidates), expected));
  }
});
