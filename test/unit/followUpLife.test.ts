import * as assert from 'node:assert/strict';
import { dateText } from '../../src/model/dateText';
import { followUpState } from '../../src/model/followUpState';
import { lensPlan } from '../../src/model/lensPlan';
import { needsAction } from '../../src/model/needsAction';
import { parseJobSearch } from '../../src/model/parseJobSearch';
import { summarizeFollowUp } from '../../src/model/summaries';

const TODAY = '2026-11-22';

/** One application whose follow-ups are in every state a follow-up can be in. */
const FILE = `applications:
  - company: Acme
    status: rejected
    followUps:
      - {kind: thank-you, due: 2026-11-20}
      - {kind: feedback-request, due: 2026-11-18, sent: 2026-11-18}
      - {kind: referral-request, due: 2026-10-01, sent: 2026-10-01}
      - {kind: check-in, due: 2026-11-10, sent: 2026-11-11, replied: 2026-11-14, reply: Still open; more news next week}
      - {kind: keep-in-touch, due: 2026-11-21, skipped: 2026-11-21, skipReason: said it on the call}
      - {kind: thank-you, due: 2026-11-01, sent: 2026-11-01}
`;

describe('a follow-up after it is written', () => {
  const parsed = parseJobSearch(FILE);
  const followUps = parsed.applications[0]!.followUps;
  const dates = dateText(TODAY);

  it('reads the new fields with no problem', () => {
    assert.deepEqual(parsed.problems, []);
    assert.deepEqual([followUps[3]!.replied, followUps[3]!.reply, followUps[4]!.skipped, followUps[4]!.skipReason], ['2026-11-14', 'Still open; more news next week', '2026-11-21', 'said it on the call']);
  });

  it('is to send, awaiting a reply, answered or skipped', () => {
    assert.deepEqual(followUps.map(followUpState), ['to-send', 'awaiting-reply', 'awaiting-reply', 'replied', 'skipped', 'awaiting-reply']);
  });

  it('reads in the tree as where it stands; only a request waits for an answer, and only for two weeks', () => {
    assert.deepEqual(
      followUps.map((followUp) => summarizeFollowUp(followUp, dates).description),
      ['2 days overdue', 'awaiting reply, 4 days', 'sent last month', 'replied 2 weeks ago', 'skipped', 'sent 3 weeks ago'],
    );
    assert.ok(summarizeFollowUp(followUps[3]!, dates).details.includes('Reply: Still open; more news next week'));
    assert.ok(summarizeFollowUp(followUps[4]!, dates).details.some((line) => line.includes('said it on the call')));
  });

  it('asks for action only while it is to send: skipped and answered ones are never due', () => {
    assert.deepEqual(
      needsAction(parsed, TODAY, 2).map((item) => (item.kind === 'followUp' ? item.followUp.kind : '')),
      ['thank-you'],
    );
  });

  it('offers Draft, Mark sent, Skip and Reschedule while to send, Reply received while sent, nothing once answered or skipped', () => {
    const lensesOn = (index: number): string[] =>
      lensPlan(parsed)
        .filter((lens) => lens.span.start === followUps[index]!.span.start)
        .map((lens) => lens.action.type);
    assert.deepEqual(lensesOn(0), ['draft', 'markSent', 'skip', 'reschedule']);
    assert.deepEqual(lensesOn(1), ['replyReceived']);
    assert.deepEqual(lensesOn(3), []);
    assert.deepEqual(lensesOn(4), []);
  });

  it('flags a reply dated before its message was sent, on the reply date', () => {
    const mistyped = parseJobSearch(FILE.replace('replied: 2026-11-14', 'replied: 2026-11-04'));
    const problem = mistyped.problems.find((candidate) => candidate.code === 'reply-before-sent');
    assert.ok(problem, mistyped.problems.map((candidate) => candidate.message).join('\n'));
    assert.equal(FILE.replace('replied: 2026-11-14', 'replied: 2026-11-04').slice(problem.span.start, problem.span.end), '2026-11-04');
  });
});
