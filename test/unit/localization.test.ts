import * as assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './support/fixtures';
import { placeholdersIn } from './support/manifest';

const readJson = (name: string): Record<string, string> => JSON.parse(readFileSync(join(ROOT, name), 'utf8')) as Record<string, string>;
const english = readJson('package.nls.json');
const bundles = readdirSync(ROOT).filter((name) => /^package\.nls\.[\w-]+\.json$/.test(name));

/** What must survive translation unchanged: command links, code spans and file names. */
function invariants(text: string): string[] {
  return [...text.matchAll(/\]\(([^)]*)\)|`[^`]*`|\*\.\w+|job-search\.yaml/g)].map((match) => match[1] ?? match[0]);
}

describe('localization of package.json', () => {
  const used = placeholdersIn(JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')));

  it('puts every user-visible string of package.json in package.nls.json', () => {
    assert.ok(used.size > 60, `only ${used.size} placeholders`);
    for (const key of used) assert.ok(key in english, `%${key}% has no English text`);
  });

  it('has no English text that package.json no longer uses', () => {
    assert.deepEqual(Object.keys(english).filter((key) => !used.has(key)), []);
  });

  it('ships at least one more language', () => {
    assert.ok(bundles.includes('package.nls.de.json'), bundles.join(', '));
  });

  for (const bundle of bundles) {
    describe(bundle, () => {
      const translated = readJson(bundle);

      it('translates every string, and nothing else', () => {
        assert.deepEqual(Object.keys(english).filter((key) => !translated[key]?.trim()), []);
        assert.deepEqual(Object.keys(translated).filter((key) => !(key in english)), []);
      });

      it('keeps command links, code and file names as they are', () => {
        for (const [key, text] of Object.entries(english)) assert.deepEqual(invariants(translated[key] ?? ''), invariants(text), key);
      });
    });
  }
});
