import * as assert from 'node:assert/strict';
import { fitsMessage } from '../../src/model/messageFits';
import type { Status } from '../../src/model/vocabulary';
import type { FollowUpKind } from '../../src/model/vocabulary';

describe('which applications a draft picker offers', () => {
  const cases: [FollowUpKind, Status | undefined, boolean][] = [
    ['feedback-request', 'wishlist', false],
    ['thank-you', 'wishlist', false],
    ['keep-in-touch', 'wishlist', false],
    ['check-in', 'wishlist', false],
    ['referral-request', 'wishlist', true],
    ['connection-note', 'wishlist', true],
    ['feedback-request', 'rejected', true],
    ['thank-you', 'interviewing', true],
    ['check-in', 'applied', true],
    ['feedback-request', undefined, true],
  ];
  for (const [kind, status, fits] of cases) it(`${kind} ${fits ? 'offers' : 'leaves out'} a ${status ?? 'stage-less'} application`, () => assert.equal(fitsMessage({ status }, kind), fits));
});
