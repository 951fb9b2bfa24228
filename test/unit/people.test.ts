import * as assert from 'node:assert/strict';
import { parseJobSearch } from '../../src/model/parseJobSearch';
import { fixesFor } from '../../src/model/problemFixes';
import { applyEdits } from './support/applyEdits';
import { located } from './support/fixtures';
import { PEOPLE_FILE as FILE } from './support/peopleFile';


describe('people across the search', () => {
  it('reads people, their touches, and contacts that name a person, with no problem', () => {
    const parsed = parseJobSearch(FILE);
    assert.deepEqual(parsed.problems.map(located), []);
    assert.deepEqual(
      parsed.people.map((person) => [person.name, person.company, person.next, person.touches.map((touch) => `${touch.date} ${touch.kind} ${touch.application ?? '-'}`)]),
      [
        ['Jordan Park', 'Umbrella Health', '2026-12-01', ['2026-10-02 coffee -', '2026-11-10 referral-asked Umbrella Health / Staff Engineer']],
        ['Sam Ortiz', 'Acme Corp', undefined, []],
      ],
    );
    // A contact that names a person takes the person's name; a follow-up may go to anyone listed under people.
    assert.deepEqual(parsed.applications[0]!.contacts.map((contact) => [contact.name, contact.person]), [['Jordan Park', 'Jordan Park'], ['Riley Chen', undefined]]);
  });

  const problems: [string, string, string, string][] = [
    ['a contact naming nobody in people, with the closest name', 'person: Jordan Park}', 'person: Jordan Parks}', '5:17-5:29 warning unknown-person'],
    ['a person listed twice', '  - name: Sam Ortiz\n', '  - name: Jordan park\n  - name: Sam Ortiz\n', '21:10-21:21 warning duplicate-person'],
    ['touches out of date order', '{date: 2026-10-02, kind: coffee}', '{date: 2026-11-12, kind: coffee}', '20:15-20:25 warning touch-order'],
    ['a touch about an application the file does not have', 'application: Umbrella Health / Staff Engineer', 'application: Umbrela Health', '20:62-20:76 warning unknown-application'],
    ['a contact with neither a name nor a person', '      - {name: Riley Chen, role: Recruiter}', '      - {role: Recruiter}', '6:9-6:13 error missing-field'],
    ['an unknown touch kind', 'kind: coffee', 'kind: cofee', '19:33-19:38 error unknown-value'],
  ];
  for (const [name, from, to, expected] of problems) {
    it(`reports ${name} where it is written`, () => {
      assert.ok(FILE.includes(from), from);
      const parsed = parseJobSearch(FILE.replace(from, to));
      assert.deepEqual(parsed.problems.map(located), [expected]);
    });
  }

  it('offers the closest person as a Quick Fix, quoted when the name needs it', () => {
    const text = FILE.replace('{person: Jordan Park}', '{person: "Lee, Jo"}').replace('  - name: Sam Ortiz\n', '  - name: Sam Ortiz\n  - name: "Lee, Joe"\n');
    const parsed = parseJobSearch(text);
    const problem = parsed.problems.find((candidate) => candidate.code === 'unknown-person')!;
    assert.ok(problem);
    const [fix] = fixesFor(parsed, text, problem);
    assert.equal(fix?.title, 'Change to Lee, Joe');
    const fixed = applyEdits(text, fix!.edits);
    assert.ok(fixed.includes('{person: "Lee, Joe"}'), fixed);
    assert.deepEqual(parseJobSearch(fixed).problems.filter((candidate) => candidate.code === 'unknown-person'), []);
  });

  it('leaves a file without people exactly as it read before', () => {
    const before = 'applications:\n  - company: Acme\n    contacts: [{name: Jamie Lee}]\n    followUps: [{kind: thank-you, contact: Jamie Lee}]\n';
    const parsed = parseJobSearch(before);
    assert.deepEqual(parsed.people, []);
    assert.deepEqual(parsed.problems, []);
    assert.deepEqual(parsed.applications[0]!.contacts.map((contact) => contact.name), ['Jamie Lee']);
  });
});
