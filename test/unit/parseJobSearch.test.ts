import * as assert from 'node:assert/strict';
import { parseJobSearch } from '../../src/model/parseJobSearch';
import { fixture, sampleText } from './support/fixtures';

describe('parseJobSearch', () => {
  it('reads the bundled sample without problems', () => {
    const parsed = parseJobSearch(sampleText());
    assert.deepEqual(parsed.problems, []);
    assert.deepEqual(
      parsed.applications.map((application) => [application.company, application.status]),
      [
        ['Acme Corp', 'rejected'],
        ['Globex', 'interviewing'],
        ['Initech', 'applied'],
        ['Umbrella Health', 'wishlist'],
      ],
    );
    assert.equal(parsed.profile?.signature, 'Alex Doe\ngithub.com/alexdoe');
    assert.deepEqual(
      parsed.training.map((entry) => [entry.skill, entry.items.filter((item) => item.done).length, entry.items.length]),
      [
        ['system design', 1, 3],
        ['caching', 0, 1],
      ],
    );
  });

  it('reads every field of the format', () => {
    const parsed = parseJobSearch(fixture('good', 'full.yaml'));
    assert.deepEqual(parsed.problems, []);
    const [application] = parsed.applications;
    assert.ok(application);
    assert.equal(application.company, '1Password');
    assert.equal(application.salary, '150000', 'numbers in text fields keep the digits as written');
    assert.equal(application.location, 'Remote', 'merge keys bring in shared fields');
    assert.deepEqual(application.tags, ['security', 'remote']);
    assert.deepEqual(application.history.map((entry) => entry.status), ['applied', 'interviewing', 'offer']);
    assert.equal(application.contacts[0]?.linkedin, 'https://linkedin.example/in/jamie');
    assert.deepEqual(application.interviews[0]?.with, ['Jamie Lee'], 'a single name counts as a list of one');
    assert.equal(application.interviews[0]?.time, '09:30');
    assert.equal(application.followUps[0]?.sent, '2026-09-21');
    assert.deepEqual(application.reflections[0]?.toImprove, ['dynamic programming']);
    assert.equal(application.reflections[0]?.confidence, 4);
    assert.deepEqual(parsed.training[0]?.items.map((item) => [item.task, item.done, item.doneOn]), [
      ['Knapsack variants', true, '2026-10-01'],
      ['Edit distance', false, undefined],
    ]);
  });

  it('records the span of each entry so views can point at it', () => {
    const text = fixture('good', 'full.yaml');
    const parsed = parseJobSearch(text);
    const application = parsed.applications[0]!;
    assert.equal(text.slice(application.fields.company!.start, application.fields.company!.end), '1Password');
    assert.equal(text.slice(application.fields.status!.start, application.fields.status!.end), 'offer');
    const followUp = application.followUps[0]!;
    assert.equal(text.slice(followUp.fields.sent!.start, followUp.fields.sent!.end), '2026-09-21');
    assert.match(text.slice(followUp.span.start, followUp.span.end), /^\{kind: thank-you.*\}$/);
  });

  it('derives the status from the latest history entry when none is written', () => {
    const parsed = parseJobSearch(
      'applications:\n  - company: A\n    history:\n      - {date: 2026-10-05, status: screening}\n      - {date: 2026-10-01, status: applied}\n  - company: B\n',
    );
    assert.deepEqual(
      parsed.applications.map((application) => application.status),
      ['screening', 'wishlist'],
    );
  });

  it('treats empty values as absent, not as errors', () => {
    const parsed = parseJobSearch('profile:\napplications:\n  - company: A\n    role:\n    followUps:\n    reflections:\n      -\ntraining:\n');
    assert.deepEqual(parsed.problems, []);
    assert.equal(parsed.applications[0]?.role, undefined);
  });

  it('does not expand an alias bomb: nested lists are not text', () => {
    const levels = ['x-a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]'];
    for (let i = 1; i < 9; i++) {
      const name = String.fromCharCode(97 + i);
      levels.push(`x-${name}: &${name} [${Array(9).fill(`*${String.fromCharCode(96 + i)}`).join(', ')}]`);
    }
    const parsed = parseJobSearch(`${levels.join('\n')}\napplications:\n  - company: Acme\n    tags: *i\n`);
    assert.deepEqual(parsed.applications.map((application) => application.company), ['Acme']);
    // Nine aliases lead to the same list; it is wrong once, so it is reported once.
    assert.equal(parsed.problems.filter((problem) => problem.code === 'wrong-type').length, 1);
  });

  it('stops following aliases after a thousand uses and says so', () => {
    const uses = Array(1500).fill('  - *job').join('\n');
    const parsed = parseJobSearch(`x-job: &job {company: Acme}\napplications:\n${uses}\n`);
    assert.equal(parsed.applications.length, 999);
    const refused = parsed.problems.filter((problem) => problem.code === 'too-many-aliases');
    assert.equal(refused.length, 1);
    assert.equal(refused[0]?.range.start.line, 1001);
  });

  it('never throws on arbitrary text', () => {
    for (const text of ['\u0000\u0001', ':', '- - -', '{', 'applications: [', '"', 'applications:\n  - !!binary AAAA', '\uFEFFapplications: []']) {
      assert.doesNotThrow(() => parseJobSearch(text), text);
    }
  });
});
