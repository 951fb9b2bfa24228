import * as assert from 'node:assert/strict';
import { moveExampleDates } from '../../src/model/exampleDates';
import { needsAction } from '../../src/model/needsAction';
import { parseJobSearch } from '../../src/model/parseJobSearch';
import { planAddApplication } from '../../src/model/planEdits';
import { starterFile } from '../../src/model/starterFile';
import { applyEdits } from './support/applyEdits';
import { sampleText } from './support/fixtures';

const TODAY = '2026-11-30';

describe('the starter file', () => {
  const text = starterFile(TODAY);
  const parsed = parseJobSearch(text);

  it('is the user’s own: no applications, no one else’s name, nothing due, no problems', () => {
    assert.deepEqual(parsed.problems, []);
    assert.equal(parsed.applications.length, 0);
    assert.equal(parsed.profile?.name, undefined);
    assert.deepEqual(needsAction(parsed, TODAY, 2), []);
    assert.doesNotMatch(text, /Alex|Acme|Globex|Initech/);
  });

  it('has a profile to fill in, and one commented example dated a week ago', () => {
    assert.match(text, /^profile:\n {2}name:\n {2}email:\n {2}signature:\n/m);
    assert.equal(text.match(/^# {3}- company:/gm)?.length, 1);
    assert.match(text, /^# {7}- date: 2026-11-23$/m);
    assert.match(text, /Job Search: Open the Example/);
  });

  it('takes a first application without a problem, under applications:', () => {
    const plan = planAddApplication(parsed, text, { company: 'Hooli', status: 'applied', date: '2026-11-23' });
    assert.ok('edits' in plan);
    const after = parseJobSearch(applyEdits(text, plan.edits));
    assert.deepEqual(after.problems, []);
    assert.deepEqual(after.applications.map((application) => [application.company, application.status, application.history[0]?.date]), [['Hooli', 'applied', '2026-11-23']]);
  });

  it('keeps every line within 80 columns', () => {
    assert.deepEqual(text.split('\n').filter((line) => line.length > 80), []);
  });

  it('uses the line ending it is given', () => {
    assert.ok(!starterFile(TODAY, '\r\n').replace(/\r\n/g, '').includes('\n'));
  });
});

describe('the example, dated to today', () => {
  it('keeps the distance of every date from today', () => {
    const moved = moveExampleDates(sampleText(), '2026-11-30');
    // The sample reads as 2026-11-22; eight days later every date moves by eight days.
    assert.match(moved, /\{date: 2026-10-09, status: applied\}/);
    assert.doesNotMatch(moved, /\{date: 2026-10-01, status: applied\}/);
    assert.deepEqual(parseJobSearch(moved).problems, []);
    assert.equal(moveExampleDates(sampleText(), '2026-11-22'), sampleText());
  });
});
