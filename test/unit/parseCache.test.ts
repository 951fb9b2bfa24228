import * as assert from 'node:assert/strict';
import { ParseCache } from '../../src/model/parseCache';
import { parseJobSearch } from '../../src/model/parseJobSearch';

const ONE = 'applications:\n  - company: Acme\n    status: applied\n';
const TWO = `${ONE}  - company: Globex\n    status: screening\n`;
const companies = (parsed: ReturnType<typeof parseJobSearch>): string[] => parsed.applications.map((application) => application.company);

describe('ParseCache', () => {
  it('parses a version once, however often it is asked for, and never reads the text again', () => {
    const cache = new ParseCache();
    let reads = 0;
    const text = (): string => (reads++, ONE);
    const first = cache.get('a', 1, text);
    assert.equal(cache.get('a', 1, text), first, 'the same parse object');
    assert.equal(cache.get('a', 1, text), first);
    assert.deepEqual([reads, cache.parses], [1, 1]);
  });

  it('parses a new version, starting from the one before, with the same result as a parse from scratch', () => {
    const cache = new ParseCache();
    cache.get('a', 1, () => ONE);
    const second = cache.get('a', 2, () => TWO);
    assert.equal(cache.parses, 2);
    assert.deepEqual(companies(second), ['Acme', 'Globex']);
    assert.deepEqual(second.problems, parseJobSearch(TWO).problems);
  });

  it('keeps files apart by key', () => {
    const cache = new ParseCache();
    cache.get('a', 1, () => ONE);
    cache.get('b', 1, () => TWO);
    assert.deepEqual(companies(cache.latest('a')!), ['Acme']);
    assert.deepEqual(companies(cache.latest('b')!), ['Acme', 'Globex']);
  });

  it('puts text read from disk under its own version, replacing what was there', () => {
    const cache = new ParseCache();
    cache.get('a', 3, () => ONE);
    cache.put('a', -1, TWO);
    assert.deepEqual(companies(cache.latest('a')!), ['Acme', 'Globex']);
    // The editor's version 3 is no longer what the cache holds, so asking for it parses again.
    cache.get('a', 3, () => ONE);
    assert.equal(cache.parses, 3);
  });

  it('forgets a deleted key, and parses it from scratch when it comes back', () => {
    const cache = new ParseCache();
    cache.get('a', 1, () => ONE);
    cache.delete('a');
    assert.equal(cache.latest('a'), undefined);
    assert.deepEqual(companies(cache.get('a', 1, () => TWO)), ['Acme', 'Globex']);
  });
});
