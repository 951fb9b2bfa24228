/** Plans the write-backs for staying resilient: weekly goals in the profile, a win of the user's own, a date to apply again. */
import * as l10n from '@vscode/l10n';
import { isMap, isScalar, type YAMLMap } from 'yaml';
import type { Application, IsoDate, WeeklyGoals } from './jobSearch';
import { listStyleOf } from './listStyle';
import type { ParsedJobSearch } from './parseJobSearch';
import { applicationNode, notFound, type Plan } from './planEdits';
import type { TextEdit } from './textEdit';
import { GOAL_KEYS } from './weeklyGoals';
import { addToMap, lineEnding, removeFromMap, replaceScalar, type YamlValue } from './yamlEdits';
import { appendTopLevel, isEmptyPair, pairOf } from './yamlNodes';

const notMapError = (key: string): string => l10n.t('“{0}” is not a mapping; fix it first.', key);
const aliasError = (): string => l10n.t('This entry is written with a YAML alias; change it by hand so the shared anchor stays as you meant it.');

/**
 * Sets `key: value` in `map` (replacing a value as written, keeping its quotes; filling a key written without one),
 * or removes the key for `null`; the edits go into `edits`, an error comes back.
 */
export function setField(text: string, map: YAMLMap, key: string, value: string | number | null, edits: TextEdit[], parsed: ParsedJobSearch): string | undefined {
  const pair = pairOf(map, key);
  if (value === null) {
    const removal = pair && removeFromMap(text, map, key);
    if (removal) edits.push(removal);
    return undefined;
  }
  if (pair && isScalar(pair.value)) edits.push(replaceScalar(pair.value, value));
  else if (pair && !isEmptyPair(pair)) return aliasError();
  else if (pair) edits.push({ start: pair.key.range![1], end: pairValueEnd(text, pair.key.range![1]), newText: `: ${value}` });
  else edits.push(addToMap(text, map, [[key, value]], listStyleOf(parsed.document)));
  return undefined;
}

/** The end of `key:` and the blanks after it, for a key written without a value. */
function pairValueEnd(text: string, keyEnd: number): number {
  const match = /^[ \t]*:[ \t]*/.exec(text.slice(keyEnd));
  return keyEnd + (match ? match[0].length : 0);
}

/**
 * Writes the weekly goals under `profile.goals`: each count set, each missing one removed. Creates `goals:` and
 * `profile:` when the file has none, `profile:` at the top where a profile usually sits.
 */
export function planSetGoals(parsed: ParsedJobSearch, text: string, goals: WeeklyGoals): Plan {
  const set = GOAL_KEYS.filter((key) => goals[key] !== undefined).map((key): [string, YamlValue] => [key, goals[key]!]);
  const root = parsed.document.contents;
  const eol = lineEnding(text);
  const block = (indent: string): string => [`${indent}goals:`, ...set.map(([key, value]) => `${indent}  ${key}: ${String(value)}`)].join(eol);
  if (!root || (isScalar(root) && root.value === null)) {
    if (!set.length) return { edits: [] };
    const gap = text && !text.endsWith('\n') ? eol : '';
    return { edits: [{ start: text.length, end: text.length, newText: `${gap}profile:${eol}${block('  ')}${eol}` }] };
  }
  if (!isMap(root)) return { error: l10n.t('job-search.yaml has no top-level mapping to add “{0}:” to; fix the problems first.', 'profile') };
  const profilePair = pairOf(root, 'profile');
  if (!profilePair) {
    if (!set.length) return { edits: [] };
    const firstKey = (root.items[0]?.key as { range?: [number, number, number] } | undefined)?.range?.[0] ?? 0;
    const lineStart = text.lastIndexOf('\n', firstKey - 1) + 1;
    return { edits: [{ start: lineStart, end: lineStart, newText: `profile:${eol}${block('  ')}${eol}` }] };
  }
  const profile = profilePair.value;
  if (isEmptyPair(profilePair)) {
    if (!set.length) return { edits: [] };
    const at = pairValueEnd(text, profilePair.key.range![1]);
    return { edits: [{ start: at, end: at, newText: `${eol}${block('  ')}` }] };
  }
  if (!isMap(profile)) return { error: notMapError('profile') };
  const goalsPair = pairOf(profile, 'goals');
  if (!goalsPair || isEmptyPair(goalsPair)) {
    const edits: TextEdit[] = [];
    if (goalsPair) {
      const removal = removeFromMap(text, profile, 'goals');
      if (removal) edits.push(removal);
    }
    if (set.length) edits.push(addToMap(text, profile, [['goals', Object.fromEntries(set)]], listStyleOf(parsed.document)));
    return { edits };
  }
  const node = goalsPair.value;
  if (!isMap(node)) return { error: notMapError('goals') };
  const edits: TextEdit[] = [];
  for (const key of GOAL_KEYS) {
    const error = setField(text, node, key, goals[key] ?? null, edits, parsed);
    if (error) return { error };
  }
  // Nothing left under `goals:` would leave an empty mapping; remove the key instead.
  if (!set.length) {
    const removal = removeFromMap(text, profile, 'goals');
    return { edits: removal ? [removal] : [] };
  }
  return { edits };
}

/** A win to add by hand. */
export interface NewWin {
  readonly date: IsoDate;
  readonly text: string;
  readonly application?: string;
}

/** Appends a win to `wins`, creating the list when the file has none. */
export function planAddWin(parsed: ParsedJobSearch, text: string, win: NewWin): Plan {
  const entry: YamlValue = { date: win.date, text: win.text.trim(), ...(win.application ? { application: win.application } : {}) };
  return appendTopLevel(parsed.document, text, 'wins', [entry], listStyleOf(parsed.document));
}

/** Sets the date to apply to the application's company again, or removes it for `null`. */
export function planSetReapply(parsed: ParsedJobSearch, text: string, application: Application, date: IsoDate | null): Plan {
  const node = applicationNode(parsed, application);
  if (!node) return { error: notFound(parsed) };
  const edits: TextEdit[] = [];
  const error = setField(text, node, 'reapply', date, edits, parsed);
  return error ? { error } : { edits };
}

/** Writes `posting: <path>` on the application, replacing a path already there. */
export function planSetPosting(parsed: ParsedJobSearch, text: string, application: Application, path: string): Plan {
  const node = applicationNode(parsed, application);
  if (!node) return { error: notFound(parsed) };
  const edits: TextEdit[] = [];
  const error = setField(text, node, 'posting', path, edits, parsed);
  return error ? { error } : { edits };
}
