/** Reads typed fields out of YAML nodes, table-driven, recording a located problem for every value it rejects. */
import * as l10n from '@vscode/l10n';
import { isAlias, isMap, isPair, isScalar, isSeq, type Alias, type LineCounter, type Node, type Pair, type YAMLMap } from 'yaml';
import { closestMatch } from './closestMatch';
import { isCalendarDate, isTimeOfDay, looksLikeDate } from './calendarDate';
import type { Problem, ProblemCode, RelatedLocation, Severity, Span, Range } from './problem';

/** How many aliases one file may expand; far above any hand-written file, far below an alias bomb. */
const ALIAS_BUDGET = 1000;

/** Shared state of one parse: where problems go and how offsets become lines. */
export class ReadContext {
  readonly problems: Problem[] = [];
  private aliasesLeft = ALIAS_BUDGET;
  /** Problems already reported, so a value reached through many aliases is reported once. */
  private readonly reported = new Set<string>();

  constructor(
    readonly text: string,
    private readonly lineCounter: LineCounter,
    private readonly resolveAlias: (alias: Alias) => Node | undefined,
  ) {}

  /** Records a problem at `span`. */
  report(span: Span, severity: Severity, code: ProblemCode, message: string, related?: RelatedLocation[], suggestion?: string): void {
    const key = `${span.start}:${span.end}:${code}:${message}`;
    if (this.reported.has(key)) return;
    this.reported.add(key);
    this.problems.push({ code, severity, message, span, range: this.range(span), ...(related ? { related } : {}), ...(suggestion ? { suggestion } : {}) });
  }

  /** The line/column range of `span`. */
  range(span: Span): Range {
    return { start: this.position(span.start), end: this.position(span.end) };
  }

  /** Follows aliases to the node they name, refusing once the file has used up its alias budget. */
  deref(node: Node | null | undefined): Node | undefined {
    if (!node || !isAlias(node)) return node ?? undefined;
    if (this.aliasesLeft <= 0) return undefined;
    if (--this.aliasesLeft === 0) {
      this.report(spanOf(node), 'error', 'too-many-aliases', l10n.t('This file uses more than {0} aliases; the rest are ignored.', ALIAS_BUDGET));
      return undefined;
    }
    const target = this.resolveAlias(node);
    if (!target) this.report(spanOf(node), 'error', 'unknown-alias', l10n.t('There is no anchor “&{0}” before this alias; define it above, or write the value here.', node.source));
    return target && isAlias(target) ? undefined : target;
  }

  private position(offset: number): { line: number; character: number } {
    const { line, col } = this.lineCounter.linePos(offset);
    return { line: line - 1, character: col - 1 };
  }
}

/** The span a node covers, without trailing comments. */
export function spanOf(node: Node | Pair): Span {
  if (isPair(node)) {
    const key = node.key as Node | null;
    const value = node.value as Node | null;
    const start = key?.range?.[0] ?? value?.range?.[0] ?? 0;
    return { start, end: value?.range?.[1] ?? key?.range?.[1] ?? start };
  }
  const range = node.range ?? [0, 0, 0];
  return { start: range[0], end: range[1] };
}

/** The span of a mapping's first line, where "this entry" problems are shown without underlining the whole entry. */
export function headSpan(map: YAMLMap): Span {
  const first = map.items[0];
  if (first && isScalar(first.key) && first.key.range) return spanOf(first.key);
  return spanOf(map);
}

/** A reader for one nested mapping, such as a contact inside an application. */
export type EntityReader<T> = (map: YAMLMap, ctx: ReadContext, index: number) => T | undefined;

