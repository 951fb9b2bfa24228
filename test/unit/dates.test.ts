import * as assert from 'node:assert/strict';
import { daysBetween, isCalendarDate, isTimeOfDay, toIsoDate } from '../../src/model/calendarDate';
import { describeAge, describeDue, describeUpcoming } from '../../src/model/relativeDates';

describe('calendar dates', () => {
  const cases: [string, boolean][] = [
    ['2026-10-15', true],
    ['2024-02-29', true],
    ['2025-02-29', false],
    ['2026-02-30', false],
    ['2026-04-31', false],
    ['2026-13-01', false],
    ['2026-00-10', false],
    ['2026-1-5', false],
    ['15.10.2026', false],
    ['2026-10-15T10:00', false],
  ];
  for (const [text, valid] of cases) {
    it(`${text} is ${valid ? '' : 'not '}a calendar date`, () => assert.equal(isCalendarDate(text), valid));
  }

  it('counts calendar days across month ends, leap days and DST changes', () => {
    assert.equal(daysBetween('2026-10-31', '2026-11-01'), 1);
    assert.equal(daysBetween('2024-02-28', '2024-03-01'), 2);
    assert.equal(daysBetween('2026-03-28', '2026-03-30'), 2);
    assert.equal(daysBetween('2026-11-01', '2026-10-25'), -7);
  });

  it('takes today from the local calendar day, whatever the time', () => {
    assert.equal(toIsoDate(new Date(2026, 10, 22, 0, 0, 1)), '2026-11-22');
    assert.equal(toIsoDate(new Date(2026, 10, 22, 23, 59, 59)), '2026-11-22');
  });

  it('accepts 24-hour times only', () => {
    assert.deepEqual(['09:30', '23:59', '24:00', '9:30', '12:60'].map(isTimeOfDay), [true, true, false, false, false]);
  });
});

describe('relative dates', () => {
  const due: [number, string][] = [
    [-3, '3 days overdue'],
    [-1, '1 day overdue'],
    [0, 'due today'],
    [1, 'due tomorrow'],
    [5, 'due in 5 days'],
  ];
  for (const [days, text] of due) it(`${days} days from today reads “${text}”`, () => assert.equal(describeDue(days), text));

  it('describes upcoming interviews', () => {
    assert.deepEqual([0, 1, 4, -2].map(describeUpcoming), ['today', 'tomorrow', 'in 4 days', '2 days ago']);
  });

  it('describes how long an application has been in its stage', () => {
    assert.equal(describeAge('2026-11-22', '2026-11-22'), 'today');
    assert.equal(describeAge('2026-11-21', '2026-11-22'), '1 day');
    assert.equal(describeAge('2026-11-10', '2026-11-22'), '12 days');
    assert.equal(describeAge('2026-09-01', '2026-11-22'), '2 months');
  });
});
