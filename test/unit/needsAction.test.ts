import * as assert from 'node:assert/strict';
import { needsAction } from '../../src/model/needsAction';
import { parseJobSearch } from '../../src/model/parseJobSearch';
import { groupByStage, stageSince } from '../../src/model/pipeline';
import { summarizeAction } from '../../src/model/summaries';
import { sampleText } from './support/fixtures';

const TODAY = '2026-11-22';

describe('needsAction', () => {
  const sample = parseJobSearch(sampleText());

  it('lists unsent follow-ups due by the look-ahead and upcoming interviews, most overdue first', () => {
    const items = needsAction(sample, TODAY, 2).map((item) => {
      const summary = summarizeAction(item);
      return `${summary.label} | ${summary.description}`;
    });
    assert.deepEqual(items, [
      'Thank-you note | 3 days overdue · Globex',
      'Final round | in 2 days · 15:00 · Globex · no prep note yet',
      'Status check-in | due in 2 days · Initech',
    ]);
  });

  it('leaves out sent follow-ups, past interviews and what lies beyond the look-ahead', () => {
    const kinds = needsAction(sample, TODAY, 0).map((item) => (item.kind === 'followUp' ? item.followUp.kind : item.kind === 'interview' ? item.interview.kind : item.kind === 'person' ? item.person.name : item.kind));
    assert.deepEqual(kinds, ['thank-you']);
  });

  it('turns from "due tomorrow" to "due today" at midnight', () => {
    const text = 'applications:\n  - company: A\n    followUps:\n      - {kind: check-in, due: 2026-11-23}\n';
    const parsed = parseJobSearch(text);
    assert.equal(summarizeAction(needsAction(parsed, '2026-11-22', 1)[0]!).description, 'due tomorrow · A');
    assert.equal(summarizeAction(needsAction(parsed, '2026-11-23', 1)[0]!).description, 'due today · A');
    assert.equal(summarizeAction(needsAction(parsed, '2026-11-24', 1)[0]!).description, '1 day overdue · A');
  });
});

describe('groupByStage', () => {
  it('groups in pipeline order, newest stage change first, unknown statuses last', () => {
    const parsed = parseJobSearch(
      [
        'applications:',
        '  - {company: Old, status: applied, history: [{date: 2026-10-01, status: applied}]}',
        '  - {company: Broken, status: nope}',
        '  - {company: New, status: applied, history: [{date: 2026-11-01, status: applied}]}',
        '  - {company: Gone, status: rejected}',
        '  - {company: Dream}',
      ].join('\n'),
    );
    const groups = groupByStage(parsed).map((group) => [group.status ?? 'unknown', group.applications.map((application) => application.company)]);
    assert.deepEqual(groups, [
      ['wishlist', ['Dream']],
      ['applied', ['New', 'Old']],
      ['rejected', ['Gone']],
      ['unknown', ['Broken']],
    ]);
  });

  it('dates the stage from the latest history entry with that status', () => {
    const parsed = parseJobSearch(sampleText());
    assert.deepEqual(parsed.applications.map(stageSince), ['2026-10-20', '2026-11-12', '2026-11-10', undefined]);
  });
});