/** What a field holds and how to check it. */
export type FieldType =
  | { readonly kind: 'string' }
  | { readonly kind: 'date' }
  | { readonly kind: 'time' }
  | { readonly kind: 'link' }
  | { readonly kind: 'boolean' }
  | { readonly kind: 'strings' }
  | { readonly kind: 'integer'; readonly min: number; readonly max: number }
  | { readonly kind: 'enum'; readonly values: readonly string[]; readonly noun: () => string }
  | { readonly kind: 'list'; readonly item: EntityReader<unknown>; readonly example: string }
  | { readonly kind: 'map'; readonly read: EntityReader<unknown> };

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
        : F extends { kind: 'list'; item: EntityReader<infer T> }
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

function isNull(node: Node | undefined): boolean {
  return !node || (isScalar(node) && node.value === null);
}

function reportUnknownField(keyNode: Node, key: string, known: string[], ctx: ReadContext, entity: Entity): void {
  const guess = closestMatch(key, known);
  const hint = guess ? l10n.t('Did you mean “{0}”?', guess) : l10n.t('Known fields: {0}. Start custom fields with “x-”.', known.join(', '));
  ctx.report(spanOf(keyNode), 'warning', 'unknown-field', `${l10n.t('Unknown field “{0}” in {1}.', key, entityNoun(entity))} ${hint}`, undefined, guess);
}

/** A short description of what a node is, for "should be text, not a list" messages. */
function describe(node: Node): string {
  if (isMap(node)) return l10n.t('a mapping');
  if (isSeq(node)) return l10n.t('a list');
  if (isScalar(node)) {
    if (typeof node.value === 'number') return l10n.t('the number {0}', String(node.value));
    if (typeof node.value === 'boolean') return `\`${String(node.value)}\``;
    if (typeof node.value === 'string') return l10n.t('“{0}”', node.value.length > 40 ? `${node.value.slice(0, 40)}…` : node.value);
  }
  return l10n.t('something else');
}

/** The text of a scalar as written, so `salary: 120000` or `company: 1Password` read as the user typed them. */
function scalarText(node: Node, ctx: ReadContext): string | undefined {
  if (!isScalar(node)) return undefined;
  if (typeof node.value === 'string') return node.value;
  if (typeof node.value === 'number' || typeof node.value === 'boolean') {
    const span = spanOf(node);
    return node.type === 'PLAIN' ? ctx.text.slice(span.start, span.end) : String(node.value);
  }
  return undefined;
}

