import * as assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv from 'ajv';
import { parseDocument } from 'yaml';
import { FIELD_TABLES } from '../../src/model/fieldTables';
import type { FieldSpec } from '../../src/model/fieldReader';
import { fixture, ROOT, sampleText } from './support/fixtures';

interface JsonSchema {
  properties?: Record<string, JsonSchema>;
  required?: string[];
  definitions?: Record<string, JsonSchema>;
  enum?: string[];
  anyOf?: JsonSchema[];
  $ref?: string;
  items?: JsonSchema;
}

const schema = JSON.parse(readFileSync(join(ROOT, 'schemas', 'job-search.schema.json'), 'utf8')) as JsonSchema;
const validate = new Ajv({ allErrors: true, strict: false }).compile(schema);

/** Which schema definition describes each field table. */
const DEFINITION_OF: Record<keyof typeof FIELD_TABLES, string | undefined> = {
  top: undefined,
  profile: 'profile',
  application: 'application',
  history: 'history',
  contact: 'contact',
  interview: 'interview',
  followUp: 'followUp',
  feedback: 'feedback',
  reflection: 'reflection',
  training: 'training',
  trainingItem: 'trainingItem',
  person: 'person',
  touch: 'touch',
  goals: 'goals',
  win: 'win',
  story: 'story',
};

function definition(name: string | undefined): JsonSchema {
  return name ? schema.definitions![name]! : schema;
}

function resolve(node: JsonSchema): JsonSchema {
  return node.$ref ? definition(node.$ref.replace('#/definitions/', '')) : node;
}

describe('JSON Schema', () => {
  // The extension reports every problem itself, on the right line; a schema that rejected too would say it twice.
  it('accepts the sample, every good fixture and every bad one that is valid YAML', () => {
    const files = [
      ['sample', sampleText()],
      ...readdirSync(join(ROOT, 'test', 'fixtures', 'good')).map((name) => [name, fixture('good', name)]),
      ...readdirSync(join(ROOT, 'test', 'fixtures', 'bad')).map((name) => [name, fixture('bad', name)]),
    ];
    let checked = 0;
    for (const [name, text] of files) {
      const document = parseDocument(text!, { merge: true, uniqueKeys: false });
      // What cannot become data at all (syntax errors, an alias without its anchor) no schema sees either.
      let data: unknown;
      try {
        if (document.errors.length) continue;
        data = document.toJS({ maxAliasCount: -1 });
      } catch {
        continue;
      }
      checked++;
      assert.ok(validate(data), `${name}: ${JSON.stringify(validate.errors)}`);
    }
    assert.ok(checked > 30, `only ${checked} files checked`);
  });

  it('requires nothing, which the extension reports with its own words', () => {
    const requiring = [schema, ...Object.values(schema.definitions!)].filter((node) => node.required?.length);
    assert.deepEqual(requiring, []);
  });

  for (const [table, fields] of Object.entries(FIELD_TABLES) as [keyof typeof FIELD_TABLES, Record<string, FieldSpec>][]) {
    it(`describes the same ${table} fields as the model`, () => {
      const node = definition(DEFINITION_OF[table]);
      assert.deepEqual(Object.keys(node.properties!).sort(), Object.keys(fields).sort());
      for (const [key, field] of Object.entries(fields)) {
        // Offered for completion, with an empty alternative that accepts anything else.
        if (field.kind === 'enum') assert.deepEqual(resolve(node.properties![key]!).anyOf, [{ enum: [...field.values] }, {}], `${table}.${key}`);
      }
    });
  }
});
