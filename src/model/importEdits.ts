/** The one edit that appends imported applications to the file, in the list style the file already uses. */
import * as l10n from '@vscode/l10n';
import type { ImportEntry } from './importRows';
import { applicationKey } from './importRows';
import { listStyleOf } from './listStyle';
import type { ParsedJobSearch } from './parseJobSearch';
import type { Plan } from './planEdits';
import { appendTopLevel } from './yamlNodes';

/** The company-and-role keys of the applications in the file, to leave out rows that are already there. */
export function existingKeys(parsed: Pick<ParsedJobSearch, 'applications'>): Set<string> {
  return new Set(parsed.applications.map((application) => applicationKey(application.company, application.role)));
}

/** Appends `entries` under `applications:`, creating the list when the file has none. */
export function planImport(parsed: ParsedJobSearch, text: string, entries: readonly ImportEntry[]): Plan {
  if (!entries.length) return { error: l10n.t('There is nothing new to import.') };
  return appendTopLevel(parsed.document, text, 'applications', entries.map((entry) => entry.entry), listStyleOf(parsed.document));
}
