import * as assert from 'node:assert/strict';
import { closestMatch } from '../../src/model/closestMatch';
import { dateText } from '../../src/model/dateText';
import { parseJobSearch } from '../../src/model/parseJobSearch';
import { summarizeApplication, summarizeContact, summarizeFollowUp, summarizeInterview, summarizeReflection } from '../../src/model/summaries';
import { sampleText } from './support/fixtures';

const TODAY = dateText('2026-11-22', 'en');

describe('summaries', () => {
  const [acme, globex, , umbrella] = parseJobSearch(sampleText()).applications;

  it('labels an application with company, role and stage age', () => {
    const summary = summarizeApplication(acme!, TODAY);
    assert.equal(summary.label, 'Acme Corp');
    assert.equal(summary.description, 'Senior Backend Engineer · 1 month');
    assert.ok(summary.details.includes('Rejected since Oct 20 (last month)'), summary.details.join('\n'));
    assert.ok(summary.details.includes('Oct 15: Interviewing'));
    assert.equal(summarizeApplication(umbrella!, TODAY).description, 'Staff Engineer');
    const withNotes = parseJobSearch('applications:\n  - {company: Hooli, notes: "Met them at a meetup"}\n').applications[0]!;
    assert.equal(summarizeApplication(withNotes, TODAY).details.at(-1), 'Notes: Met them at a meetup');
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
      summarizeReflection(acme!.reflections[0]!, TODAY),
    ].map((summary) => `${summary.label} | ${summary.description}`);
    assert.deepEqual(rows, [
      'Reply to the rejection | replied 5 weeks ago · to Jamie Lee',
      'Keep-in-touch message | due in 2 months · to Sam Ortiz',
      'Technical interview | 4 days ago · with Priya Nair',
      'Final round | in 2 days · with Priya Nair',
      'Reflection: System design interview | last month · confidence 3/5',
    ]);
  });

  it('names an application without a company instead of showing nothing', () => {
    const [unnamed] = parseJobSearch('applications:\n  - role: Engineer\n').applications;
    assert.equal(summarizeApplication(unnamed!, TODAY).label, 'Unnamed application');
  });
});

describe('dates in the views', () => {
  const cases: [string, string, string, string][] = [
    ['en', '2026-11-22', 'today', 'Nov 22'],
    ['en', '2026-11-23', 'tomorrow', 'Nov 23'],
    ['en', '2026-11-19', '3 days ago', 'Nov 19'],
    ['en', '2027-01-20', 'in 2 months', 'Jan 20, 2027'],
    ['de', '2026-11-19', 'vor 3 Tagen', '19. Nov.'],
    ['de', '2026-11-23', 'morgen', '23. Nov.'],
    ['fr', '2026-11-24', 'après-demain', '24 nov.'],
    ['not-a-locale!', '2026-11-23', 'tomorrow', 'Nov 23'],
  ];
  for (const [locale, date, relative, day] of cases) {
    it(`${date} reads “${relative}” and “${day}” in ${locale}`, () => {
      const dates = dateText('2026-11-22', locale);
      assert.equal(dates.relative(date), relative);
      assert.equal(dates.day(date), day);
    });
  }
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
