/** Fills a template with values: present ones are inserted literally, missing ones become tab stops to type over. */
import type { DraftTemplate } from './draftTemplate';
import { VARIABLE_HINTS, type DraftValues } from './draftValues';
import { escapeSnippet, snippetLayout, snippetToText } from './snippetText';

/** How a draft document is written. */
export type DraftFormat = 'markdown' | 'plaintext';

/** A rendered draft: the snippet to insert, and the text it shows before anything is typed. */
export interface RenderedDraft {
  /** The whole document as a snippet: subject line, blank line, message. */
  readonly snippet: string;
  /** The same with every placeholder at its default. */
  readonly text: string;
  /** Variables the file did not provide, in order of appearance. */
  readonly missing: readonly string[];
  /** Every hint a tab stop shows, with its surroundings, so a check can tell whether it was typed over. */
  readonly hints: readonly DraftHint[];
}

/** A hint as inserted, with up to a few words on each side (never reaching into the next hint). */
export interface DraftHint {
  readonly before: string;
  readonly hint: string;
  readonly after: string;
}

/** How many characters on each side identify a hint's place. */
const CONTEXT = 24;

/** The hints of an inserted draft, each with its surroundings. */
export function draftHints(snippet: string): DraftHint[] {
  const { text, stops } = snippetLayout(snippet);
  return stops.map((stop, index) => {
    const from = Math.max(stop.start - CONTEXT, stops[index - 1]?.end ?? 0);
    const to = Math.min(stop.end + CONTEXT, stops[index + 1]?.start ?? text.length);
    return { before: text.slice(from, stop.start), hint: text.slice(stop.start, stop.end), after: text.slice(stop.end, to) };
  });
}

const TOKEN = /\{\{(\?)?([^{}]*)\}\}/g;

/** Renders `template` with `values` as a draft document in `format`. */
export function renderDraft(template: DraftTemplate, values: DraftValues, format: DraftFormat): RenderedDraft {
  const stops = new Map<string, number>();
  const missing: string[] = [];
  let next = 1;
  const fill = (source: string): string =>
    escapeTemplateText(source).replace(TOKEN, (_, free: string | undefined, rawName: string) => {
      const name = rawName.trim();
      // {{?hint}} is a tab stop of its own for text only the user can write. {{?lead-in|hint}} nests the hint in a
      // second stop around the whole clause: the first Tab selects only the hint, so typing keeps the lead-in, and
      // the next Tab selects the whole clause, to delete it when there is nothing to add.
      if (free) {
        const bar = name.indexOf('|');
        if (bar < 0) return `\${${next++}:${escapeSnippet(name)}}`;
        const inner = next++;
        const outer = next++;
        return `\${${outer}:${escapeSnippet(rawName.slice(0, rawName.indexOf('|')))}\${${inner}:${escapeSnippet(name.slice(bar + 1).trim())}}}`;
      }
      const value = (values as Record<string, string | undefined>)[name];
      if (value !== undefined && value.trim() !== '') return escapeSnippet(value);
      if (!stops.has(name)) {
        stops.set(name, next++);
        missing.push(name);
      }
      const hint = VARIABLE_HINTS[name as keyof DraftValues] ?? name;
      return `\${${stops.get(name)}:${escapeSnippet(hint)}}`;
    });
  const subject = fill(template.subject);
  const heading = format === 'markdown' ? `**Subject:** ${subject}` : `Subject: ${subject}`;
  const snippet = `${heading}\n\n${fill(template.body).replace(/\s+$/, '')}\n$0`;
  return { snippet, text: snippetToText(snippet), missing, hints: draftHints(snippet) };
}

/** Template prose outside `{{…}}` is literal: authors never have to escape snippet syntax themselves. */
function escapeTemplateText(source: string): string {
  return source.replace(/(\{\{[^{}]*\}\})|[\\$}]/g, (match, token: string | undefined) => token ?? `\\${match}`);
}
