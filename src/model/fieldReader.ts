/** Reads typed fields out of YAML mappings, table-driven, recording a located problem for every value it rejects. */
import * as l10n from '@vscode/l10n';
import { isAlias, isMap, isPair, isScalar, isSeq, type Node, type Pair, type YAMLMap } from 'yaml';
import { closestMatch } from './closestMatch';
import { entityNoun, type Entity } from './entityNoun';
import type { Span } from './problem';
import { headSpan, spanOf, type ReadContext } from './readContext';
import { isNull, readValue, type EntityReader, type FieldType } from './readValue';

/** A field and whether the entry is incomplete without it. */
export type FieldSpec = FieldType & { readonly required?: boolean };

/** The fields an entity may have, by key. */
export type Spec = Readonly<Record<string, FieldSpec>>;

type ValueOf<F> = F extends { kind: 'enum'; values: readonly (infer V)[] }
  ? V
  : F extends { kind: 'strings' }
    ? string[]
    : F extends { kind: 'integer' }
      ? number
      : F extends { kind: 'boolean' }
        ? boolean
        : F extends { kind: 'list' | 'entries'; item: EntityReader<infer T> }
          ? T[]
          : F extends { kind: 'map'; read: EntityReader<infer T> }
            ? T
            : string;

/** The checked values of a mapping, and where each one was written. */
export interface ReadResult<S extends Spec> {
  readonly values: { -readonly [K in keyof S]?: ValueOf<S[K]> };
  readonly spans: Partial<Record<keyof S & string, Span>>;
}

/** Reads every field of `map` that `spec` knows, reporting unknown keys, wrong types and missing required fields. */
export function readFields<S extends Spec>(map: YAMLMap, spec: S, ctx: ReadContext, entity: Entity): ReadResult<S> {
  const values: Record<string, unknown> = {};
  const spans: Record<string, Span> = {};
  for (const pair of mergedPairs(map, ctx)) {
    const keyNode = pair.key as Node | null;
    if (!isScalar(keyNode) || typeof keyNode.value !== 'string') {
      if (keyNode) ctx.report(spanOf(keyNode), 'error', 'wrong-type', l10n.t('Field names in {0} must be plain words.', entityNoun(entity)));
      continue;
    }
    const key = keyNode.value;
    const field = Object.hasOwn(spec, key) ? spec[key] : undefined;
    if (!field) {
      if (!key.startsWith('x-')) reportUnknownField(keyNode, key, Object.keys(spec), ctx, entity);
      continue;
    }
    const valueNode = ctx.deref(pair.value as Node | null);
    if (!valueNode || isNull(valueNode)) continue;
    const value = readValue(valueNode, field, ctx, key);
    if (value !== undefined) {
      values[key] = value;
      // An alias's target may sit elsewhere in the file; point at the key that uses it.
      spans[key] = isAlias(pair.value) ? spanOf(keyNode) : spanOf(valueNode);
    }
  }
  for (const [key, field] of Object.entries(spec)) {
    if (field.required && !(key in values) && !hasKey(map, key, ctx)) {
      ctx.report(headSpan(map), 'error', 'missing-field', l10n.t('This {0} has no “{1}”; add one.', entityNoun(entity), key));
    }
  }
  return { values, spans } as ReadResult<S>;
}

function hasKey(map: YAMLMap, key: string, ctx: ReadContext): boolean {
  return mergedPairs(map, ctx).some((pair) => isScalar(pair.key) && pair.key.value === key && !isNull(ctx.deref(pair.value as Node)));
}

/** The pairs of a mapping with YAML merge keys (`<<: *defaults`) expanded; explicit keys win over merged ones. */
function mergedPairs(map: YAMLMap, ctx: ReadContext): Pair[] {
  const items = map.items as Pair[];
  if (!items.some(isMergePair)) return items;
  const result = items.filter((pair) => !isMergePair(pair));
  const seen = new Set(result.map((pair) => (isScalar(pair.key) ? pair.key.value : pair)));
  for (const pair of items.filter(isMergePair)) {
    const value = pair.value as Node;
    for (const source of isSeq(value) ? (value.items as Node[]) : [value]) {
      const target = ctx.deref(source);
      if (!isMap(target)) {
        ctx.report(spanOf(source), 'error', 'wrong-type', l10n.t('A merge key (“<<”) must point at a mapping, such as “<<: *defaults”.'));
        continue;
      }
      for (const inherited of target.items as Pair[]) {
        const key = isScalar(inherited.key) ? inherited.key.value : inherited;
        if (!seen.has(key)) {
          seen.add(key);
          result.push(inherited);
        }
      }
    }
  }
  return result;
}

function isMergePair(pair: unknown): boolean {
  return isPair(pair) && isScalar(pair.key) && pair.key.value === '<<' && pair.key.type === 'PLAIN';
}

function reportUnknownField(keyNode: Node, key: string, known: string[], ctx: ReadContext, entity: Entity): void {
  const guess = closestMatch(key, known);
  const hint = guess ? l10n.t('Did you mean “{0}”?', guess) : l10n.t('Known fields: {0}. Start custom fields with “x-”.', known.join(', '));
  ctx.report(spanOf(keyNode), 'warning', 'unknown-field', `${l10n.t('Unknown field “{0}” in {1}.', key, entityNoun(entity))} ${hint}`, undefined, guess);
}
