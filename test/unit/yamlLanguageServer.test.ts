import * as assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { getLanguageService, type LanguageService } from 'yaml-language-server';
import { fixture, ROOT, sampleText } from './support/fixtures';

/**
 * Red Hat's YAML extension validates job-search.yaml against the schema package.json contributes. Its language server,
 * run here as the extension runs it, must leave the problems to this extension and still help while typing.
 */
describe('the schema in the YAML language server (Red Hat YAML)', () => {
  const SCHEMA_URI = 'file:///schemas/job-search.schema.json';
  const schemaText = readFileSync(join(ROOT, 'schemas', 'job-search.schema.json'), 'utf8');
  let service: LanguageService;
  let opened = 0;
  // Each text gets its own uri: the server caches parses by uri and version.
  const open = (text: string): TextDocument => TextDocument.create(`file:///workspace${opened++}/job-search.yaml`, 'yaml', 1, text);

  before(() => {
    service = getLanguageService({
      schemaRequestService: async (uri: string) => (uri === SCHEMA_URI ? schemaText : Promise.reject(new Error(`no schema at ${uri}`))),
      workspaceContext: { resolveRelativePath: (relative: string) => relative },
    });
    service.configure({ validate: true, completion: true, hover: true, schemas: [{ uri: SCHEMA_URI, fileMatch: ['*/job-search.yaml'] }] });
  });

  it('reports nothing from the schema on the sample or on any fixture, good or bad', async () => {
    const files = [
      ['sample', sampleText()],
      ...readdirSync(join(ROOT, 'test', 'fixtures', 'good')).map((name) => [name, fixture('good', name)]),
      ...readdirSync(join(ROOT, 'test', 'fixtures', 'bad')).map((name) => [name, fixture('bad', name)]),
    ];
    const fromSchema: string[] = [];
    for (const [name, text] of files) {
      // Its own YAML syntax errors (source "YAML") it reports for any file; what the schema adds is the duplicate.
      const diagnostics = (await service.doValidation(open(text!), false)).filter((diagnostic) => diagnostic.source !== 'YAML');
      fromSchema.push(...diagnostics.map((diagnostic) => `${name}:${diagnostic.range.start.line + 1} ${diagnostic.message}`));
    }
    assert.deepEqual(fromSchema, []);
    assert.ok(files.length > 40);
  });

  for (const [what, text, line, character, expected] of [
    ['statuses', 'applications:\n  - company: Acme\n    status: \n', 2, 12, ['wishlist', 'applied', 'screening', 'interviewing', 'offer', 'accepted', 'rejected', 'withdrawn', 'ghosted']],
    ['follow-up kinds', 'applications:\n  - company: Acme\n    followUps:\n      - kind: \n', 3, 14, ['thank-you', 'rejection-reply', 'feedback-request', 'keep-in-touch', 'referral-request', 'connection-note', 'check-in', 'other']],
    ['interview kinds', 'applications:\n  - company: Acme\n    interviews:\n      - kind: \n', 3, 14, ['screening', 'recruiter', 'hiring-manager', 'technical', 'coding', 'system-design', 'behavioral', 'take-home', 'pair-programming', 'onsite', 'panel', 'final', 'other']],
  ] as const) {
    it(`offers the ${what} as values, and nothing else`, async () => {
      const completion = await service.doComplete(open(text), { line, character }, false);
      assert.deepEqual(completion.items.map((item) => item.label), [...expected]);
    });
  }

  it('completes a field as `key: ` and a list as `key:` with its first entry', async () => {
    const top = await service.doComplete(open('\n'), { line: 0, character: 0 }, false);
    assert.deepEqual(Object.fromEntries(top.items.map((item) => [item.label, item.insertText])), { profile: 'profile:\n  ', applications: 'applications:\n  - ', training: 'training:\n  - ', people: 'people:\n  - ', wins: 'wins:\n  - ', stories: 'stories:\n  - ' });
    const inside = await service.doComplete(open('applications:\n  - company: Acme\n    \n'), { line: 2, character: 4 }, false);
    const inserted = Object.fromEntries(inside.items.map((item) => [item.label, item.insertText]));
    assert.equal(inserted.role, 'role: ');
    assert.equal(inserted.followUps, 'followUps:\n  - ');
    assert.ok(!('company' in inserted), 'a field already written is not offered again');
  });

  it('explains a field on hover, with the values it takes', async () => {
    const hover = await service.doHover(open('applications:\n  - company: Acme\n    status: applied\n'), { line: 2, character: 6 });
    const text = typeof hover?.contents === 'object' && 'value' in hover.contents ? hover.contents.value : '';
    assert.match(text, /The application's stage\./);
    assert.match(text, /`ghosted`/);
  });
});
