/** Reads one field's value by its kind (text, date, link, list, …), with a located problem for every value it rejects. */
import * as l10n from '@vscode/l10n';
import { isMap, isScalar, isSeq, type Node, type YAMLMap } from 'yaml';
import { closestMatch } from './closestMatch';
import { isCalendarDate, isTimeOfDay, looksLikeDate } from './calendarDate';
import type { Span } from './problem';
import { spanOf, type ReadContext } from './readContext';
import { isSafeLink } from './safeLink';

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
  | { readonly kind: 'entries'; readonly item: EntityReader<unknown>; readonly fromText: (text: string, span: Span) => unknown; readonly example: string }
  | { readonly kind: 'map'; readonly read: EntityReader<unknown> };

/** Whether a node is missing or an explicit null (`key:` with nothing after it). */
export function isNull(node: Node | undefined): boolean {
  return !node || (isScalar(node) && node.value === null);
}

/** A short description of what a node is, for "should be text, not a list" messages. */
function describe(node: Node): string {
  if (isMap(node)) return l10n.t('a mapping');
  if (isSeq(node)) return l10n.t('a list');
  if (isScalar(node)) {
    if (typeof node.value === 'number') return l10n.t('the number {0}', String(node.value));
    if (typeof node.value === 'boolean') return l10n.t('“{0}”', String(node.value));
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

/** Reads the value of field `key` as its type says, reporting why when it cannot. */
export function readValue(node: Node, field: FieldType, ctx: ReadContext, key: string): unknown {
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
    case 'entries': {
      // One text (the older shape), one mapping, or a list of either.
      const one = (item: Node, index: number): unknown => {
        const text = scalarText(item, ctx);
        if (text !== undefined) return text.trim() ? field.fromText(text, spanOf(item)) : undefined;
        if (isMap(item)) return field.item(item, ctx, index);
        ctx.report(spanOf(item), 'error', 'wrong-type', l10n.t('Each entry of “{0}” should be text or a mapping like “- {1}”, not {2}.', key, field.example, describe(item)));
        return undefined;
      };
      if (!isSeq(node)) return [one(node, 0)].filter((value) => value !== undefined);
      return node.items.flatMap((item, index) => {
        const resolved = ctx.deref(item as Node);
        if (!resolved || isNull(resolved)) return [];
        const value = one(resolved, index);
        return value === undefined ? [] : [value];
      });
    }
    case 'map':
      return isMap(node) ? field.read(node, ctx, 0) : wrong(l10n.t('a mapping of fields'));
  }
}
