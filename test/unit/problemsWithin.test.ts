import * as assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { syntheticJobSearch } from '../../bench/syntheticJobSearch';
import { parseJobSearch } from '../../src/model/parseJobSearch';
import { problemsWithin } from '../../src/model/problem';

const bad = join(__dirname, '..', 'fixtures', 'bad');
const files: [string, string][] = [
  ...readdirSync(bad).map((name): [string, string] => [name, readFileSync(join(bad, name), 'utf8')]),
  ['synthetic, with a typo in every fifth role', syntheticJobSearch(50).replace(/status: (\w+)\n/g, (line, status: string, at: number) => (at % 5 ? line : `status: ${status}x\n`))],
];

describe('problems inside an entry', () => {
  for (const [name, text] of files) {
    it(`finds exactly the problems a full scan finds (${name})`, () => {
      const parsed = parseJobSearch(text);
      let found = 0;
      for (const application of parsed.applications) {
        const scanned = parsed.problems.filter((problem) => problem.span.start >= application.span.start && problem.span.end <= application.span.end);
        assert.deepEqual(problemsWithin(parsed.problems, application.span), scanned, application.company);
        found += scanned.length;
      }
      if (name.startsWith('synthetic')) assert.ok(found >= 5, `only ${found} problems inside applications`);
    });
  }
});
