/** Plans the write-backs of interview preparation: the prep note's path on the interview. */
import * as l10n from '@vscode/l10n';
import { isSeq } from 'yaml';
import type { Application, Interview } from './jobSearch';
import type { ParsedJobSearch } from './parseJobSearch';
import { applicationNode, notFound, type Plan } from './planEdits';
import { setField } from './resilienceEdits';
import type { TextEdit } from './textEdit';
import { mapAt, pairOf } from './yamlNodes';

/** Writes `prep: <path>` into the interview (replacing a path already there). */
export function planSetPrep(parsed: ParsedJobSearch, text: string, application: Application, interview: Interview, path: string): Plan {
  const appNode = applicationNode(parsed, application);
  const list = appNode && pairOf(appNode, 'interviews')?.value;
  const node = isSeq(list) ? mapAt(list, interview.span.start) : undefined;
  if (!node) return { error: appNode ? l10n.t('That interview is no longer in job-search.yaml; it may have been edited or removed.') : notFound(parsed) };
  const edits: TextEdit[] = [];
  const error = setField(text, node, 'prep', path, edits, parsed);
  return error ? { error } : { edits };
}
