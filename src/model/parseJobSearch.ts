/** Parses the text of a `job-search.yaml` into the typed model plus problems, never throwing on bad input. */
import * as l10n from '@vscode/l10n';
import { isMap, isScalar, LineCounter, parseDocument, type Document, type Node } from 'yaml';
import { entryLayout, lineCounterOf, type EntryLayout } from './entryLayout';
import { readFields } from './fieldReader';
import { TOP_LEVEL } from './fieldTables';
import type { JobSearch } from './jobSearch';
import { PARSE_OPTIONS } from './parseOptions';
import type { Problem } from './problem';
import { ReadContext, spanOf } from './readContext';
import { salvageLists } from './salvageEntries';
import { mergeProblems, textProblems } from './textProblems';
import { validateJobSearch } from './validateJobSearch';
import { yamlProblem } from './yamlProblem';

/** A parsed file: the model, plus the YAML document and line index that later edits are planned against. */
export interface ParsedJobSearch extends JobSearch {
  /** The whole document; after an edit re-read one entry at a time, it is parsed on first use. */
  readonly document: Document.Parsed;
  readonly lineCounter: LineCounter;
}

/** What each parse remembers for re-parsing after an edit; kept out of the model itself. */
const layouts = new WeakMap<ParsedJobSearch, EntryLayout>();

/** The entry layout of `parsed`, when one of its entries can be re-parsed alone. */
export function layoutOf(parsed: ParsedJobSearch): EntryLayout | undefined {
  return layouts.get(parsed);
}

/** Parses `text`; every valid entry is returned even when other parts of the file are broken. */
export function parseJobSearch(text: string): ParsedJobSearch {
  const lineCounter = new LineCounter();
  // Binary data is not parsed at all: its "problems" would be noise on every byte.
  const binary = text.indexOf('\0');
  const document = parseDocument(binary < 0 ? text : '', { ...PARSE_OPTIONS, lineCounter });
  const ctx = new ReadContext(text, binary < 0 ? lineCounter : lineCounterOf(text), (alias) => alias.resolve(document));
  const syntax = [...textProblems(text, ctx), ...document.errors.map((error) => yamlProblem(error, 'error', ctx)), ...document.warnings.map((warning) => yamlProblem(warning, 'warning', ctx))];
  if (binary >= 0) return finishParse(text, { applications: [], training: [], people: [], wins: [], stories: [] }, [], lineCounterOf(text), { document, syntax });

  const root = ctx.deref(document.contents as Node | null);
  let content: Omit<JobSearch, 'problems'> = { applications: [], training: [], people: [], wins: [], stories: [] };
  if (isMap(root)) {
    const { values } = readFields(root, TOP_LEVEL, ctx, 'file');
    content = { profile: values.profile, applications: values.applications ?? [], training: values.training ?? [], people: values.people ?? [], wins: values.wins ?? [], stories: values.stories ?? [] };
    if (document.errors.length) content = salvageLists(text, content, ctx, lineCounter, document, root, syntax);
  } else if (root && !(isScalar(root) && root.value === null)) {
    ctx.report(spanOf(root), 'error', 'not-a-mapping', l10n.t('job-search.yaml should be a mapping with “applications:” (and optionally “profile:” and “training:”) at the top level.'));
  }
  return finishParse(text, content, ctx.problems, lineCounter, { document, syntax });
}

/**
 * Adds the checks across entries to a read file and assembles the parse. With a `document` the layout for later
 * re-parsing is worked out from it; with `lists` (after re-reading one entry) the document is parsed when first used.
 */
export function finishParse(
  text: string,
  content: Omit<JobSearch, 'problems'>,
  readProblems: readonly Problem[],
  lineCounter: LineCounter,
  from: { document: Document.Parsed; syntax: Problem[] } | { lists: EntryLayout['lists'] },
): ParsedJobSearch {
  const checks = new ReadContext(text, lineCounter, () => undefined);
  validateJobSearch(content, checks);
  const problems = mergeProblems('document' in from ? from.syntax : [], [...readProblems, ...checks.problems]);
  let document = 'document' in from ? from.document : undefined;
  const parsed: ParsedJobSearch = {
    ...content,
    problems,
    lineCounter,
    get document() {
      return (document ??= parseDocument(text, { ...PARSE_OPTIONS, lineCounter: new LineCounter() }));
    },
  };
  // Problems with the text itself are found by a full parse only, so a file with any is always parsed in full.
  const layout = 'document' in from ? (from.syntax.length ? undefined : entryLayout(from.document, text, readProblems)) : { text, readProblems, lists: from.lists };
  if (layout) layouts.set(parsed, layout);
  return parsed;
}
