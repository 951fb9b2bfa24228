import * as assert from 'node:assert/strict';
import { completeLink } from '../../src/model/completeLink';

describe('completing a typed link', () => {
  const cases: [string, string | undefined][] = [
    ['https://acme.example/jobs/1', 'https://acme.example/jobs/1'],
    ['  http://acme.example ', 'http://acme.example'],
    ['mailto:jamie@acme.example', 'mailto:jamie@acme.example'],
    ['acme.example/jobs/1', 'https://acme.example/jobs/1'],
    ['www.acme.example', 'https://www.acme.example'],
    ['jobs.acme.example:8443/apply?id=3#top', 'https://jobs.acme.example:8443/apply?id=3#top'],
    ['javascript:alert(1)', undefined],
    ['command:workbench.action.openSettings', undefined],
    ['file:///etc/passwd', undefined],
    ['not a link', undefined],
    ['acme', undefined],
    ['acme.example/with space', undefined],
  ];
  for (const [typed, expected] of cases) it(`${JSON.stringify(typed)} → ${expected ?? 'refused'}`, () => assert.equal(completeLink(typed), expected));
});
