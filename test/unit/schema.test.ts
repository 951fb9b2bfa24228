import * as assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv from 'ajv';
import { parse } from 'yaml';
import { FIELD_TABLES } from '../../src/model/fieldTables';
import type { FieldSpec } from '../../src/model/fieldReader';
import { fixture, ROOT, sampleText } from './support/fixtures';

interface JsonSchema {
  properties?: Record<string, JsonSchema>;
  required?: string[];
  definitions?: Record<string, JsonSchema>;
  enum?: string[];
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
  reflection: 'reflection',
  training: 'training',
  trainingItem: 'trainingItem',
};

function definition(name: string | undefined): JsonSchema {
  return name ? schema.definitions![name]! : schema;
}

function resolve(node: JsonSchema): JsonSchema {
  return node.$ref ? definition(node.$ref.replace('#/definitions/', '')) : node;
}

describe('JSON Schema', () => {
  it('accepts the sample and every good fixture', () => {
    const files = [sampleText(), ...readdirSync(join(ROOT, 'test', 'fixtures', 'good')).map((name) => fixture('good', name))];
    for (const text of files) assert.ok(validate(parse(text, { merge: true })), JSON.stringify(validate.errors));
  });

  it('rejects the bad fixtures that break types, enums or required fields', () => {
    for (const name of ['wrong-types.yaml', 'unknown-values.yaml', 'missing-fields.yaml', 'bad-links.yaml', 'impossible-dates.yaml']) {
      assert.equal(validate(parse(fixture('bad', name))), false, name);
    }
  });

  for (const [table, fields] of Object.entries(FIELD_TABLES) as [keyof typeof FIELD_TABLES, Record<string, FieldSpec>][]) {
    it(`describes the same ${table} fields as the model`, () => {
      const node = definition(DEFINITION_OF[table]);
      assert.deepEqual(Object.keys(node.properties!).sort(), Object.keys(fields).sort());
      const required = Object.entries(fields)
        .filter(([, field]) => field.required)
        .map(([key]) => key);
      assert.deepEqual((node.required ?? []).sort(), required.sort());
      for (const [key, field] of Object.entries(fields)) {
        if (field.kind === 'enum') assert.deepEqual(resolve(node.properties![key]!).enum, [...field.values], `${table}.${key}`);
      }
    });
  }
});
