/** Quick Fixes for the problems the extension can mend: a "Did you mean", history out of date order, a contradicted status. */
import { formatScalar } from './yamlEdits';
import * as l10n from '@vscode/l10n';
import { isMap, isScalar, isSeq, type Node, type YAMLMap } from 'yaml';
import type { Application } from './jobSearch';
import type { ParsedJobSearch } from './parseJobSearch';
import type { Problem } from './problem';
import type { TextEdit } from './textEdit';
import { STATUS_LABELS } from './vocabulary';
import { lineEnding, replaceScalar } from './yamlEdits';
import { pairOf } from './yamlNodes';

/** A fix: its title in the light bulb menu, and the edits that make it. */
export interface ProblemFix {
  readonly title: string;
  readonly edits: readonly TextEdit[];
  /** The fix to apply when there is one obvious way to mend the problem. */
  readonly preferred: boolean;
}

/** The fixes for `problem` in the file `text` as `parsed` read it; none when there is no safe mechanical fix. */
export function fixesFor(parsed: ParsedJobSearch, text: string, problem: Problem): ProblemFix[] {
  if ((problem.code === 'unknown-field' || problem.code === 'unknown-value') && problem.suggestion) {
    return [{ title: l10n.t('Change to {0}', problem.suggestion), edits: [{ start: problem.span.start, end: problem.span.end, newText: problem.suggestion }], preferred: true }];
  }
  if ((problem.code === 'unknown-person' || problem.code === 'unknown-application') && problem.suggestion) {
    // A name may need quotes where a keyword never does ("Lee, Jo" inside braces).
    return [{ title: l10n.t('Change to {0}', problem.suggestion), edits: [{ start: problem.span.start, end: problem.span.end, newText: formatScalar(problem.suggestion) }], preferred: true }];
  }
  const application = parsed.applications.find((candidate) => candidate.span.start <= problem.span.start && problem.span.end <= candidate.span.end);
  const node = application && applicationNode(parsed, application);
  if (!application || !node) return [];
  if (problem.code === 'history-order') {
    const edit = sortHistory(text, node);
    return edit ? [{ title: l10n.t('Put the history of {0} in date order', application.company), edits: [edit], preferred: true }] : [];
  }
  if (problem.code === 'status-mismatch') {
    const latest = application.history.filter((entry) => entry.date && entry.status).reduce<Application['history'][number] | undefined>((best, entry) => (!best || entry.date! >= best.date! ? entry : best), undefined);
    const status = pairOf(node, 'status')?.value;
    if (!latest?.status || !isScalar(status)) return [];
    return [{ title: l10n.t('Set the status to {0}, as the history says', STATUS_LABELS[latest.status]), edits: [replaceScalar(status, latest.status)], preferred: true }];
  }
  return [];
}

function applicationNode(parsed: ParsedJobSearch, application: Application): YAMLMap | undefined {
  const list = parsed.document.get('applications', true);
  return isSeq(list) ? list.items.find((item): item is YAMLMap => isMap(item) && item.range?.[0] === application.span.start) : undefined;
}

/**
 * Re-orders the history's entries by date, keeping each entry's own text (and a comment on its line). Entries
 * without a date stay where they are relative to each other, after the dated ones before them.
 */
function sortHistory(text: string, node: YAMLMap): TextEdit | undefined {
  const history = pairOf(node, 'history')?.value;
  if (!isSeq(history) || !history.items.length) return undefined;
  const items = history.items as Node[];
  if (items.some((item) => !item.range)) return undefined;
  const dateOf = (item: Node): string => {
    const date = isMap(item) ? item.get('date') : undefined;
    return typeof date === 'string' ? date : '';
  };
  const order = items.map((item, index) => ({ item, index })).sort((a, b) => (dateOf(a.item) && dateOf(b.item) && dateOf(a.item) !== dateOf(b.item) ? (dateOf(a.item) < dateOf(b.item) ? -1 : 1) : a.index - b.index));
  if (history.flow) {
    const pieces = items.map((item) => text.slice(item.range![0], item.range![1]));
    const start = items[0]!.range![0];
    const end = items.at(-1)!.range![1];
    const separators = items.slice(1).map((item, index) => text.slice(items[index]!.range![1], item.range![0]));
    return { start, end, newText: order.map(({ index }, position) => (position ? (separators[position - 1] ?? ', ') : '') + (pieces[index] ?? '')).join('') };
  }
  // Block list: each entry is the lines from its dash to the end of its last line.
  const eol = lineEnding(text);
  const lineStart = (offset: number): number => text.lastIndexOf('\n', offset - 1) + 1;
  const lineEnd = (offset: number): number => {
    const newline = text.indexOf('\n', offset);
    return newline < 0 ? text.length : newline;
  };
  const blocks = items.map((item) => {
    const from = lineStart(text.lastIndexOf('-', item.range![0]));
    const to = lineEnd(Math.max(item.range![0], item.range![1] - 1));
    return text.slice(from, to).replace(/\r$/, '');
  });
  const start = lineStart(text.lastIndexOf('-', items[0]!.range![0]));
  const lastEnd = lineEnd(Math.max(items.at(-1)!.range![0], items.at(-1)!.range![1] - 1));
  const end = text[lastEnd - 1] === '\r' ? lastEnd - 1 : lastEnd;
  // Comments between entries would lose their place in a re-ordered list; leave such a history to the user.
  const between = items.slice(1).map((item, index) => text.slice(lineEnd(Math.max(items[index]!.range![0], items[index]!.range![1] - 1)), lineStart(text.lastIndexOf('-', item.range![0]))));
  if (between.some((gap) => gap.trim() !== '')) return undefined;
  return { start, end, newText: order.map(({ index }) => blocks[index]).join(eol) };
}
