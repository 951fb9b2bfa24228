import * as assert from 'node:assert/strict';
import { dashboardModel } from '../../src/model/dashboardModel';
import { funnelFigures, sourceGroup, type SourceGroup } from '../../src/model/funnelFigures';
import { parseJobSearch } from '../../src/model/parseJobSearch';
import { sampleText } from './support/fixtures';

const SEARCH = parseJobSearch(`
applications:
  - company: Acme
    status: rejected
    source: Referral from Sam
    resume: v2
    history: [{date: 2026-09-01, status: applied}, {date: 2026-09-04, status: screening}, {date: 2026-09-20, status: rejected}]
    interviews: [{date: 2026-09-10, kind: screening}, {date: 2026-09-15, kind: system-design}]
  - company: Globex
    status: rejected
    source: LinkedIn
    resume: v2
    history: [{date: 2026-09-02, status: applied}, {date: 2026-09-12, status: rejected}]
  - company: Initech
    status: withdrawn
    source: linkedin
    resume: v3
    history: [{date: 2026-09-03, status: applied}, {date: 2026-09-09, status: interviewing}, {date: 2026-10-01, status: offer}, {date: 2026-10-03, status: withdrawn}]
  - company: Umbrella
    status: ghosted
    source: company careers page
    history: [{date: 2026-09-05, status: applied}]
  - company: Hooli
    status: rejected
    source: Recruiter (agency)
    resume: v3
    history: [{date: 2026-09-06, status: applied}, {date: 2026-09-08, status: interviewing}, {date: 2026-09-30, status: rejected}]
    interviews: [{date: 2026-09-25, kind: onsite}]
  - company: Soylent
    status: applied
    history: [{date: 2026-09-07, status: applied}]
  - company: Wishful
    status: wishlist
`);

describe('funnel figures', () => {
  const cases: [string | undefined, SourceGroup][] = [
    ['Referral from Sam', 'referral'],
    ['referred by a friend', 'referral'],
    ['LinkedIn', 'job-board'],
    ['Indeed', 'job-board'],
    ['Hacker News: Who is hiring', 'job-board'],
    ['Recruiter (agency)', 'recruiter'],
    ['company careers page', 'company-site'],
    ['Their website', 'company-site'],
    ['A meetup', 'other'],
    ['', 'unknown'],
    [undefined, 'unknown'],
  ];
  for (const [source, group] of cases) it(`source “${source ?? ''}” counts as ${group}`, () => assert.equal(sourceGroup(source), group));

  it('times the first reply from the day applied: the median overall and by source', () => {
    const figures = funnelFigures(SEARCH);
    // Acme 3 days (screening), Globex 10 (rejection), Initech 6 (interviewing), Hooli 2; Umbrella and Soylent have no reply.
    assert.equal(figures.replies, 4);
    assert.equal(figures.medianReplyDays, 4.5);
    assert.equal(figures.unanswered, 2);
    assert.deepEqual(
      figures.replyBySource.map((group) => [group.label, group.medianDays, group.replies]),
      [
        ['Referral', 3, 1],
        ['Recruiter', 2, 1],
        ['Job board', 8, 2],
      ],
    );
  });

  it('says where each closed application ended: Globex and Umbrella after applying, Acme in a technical round, Hooli onsite, Initech at the offer', () => {
    assert.deepEqual(
      funnelFigures(SEARCH).endStages.map((stage) => [stage.stage, stage.count]),
      [
        ['application', 2],
        ['screening', 0],
        ['technical', 1],
        ['onsite', 1],
        ['offer', 1],
      ],
    );
  });

  it('converts by source and by résumé version, leaving out the wishlist', () => {
    const figures = funnelFigures(SEARCH);
    assert.deepEqual(
      figures.bySource.map((group) => [group.label, group.applied, group.interviewed, group.offered]),
      [
        ['Referral', 1, 1, 0],
        ['Company site', 1, 0, 0],
        ['Recruiter', 1, 1, 0],
        ['Job board', 2, 1, 1],
        ['Source not noted', 1, 0, 0],
      ],
    );
    assert.deepEqual(
      figures.byResume.map((group) => [group.label, group.applied, group.interviewed, group.offered]),
      [
        ['v2', 2, 1, 0],
        ['v3', 2, 2, 1],
        ['Not noted', 2, 0, 0],
      ],
    );
  });

  it('shows no résumé comparison until a version is noted, and nothing at all before an application is sent', () => {
    assert.deepEqual(funnelFigures(parseJobSearch('applications:\n  - {company: A, status: applied}\n')).byResume, []);
    const empty = funnelFigures(parseJobSearch('applications:\n  - {company: A, status: wishlist}\n'));
    assert.deepEqual([empty.bySource, empty.replyBySource, empty.replies, empty.medianReplyDays], [[], [], 0, undefined]);
  });

  it('folds résumé versions past the sixth into one bar', () => {
    const yaml = `applications:\n${Array.from({ length: 9 }, (_, index) => `  - {company: C${index}, status: applied, resume: v${index}}\n`).join('')}`;
    const versions = funnelFigures(parseJobSearch(yaml)).byResume;
    assert.equal(versions.length, 7);
    assert.deepEqual(versions.at(-1), { label: 'Other versions', applied: 3, interviewed: 0, offered: 0 });
  });

  it('reaches the dashboard model', () => {
    const model = dashboardModel(parseJobSearch(sampleText()), '2026-11-30', 'job-search.yaml');
    assert.ok(model.outcomes.bySource.length > 0);
    assert.deepEqual(model.outcomes, funnelFigures(parseJobSearch(sampleText())));
  });
});