function readValue(node: Node, field: FieldType, ctx: ReadContext, key: string): unknown {
  const span = spanOf(node);
  const wrong = (expected: string): undefined => {
    ctx.report(span, 'error', 'wrong-type', l10n.t('“{0}” should be {1}, not {2}.', key, expected, describe(node)));
    return undefined;
  };
  switch (field.kind) {
    case 'string':
      return scalarText(node, ctx) ?? wrong(l10n.t('text'));
    case 'date': {
      const text = isScalar(node) && typeof node.value === 'string' ? node.value : undefined;
      if (text === undefined) return wrong(l10n.t('a date like {0}', '2026-10-15'));
      if (isCalendarDate(text)) return text;
      const message = looksLikeDate(text)
        ? l10n.t('{0} is not a real calendar date.', text)
        : l10n.t('“{0}” should be a date written YYYY-MM-DD, like 2026-10-15, not “{1}”.', key, text);
      ctx.report(span, 'error', 'invalid-date', message);
      return undefined;
    }
    case 'time': {
      const text = scalarText(node, ctx);
      if (text === undefined) return wrong(l10n.t('a time like {0}', '14:30'));
      if (isTimeOfDay(text)) return text;
      ctx.report(span, 'error', 'invalid-time', l10n.t('“{0}” should be a 24-hour time like 14:30, not “{1}”.', key, text));
      return undefined;
    }
    case 'link': {
      const text = isScalar(node) && typeof node.value === 'string' ? node.value : undefined;
      if (text === undefined) return wrong(l10n.t('a link'));
      if (isSafeLink(text)) return text;
      ctx.report(span, 'warning', 'invalid-link', l10n.t('“{0}” should be a full link starting with https://, http:// or mailto:.', key));
      return undefined;
    }
    case 'boolean':
      return isScalar(node) && typeof node.value === 'boolean' ? node.value : wrong(l10n.t('“true” or “false”'));
    case 'integer': {
      if (!isScalar(node) || typeof node.value !== 'number' || !Number.isInteger(node.value)) {
        return wrong(l10n.t('a whole number from {0} to {1}', field.min, field.max));
      }
      if (node.value < field.min || node.value > field.max) {
        ctx.report(span, 'error', 'out-of-range', l10n.t('“{0}” should be from {1} to {2}, not {3}.', key, field.min, field.max, node.value));
        return undefined;
      }
      return node.value;
    }
    case 'enum': {
      const text = isScalar(node) && typeof node.value === 'string' ? node.value : undefined;
      if (text !== undefined && field.values.includes(text)) return text;
      if (text === undefined) return wrong(l10n.t('one of {0}', field.values.join(', ')));
      const guess = closestMatch(text, field.values);
      const known = l10n.t('“{0}” is not a known {1}.', text, field.noun());
      const choices = l10n.t('Use one of: {0}.', field.values.join(', '));
      ctx.report(span, 'error', 'unknown-value', [known, guess && l10n.t('Did you mean “{0}”?', guess), choices].filter(Boolean).join(' '), undefined, guess);
      return undefined;
    }
    case 'strings': {
      if (isScalar(node)) return [scalarText(node, ctx) ?? ''].filter(Boolean);
      if (!isSeq(node)) return wrong(l10n.t('a list of text'));
      const out: string[] = [];
      for (const item of node.items as Node[]) {
        const resolved = ctx.deref(item);
        const text = resolved && scalarText(resolved, ctx);
        if (text !== undefined && text !== '') out.push(text);
        else if (resolved && !isNull(resolved)) ctx.report(spanOf(resolved), 'error', 'wrong-type', l10n.t('Each entry of “{0}” should be text, not {1}.', key, describe(resolved)));
      }
      return out;
    }
    case 'list': {
      if (!isSeq(node)) return wrong(l10n.t('a list of entries (“- {0}”)', field.example));
      const out: unknown[] = [];
      node.items.forEach((item, index) => {
        const resolved = ctx.deref(item as Node);
        if (isNull(resolved)) return;
        if (!isMap(resolved)) {
          ctx.report(spanOf(resolved!), 'error', 'not-a-mapping', l10n.t('Each entry of “{0}” should be a mapping like “- {1}”, not {2}.', key, field.example, describe(resolved!)));
          return;
        }
        const value = field.item(resolved, ctx, index);
        if (value !== undefined) out.push(value);
      });
      return out;
    }
    case 'map':
      return isMap(node) ? field.read(node, ctx, 0) : wrong(l10n.t('a mapping of fields'));
  }
}

/** Whether a link from the file may be opened: only web and mail links, never `command:` or `javascript:`. */
export function isSafeLink(text: string): boolean {
  try {
    const url = new URL(text);
    return ['https:', 'http:', 'mailto:'].includes(url.protocol) && !/\s/.test(text);
  } catch {
    return false;
  }
}

/** The kinds of entry job-search.yaml holds, as problem messages name them. */
export type Entity = 'file' | 'history' | 'contact' | 'interview' | 'followUp' | 'reflection' | 'application' | 'trainingItem' | 'training' | 'profile';

/** How problem messages name an entity, in the display language. */
function entityNoun(entity: Entity): string {
  switch (entity) {
    case 'file':
      return l10n.t('the file');
    case 'history':
      return l10n.t('history entry');
    case 'contact':
      return l10n.t('contact');
    case 'interview':
      return l10n.t({ message: 'interview', comment: ['inside a sentence'] });
    case 'followUp':
      return l10n.t('follow-up');
    case 'reflection':
      return l10n.t('reflection');
    case 'application':
      return l10n.t('application');
    case 'trainingItem':
      return l10n.t('training item');
    case 'training':
      return l10n.t('training entry');
    case 'profile':
      return l10n.t('profile');
  }
}
