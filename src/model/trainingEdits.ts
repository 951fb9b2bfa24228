/** Plans the training-plan write-backs: tick or untick an item, add an item, add a gap to the plan. */
import * as l10n from '@vscode/l10n';
import { isScalar, type Document, type Node } from 'yaml';
import type { IsoDate, TrainingEntry, TrainingItem } from './jobSearch';
import type { ParsedJobSearch } from './parseJobSearch';
import { combinePlans, type Plan } from './planEdits';
import type { TextEdit } from './textEdit';
import { skillKey } from './trainingPlan';
import { appendToKey, appendTopLevel, mapAt, pairOf } from './yamlNodes';
import { listStyleOf } from './listStyle';
import { addToMap, formatScalar, removeFromMap, replaceScalar, type YamlValue } from './yamlEdits';

/** Names a training entry by skill, and optionally one of its items by position and task. */
export interface TrainingRef {
  readonly skill: string;
  readonly itemIndex?: number;
  readonly task?: string;
}

const goneError = (): string => l10n.t('That training entry is no longer in job-search.yaml; it may have been edited or removed.');
const aliasError = (): string => l10n.t('This training entry is written with a YAML alias; change it by hand.');

function findEntry(parsed: ParsedJobSearch, skill: string): TrainingEntry | undefined {
  return parsed.training.find((entry) => skillKey(entry.skill) === skillKey(skill));
}

function findItem(entry: TrainingEntry, ref: TrainingRef): TrainingItem | undefined {
  const atIndex = entry.items.find((item) => item.index === ref.itemIndex);
  if (atIndex && (ref.task === undefined || atIndex.task === ref.task)) return atIndex;
  return entry.items.find((item) => item.task === ref.task);
}

function trainingList(document: Document.Parsed): Node | null | undefined {
  return document.get('training', true) as Node | null | undefined;
}

/** Sets an item done (with today's date in `doneOn`) or not done (removing `doneOn`), as one change. */
export function planSetItemDone(parsed: ParsedJobSearch, text: string, ref: TrainingRef, done: boolean, today: IsoDate): Plan {
  const entry = findEntry(parsed, ref.skill);
  const item = entry && findItem(entry, ref);
  if (!entry || !item) return { error: goneError() };
  const entryNode = mapAt(trainingList(parsed.document), entry.span.start);
  const itemNode = entryNode && mapAt(pairOf(entryNode, 'items')?.value, item.span.start);
  if (!itemNode) return { error: aliasError() };
  const edits: TextEdit[] = [];
  const missing: [string, YamlValue][] = [];
  const set = (key: string, value: string | boolean): void => {
    const pair = pairOf(itemNode, key);
    if (pair && isScalar(pair.value)) edits.push(replaceScalar(pair.value, value));
    else missing.push([key, value]);
  };
  set('done', done);
  if (done) set('doneOn', today);
  else {
    const removal = removeFromMap(text, itemNode, 'doneOn');
    if (removal) edits.push(removal);
  }
  if (missing.length) edits.push(addToMap(text, itemNode, missing, listStyleOf(parsed.document)));
  return combinePlans({ edits });
}

/** Appends a checklist item to a training entry. */
export function planAddItem(parsed: ParsedJobSearch, text: string, skill: string, task: string): Plan {
  const entry = findEntry(parsed, skill);
  const entryNode = entry && mapAt(trainingList(parsed.document), entry.span.start);
  if (!entryNode) return { error: entry ? aliasError() : goneError() };
  return appendToKey(text, entryNode, 'items', [{ task, done: false }], listStyleOf(parsed.document));
}


/** What "Add to Training Plan" records. */
export interface NewGap {
  readonly skill: string;
  readonly source: string;
  readonly task?: string;
  readonly target?: IsoDate;
}

/**
 * Adds a gap to the plan: a new training entry, or, when the skill is already planned, its source (if new) and task.
 * Creates the top-level `training:` list when the file has none.
 */
export function planAddToTraining(parsed: ParsedJobSearch, text: string, gap: NewGap): Plan {
  const style = listStyleOf(parsed.document);
  const entry = findEntry(parsed, gap.skill);
  if (entry) {
    const entryNode = mapAt(trainingList(parsed.document), entry.span.start);
    if (!entryNode) return { error: aliasError() };
    const plans: Plan[] = [];
    if (!entry.sources.some((source) => source === gap.source)) {
      const sourcePair = pairOf(entryNode, 'source');
      if (!sourcePair) plans.push({ edits: [addToMap(text, entryNode, [['source', gap.source]], style)] });
      else if (isScalar(sourcePair.value)) {
        // One source becomes a list of two; a plain first value is re-quoted if a comma would split it in a list.
        const [start, end] = sourcePair.value.range!;
        const first = sourcePair.value.type === 'PLAIN' ? formatScalar(String(sourcePair.value.value)) : text.slice(start, end);
        plans.push({ edits: [{ start, end, newText: `[${first}, ${formatScalar(gap.source)}]` }] });
      } else plans.push(appendToKey(text, entryNode, 'source', [gap.source], style));
    }
    if (gap.task) plans.push(appendToKey(text, entryNode, 'items', [{ task: gap.task, done: false }], style));
    return combinePlans(...plans);
  }
  const newEntry: YamlValue = {
    skill: gap.skill,
    source: gap.source,
    target: gap.target,
    items: gap.task ? [{ task: gap.task, done: false }] : undefined,
  };
  return appendTopLevel(parsed.document, text, 'training', [newEntry], style);
}
