import * as assert from 'node:assert/strict';
import { parseJobSearch } from '../../src/model/parseJobSearch';
import { postingContent, postingPath, postingSkills, postingSkillText, relativeLink } from '../../src/model/postingNote';
import { planSetPosting } from '../../src/model/resilienceEdits';
import { prepValues } from '../../src/model/prepRender';
import type { PrepContent } from '../../src/model/prepNote';
import { dateText } from '../../src/model/dateText';
import { applyEdits } from './support/applyEdits';

const SEARCH = parseJobSearch(`
applications:
  - company: Acme
    role: Backend Engineer
    status: rejected
    skillGaps: [caching, Kubernetes]
    reflections: [{date: 2026-10-02, toImprove: [system design]}]
  - company: Globex
    status: rejected
    skillGaps: [kubernetes]
training:
  - skill: caching
    items: [{task: Read about TTLs, done: true}, {task: Build an LRU cache, done: false}]
`);

describe('saved postings', () => {
  const paths: [string, { company: string; role?: string }, string][] = [
    ['postings', { company: 'Acme', role: 'Backend Engineer' }, 'postings/acme-backend-engineer.md'],
    ['./postings/', { company: 'Café Müller GmbH' }, 'postings/cafe-muller-gmbh.md'],
    ['', { company: '株式会社', role: 'SRE' }, 'company-sre.md'],
    ['jobs/saved', { company: 'A/B Testing, Inc.', role: '../etc' }, 'jobs/saved/a-b-testing-inc-etc.md'],
  ];
  for (const [folder, application, path] of paths) it(`${application.company} in “${folder}” → ${path}`, () => assert.equal(postingPath(folder, application), path));

  it('keeps the posting as pasted, under a heading with the link and the day it was saved', () => {
    assert.equal(
      postingContent({ company: 'Acme *Corp*', role: 'Engineer', link: 'https://acme.example/jobs/1' }, 'We use Kubernetes.\r\n\r\n- caching\r\n', '2026-11-30'),
      '# Engineer at Acme \\*Corp\\*\n\n- Link: <https://acme.example/jobs/1>\n- Saved on 2026-11-30\n\n---\n\nWe use Kubernetes.\n\n- caching\n',
    );
  });

  it('names the skills from the plan and the gaps that the posting mentions, planned ones first', () => {
    const skills = postingSkills('You will design caching layers and run Kubernetes clusters. Go and Rust welcome.', SEARCH);
    assert.deepEqual(skills.map(postingSkillText), ['caching (in your plan, 1 of 2 done)', 'Kubernetes (came up 2 times before, no plan yet)']);
    assert.deepEqual(postingSkills('Strong system\ndesign skills', SEARCH).map((skill) => skill.skill), ['system design']);
    assert.deepEqual(postingSkills('Nothing relevant here; kubernetesque is not a word match.', SEARCH), []);
  });

  const links: [string, string, string][] = [
    ['prep/2026-12-03-acme-final.md', 'postings/acme.md', '../postings/acme.md'],
    ['prep/a.md', 'prep/b.md', 'b.md'],
    ['a.md', 'postings/acme.md', 'postings/acme.md'],
    ['notes/prep/a.md', 'postings/acme.md', '../../postings/acme.md'],
  ];
  for (const [from, to, link] of links) it(`links ${from} to ${to} as ${link}`, () => assert.equal(relativeLink(from, to), link));

  it('links the posting from the application in one edit, keeping the rest as written', () => {
    const text = 'applications:\n  - company: Acme # the first one\n    status: applied\n';
    const parsed = parseJobSearch(text);
    const plan = planSetPosting(parsed, text, parsed.applications[0]!, 'postings/acme.md');
    assert.ok(!('error' in plan));
    assert.equal(applyEdits(text, plan.edits), 'applications:\n  - company: Acme # the first one\n    status: applied\n    posting: postings/acme.md\n');
    const flow = 'applications:\n  - {company: Acme, status: applied}\n';
    const flowParsed = parseJobSearch(flow);
    const flowPlan = planSetPosting(flowParsed, flow, flowParsed.applications[0]!, 'postings/acme.md');
    assert.ok(!('error' in flowPlan));
    assert.equal(applyEdits(flow, flowPlan.edits), 'applications:\n  - {company: Acme, status: applied, posting: postings/acme.md}\n');
  });

  it('reads résumé and posting, and a file from before them reads as before', () => {
    const [application] = parseJobSearch('applications:\n  - {company: Acme, resume: v3-backend, posting: postings/acme.md}\n').applications;
    assert.deepEqual([application!.resume, application!.posting], ['v3-backend', 'postings/acme.md']);
    assert.deepEqual(parseJobSearch('applications:\n  - {company: Acme, resume: [a, b]}\n').problems.map((problem) => problem.code), ['wrong-type']);
  });

  it('the prep note links the posting and lists the skills it names, text kept literal', () => {
    const content: PrepContent = { company: 'Acme', interview: { kind: 'final' }, interviewers: [], earlier: [], gaps: [], openTraining: [], stories: [] };
    const dates = dateText('2026-11-30');
    const posting = (skills: PrepContent['posting']) => prepValues({ ...content, ...(skills ? { posting: skills } : {}) }, dates).posting;
    assert.equal(posting(undefined), '_No posting saved with this application. Save Posting… keeps the job description beside the file._');
    assert.equal(posting({ link: '../postings/acme.md', skills: [] }), '[The saved posting](<../postings/acme.md>) names none of the skills from your gaps or training plan.');
    assert.equal(
      posting({ link: '../postings/a b>.md', skills: [{ skill: '*caching*', plan: { done: 1, total: 2 }, named: 1 }, { skill: 'k8s', named: 1 }] }),
      '[The saved posting](<../postings/a b%3E.md>) names skills you have met before:\n\n- \\*caching\\* (in your plan, 1 of 2 done)\n- k8s (came up once before, no plan yet)',
    );
  });
});
