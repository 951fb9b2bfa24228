import * as assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { syntheticJobSearch } from '../../bench/syntheticJobSearch';
import { parseJobSearch } from '../../src/model/parseJobSearch';
import { problemsWithin } from '../../src/model/problem';

const bad = join(__dirname, '..', 'fixtures', 'bad');
/** The synthetic file with every fifth status misspelt, counted by status rather than by offset. */
function withTypos(text: string): string {
  let seen = 0;
  return text.replace(/status: (\w+)\n/g, (line, status: string) => (seen++ % 5 ? line : `status: ${status}x\n`));
}

const files: [string, string][] = [
  ...readdirSync(bad).map((name): [string, string] => [name, readFileSync(join(bad, name), 'utf8')]),
  ['synthetic, with a typo in every fifth status', withTypos(syntheticJobSearch(50))],
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
      if (name.startsWith('synthetic')) assert.ok(found >= 10, `only ${found} problems inside applications`);
    });
  }
});
