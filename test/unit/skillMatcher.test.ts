import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { skillMatcher } from '../../src/model/skillMatcher';

/** What the matcher must agree with: a whole-word regular expression per key. */
function byPattern(keys: readonly string[], text: string): Set<string> {
  const escape = (key: string): string => key.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new Set(keys.filter((key) => key && new RegExp(`(^|\\W)${escape(key)}($|\\W)`).test(text)));
}

describe('naming skills in feedback', () => {
  const cases: [string, string[], string, string[]][] = [
    ['a two-word skill', ['system design'], 'weak on system design overall', ['system design']],
    ['not inside a longer word', ['sql'], 'nosql and mysql only', []],
    ['next to punctuation', ['c++', 'go'], 'good c++, some go.', ['c++', 'go']],
    ['a key starting with punctuation', ['.net'], 'more .net please', ['.net']],
    ['several keys sharing a first word', ['system design', 'system programming'], 'system programming was fine', ['system programming']],
    ['at the very start and end', ['caching'], 'caching', ['caching']],
  ];
  for (const [name, keys, text, expected] of cases) {
    it(name, () => assert.deepEqual([...skillMatcher(keys)(text)].sort(), expected.sort()));
  }

  it('finds exactly what whole-word patterns find, for random keys and texts', () => {
    const alphabet = fc.constantFrom('a', 'b', 's', ' ', '-', '.', '+', '_', '1', 'é');
    const word = fc.string({ unit: alphabet, minLength: 1, maxLength: 5 });
    fc.assert(
      fc.property(fc.array(word, { maxLength: 8 }), fc.string({ unit: alphabet, maxLength: 40 }), (keys, text) => {
        assert.deepEqual(skillMatcher(keys)(text), byPattern(keys, text));
      }),
      { numRuns: 2000, seed: 20261122 },
    );
  });
});
