import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { syntheticJobSearch } from '../../bench/syntheticJobSearch';
import { layoutOf, parseJobSearch, type ParsedJobSearch } from '../../src/model/parseJobSearch';
import { reparseIncrementally, reparseJobSearch } from '../../src/model/reparseJobSearch';

const root = join(__dirname, '..', '..');
const BASES: Record<string, string> = {
  sample: readFileSync(join(root, 'sample', 'job-search.yaml'), 'utf8'),
  synthetic: syntheticJobSearch(8, 7),
  crlf: syntheticJobSearch(6, 3).replace(/\n/g, '\r\n'),
  'compact list': 'applications:\n- company: A\n  role: B\n- company: C\n  interviews: [{date: 2026-10-01}]\ntraining:\n- skill: X\n  items:\n  - {task: T, done: false}\n',
};

/** What a parse means to its users: the model, its problems and its line index. */
function meaning(parsed: ParsedJobSearch): unknown {
  return { profile: parsed.profile, applications: parsed.applications, training: parsed.training, problems: parsed.problems, lines: parsed.lineCounter.lineStarts };
}

/** Text people type into a job-search.yaml, heavy on what YAML treats specially. */
const typed = fc.oneof(
  fc.string({ unit: fc.constantFrom('a', 'Z', '1', ' ', ':', '-', '#', '"', "'", '[', ']', '{', '}', ',', '&', '*', '|', '>', '!', '%', '@', '\t', '\n', '\r\n', 'é', '😀'), maxLength: 12 }),
  fc.constantFrom('\n    role: Staff Engineer', '\n  - company: Initech', '\n    notes: |\n      line one\n      line two', ' # a comment', '\n    status: rejectd', '\n    interviews:\n      - {date: 2026-02-30}', 'x-custom: 1', '\n', '  ', '- '),
);

/** A place in the text as a fraction of its length (fc.double would crowd around 0 and 1). */
const position = fc.integer({ min: 0, max: 1_000_000 }).map((n) => n / 1_000_000);

/** An edit: where (as a fraction of the text), how much to remove, what to insert, and whether to snap to a line end. */
const edit = fc.oneof(
  // Typing or deleting at the end of a line, as people mostly do; these keep the file valid more often than not.
  {
    weight: 4,
    arbitrary: fc.record({ at: position, remove: fc.nat({ max: 3 }), insert: fc.string({ unit: fc.constantFrom('a', 'Z', '1', ' ', '-', 'é'), maxLength: 4 }), atLineEnd: fc.constant(true) }),
  },
  fc.record({ at: position, remove: fc.nat({ max: 30 }), insert: typed, atLineEnd: fc.boolean() }),
);

function applyEdit(text: string, { at, remove, insert, atLineEnd }: { at: number; remove: number; insert: string; atLineEnd: boolean }): string {
  let start = Math.min(text.length, Math.floor(at * text.length));
  if (atLineEnd) {
    const end = text.indexOf('\n', start);
    start = Math.max(0, (end < 0 ? text.length : end - (text[end - 1] === '\r' ? 1 : 0)) - remove);
  }
  return text.slice(0, start) + insert + text.slice(Math.min(text.length, start + remove));
}

