/** Draft templates: a small YAML header (what the draft is for) and a body in VS Code snippet syntax with `{{variables}}`. */
import * as l10n from '@vscode/l10n';
import { parse } from 'yaml';
import { FOLLOW_UP_KINDS, type FollowUpKind } from './vocabulary';

/** When a template fits an application. */
export type TemplateFit = 'any' | 'interviewed' | 'rejected' | 'early-stage' | 'late-stage' | 'has-feedback' | 'no-feedback' | 'nudge' | 'person' | 'referral';

/** One parsed template. */
export interface DraftTemplate {
  /** The file name without extension; a workspace template with the same id replaces the bundled one. */
  readonly id: string;
  readonly title: string;
  readonly kind: FollowUpKind;
  readonly fits: readonly TemplateFit[];
  /** The subject line, with `{{variables}}`. */
  readonly subject: string;
  /** The message, in snippet syntax with `{{variables}}`. */
  readonly body: string;
  /** A character limit for the whole message (LinkedIn connection notes). */
  readonly maxLength?: number;
  /** Where it came from, for messages about it. */
  readonly source: 'bundled' | 'workspace';
}

const FITS: readonly TemplateFit[] = ['any', 'interviewed', 'rejected', 'early-stage', 'late-stage', 'has-feedback', 'no-feedback', 'nudge', 'person', 'referral'];

/** Parses a template file; returns an error message instead when the header is missing or wrong. */
export function parseTemplate(id: string, text: string, source: DraftTemplate['source']): DraftTemplate | string {
  const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/.exec(text);
  if (!match) return l10n.t('{0}: a template starts with a header between two “---” lines (title, kind, fits, subject).', id);
  let header: unknown;
  try {
    header = parse(match[1]!);
  } catch (error) {
    return l10n.t('{0}: the header is not valid YAML ({1}).', id, error instanceof Error ? error.message.split('\n')[0]! : String(error));
  }
  if (!header || typeof header !== 'object') return l10n.t('{0}: the header must be a mapping.', id);
  const { title, kind, fits, subject, maxLength } = header as Record<string, unknown>;
  if (typeof kind !== 'string' || !(FOLLOW_UP_KINDS as readonly string[]).includes(kind)) {
    return l10n.t('{0}: “kind” must be one of {1}.', id, FOLLOW_UP_KINDS.join(', '));
  }
  const fitList = fits === undefined ? ['any'] : Array.isArray(fits) ? fits : [fits];
  const unknownFit = fitList.find((fit) => !FITS.includes(fit as TemplateFit));
  if (unknownFit !== undefined) return l10n.t('{0}: “fits” may only list {1}.', id, FITS.join(', '));
  return {
    id,
    title: typeof title === 'string' ? title : id,
    kind: kind as FollowUpKind,
    fits: fitList as TemplateFit[],
    subject: typeof subject === 'string' ? subject : '',
    body: match[2]!.replace(/\s+$/, '') + '\n',
    ...(typeof maxLength === 'number' ? { maxLength } : {}),
    source,
  };
}

/** Bundled templates overlaid by workspace ones: same id replaces, a new id adds. */
export function mergeTemplates(bundled: readonly DraftTemplate[], workspace: readonly DraftTemplate[]): DraftTemplate[] {
  const byId = new Map(bundled.map((template) => [template.id, template]));
  for (const template of workspace) byId.set(template.id, template);
  return [...byId.values()];
}
