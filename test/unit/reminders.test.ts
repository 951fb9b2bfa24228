import * as assert from 'node:assert/strict';
import { toIsoDate } from '../../src/model/calendarDate';
import { needsAction } from '../../src/model/needsAction';
import { parseJobSearch } from '../../src/model/parseJobSearch';
import { shouldRemind, type ReminderState } from '../../src/model/reminderPolicy';

describe('startup reminder', () => {
  const cases: [string, ReminderState, number, boolean, boolean][] = [
    ['reminds when something is overdue', {}, 2, true, true],
    ['stays quiet when nothing is overdue', {}, 0, true, false],
    ['stays quiet when turned off', {}, 2, false, false],
    ['reminds at most once a day', { lastShown: '2026-11-22' }, 2, true, false],
    ['reminds again the next day', { lastShown: '2026-11-21' }, 2, true, true],
    ['stays quiet while snoozed', { lastShown: '2026-11-20', snoozedUntil: '2026-11-23' }, 2, true, false],
    ['reminds on the day the snooze ends', { lastShown: '2026-11-20', snoozedUntil: '2026-11-22' }, 2, true, true],
  ];
  for (const [name, state, overdue, enabled, expected] of cases) {
    it(name, () => assert.equal(shouldRemind(state, '2026-11-22', overdue, enabled), expected));
  }
});

describe('due and overdue around midnight, weekends and time zones', () => {
  const parsed = parseJobSearch('applications:\n  - company: A\n    followUps: [{kind: thank-you, due: 2026-11-23}]\n');
  const days = (now: Date): number | undefined => needsAction(parsed, toIsoDate(now), 7)[0]?.days;

  it('is due tomorrow until midnight, then due today, whatever the hour', () => {
    assert.equal(days(new Date(2026, 10, 22, 23, 59, 59)), 1);
    assert.equal(days(new Date(2026, 10, 23, 0, 0, 0)), 0);
    assert.equal(days(new Date(2026, 10, 23, 23, 59, 59)), 0);
    assert.equal(days(new Date(2026, 10, 24, 0, 0, 1)), -1);
  });

  it('counts weekend days like any other: a Monday follow-up is 2 days away on Saturday', () => {
    assert.equal(days(new Date(2026, 10, 21, 12)), 2);
  });

  it("uses the local calendar day, not UTC's", () => {
    const saved = process.env.TZ;
    try {
      // 2026-11-22 23:30 UTC is already the 23rd in Auckland and still the 22nd in Los Angeles.
      const instant = Date.UTC(2026, 10, 22, 23, 30);
      process.env.TZ = 'Pacific/Auckland';
      assert.equal(toIsoDate(new Date(instant)), '2026-11-23');
      assert.equal(days(new Date(instant)), 0);
      process.env.TZ = 'America/Los_Angeles';
      assert.equal(toIsoDate(new Date(instant)), '2026-11-22');
      assert.equal(days(new Date(instant)), 1);
    } finally {
      if (saved === undefined) delete process.env.TZ;
      else process.env.TZ = saved;
    }
  });
});