describe('re-parsing after an edit', function () {
  // Every case compares against full parses of the edited text, thousands of them.
  this.timeout(60_000);

  for (const [name, base] of Object.entries(BASES)) {
    it(`gives exactly what a full parse gives, over random edit sequences (${name})`, () => {
      let incremental = 0;
      let total = 0;
      fc.assert(
        fc.property(fc.array(edit, { minLength: 1, maxLength: 6 }), (edits) => {
          let text = base;
          let parsed = parseJobSearch(text);
          for (const change of edits) {
            text = applyEdit(text, change);
            const quick = reparseIncrementally(parsed, text);
            total++;
            if (quick) incremental++;
            parsed = reparseJobSearch(parsed, text);
            const full = parseJobSearch(text);
            assert.deepEqual(meaning(parsed), meaning(full));
            // Write-backs are planned on the document: it must be the new text's.
            assert.deepEqual(parsed.document.contents?.range, full.document.contents?.range);
          }
        }),
        { numRuns: 100, seed: 20261122 },
      );
      // The property would hold trivially if every edit fell back to a full parse.
      assert.ok(incremental > total / 20, `only ${incremental} of ${total} edits were re-read incrementally`);
    });

    it(`re-reads one entry for most typing into values, with the same result (${name})`, () => {
      const values = [...base.matchAll(/: /g)].map((match) => match.index + 2).filter((offset) => offset > base.indexOf('applications:'));
      let incremental = 0;
      fc.assert(
        fc.property(fc.nat({ max: values.length - 1 }), fc.string({ unit: fc.constantFrom('a', 'Q', '7', ' ', 'ü'), minLength: 1, maxLength: 5 }), (which, letters) => {
          const at = values[which]!;
          const text = base.slice(0, at) + letters + base.slice(at);
          const quick = reparseIncrementally(parseJobSearch(base), text);
          if (quick) incremental++;
          assert.deepEqual(meaning(reparseJobSearch(parseJobSearch(base), text)), meaning(parseJobSearch(text)));
          if (quick) assert.deepEqual(meaning(quick), meaning(parseJobSearch(text)));
        }),
        { numRuns: 100, seed: 20261122 },
      );
      assert.ok(incremental > 50, `only ${incremental} of 100 typing edits were re-read incrementally`);
    });
  }

  const cases: [string, (text: string) => string, boolean][] = [
    ['typing in a role', (text) => text.replace('role: Senior Backend Engineer', 'role: Senior Backend Engineers'), true],
    ['ticking a training item', (text) => text.replace('done: false', 'done: true'), true],
    ['adding a line inside an application', (text) => text.replace('    role: Platform Engineer\n', '    role: Platform Engineer\n    location: Remote\n'), true],
    ['editing the profile', (text) => text.replace('name: Alex Doe', 'name: Alex Doe-Smith'), false],
    ['joining two applications', (text) => text.replace(/\n\n {2}- company: Globex/, ' Globex'), false],
    ['an unclosed quote', (text) => text.replace('role: Platform Engineer', 'role: "Platform Engineer'), false],
    ['an alias', (text) => text.replace('role: Platform Engineer', 'role: *other'), false],
    ['a dedented line', (text) => text.replace('    role: Platform Engineer', 'role: Platform Engineer'), false],
  ];
  for (const [name, change, quick] of cases) {
    it(`${quick ? 're-reads one entry' : 'parses in full'} for ${name}`, () => {
      const before = parseJobSearch(BASES.sample!);
      const text = change(BASES.sample!);
      assert.notEqual(text, BASES.sample, 'the edit changed nothing');
      assert.equal(reparseIncrementally(before, text) !== undefined, quick);
      assert.deepEqual(meaning(reparseJobSearch(before, text)), meaning(parseJobSearch(text)));
    });
  }

  it('keeps positions right in later entries and the problems after the edit', () => {
    const text = `${BASES.synthetic!}\n`.replace('\ntraining:', '\ntraining:\n  - skill: typo\n    target: 2026-13-01');
    const before = parseJobSearch(text);
    const edited = text.replace('role: ', 'role: Lead ');
    const after = reparseIncrementally(before, edited);
    assert.ok(after, 'expected an incremental re-parse');
    const problem = after.problems.find((entry) => entry.code === 'invalid-date')!;
    assert.equal(edited.slice(problem.span.start, problem.span.end), '2026-13-01');
    assert.equal(edited.split('\n')[problem.range.start.line]!.trim(), 'target: 2026-13-01');
  });

  it('does not change the previous parse', () => {
    const before = parseJobSearch(BASES.synthetic!);
    const snapshot = JSON.stringify(meaning(before));
    reparseJobSearch(before, BASES.synthetic!.replace('role: ', 'role: Lead '));
    assert.equal(JSON.stringify(meaning(before)), snapshot);
  });

  it('keeps no layout for files it cannot re-read in parts', () => {
    for (const text of ['applications: [{company: A}]', 'applications:\n  - &a {company: A}\n  - *a\n', 'applications:\n  - company: "A\n', '- company: A\n']) {
      assert.equal(layoutOf(parseJobSearch(text))?.lists.applications, undefined, text);
    }
  });
});
