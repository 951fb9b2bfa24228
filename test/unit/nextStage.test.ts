import * as assert from 'node:assert/strict';
import { nextStage } from '../../src/model/nextStage';
import type { Status } from '../../src/model/vocabulary';

describe('the stage a picker highlights', () => {
  const cases: [Status | undefined, Status][] = [
    [undefined, 'applied'],
    ['wishlist', 'applied'],
    ['applied', 'screening'],
    ['screening', 'interviewing'],
    ['interviewing', 'offer'],
    ['offer', 'accepted'],
    ['accepted', 'accepted'],
    ['rejected', 'rejected'],
    ['withdrawn', 'withdrawn'],
    ['ghosted', 'ghosted'],
  ];
  for (const [current, expected] of cases) it(`${current ?? 'a new application'} → ${expected}`, () => assert.equal(nextStage(current), expected));
});
