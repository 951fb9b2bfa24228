/** Turns the `yaml` library's syntax errors and warnings into problems with plain-language messages. */
import * as l10n from '@vscode/l10n';
import type { YAMLError } from 'yaml';
import type { ReadContext } from './readContext';
import type { Problem, Severity } from './problem';

/** Clearer wording for the syntax errors people make most when editing by hand, in the display language. */
function friendlyMessage(code: string): string | undefined {
  switch (code) {
    case 'DUPLICATE_KEY':
      return l10n.t('This key appears twice in the same entry; keep one of them.');
    case 'TAB_AS_INDENT':
      return l10n.t('Tabs cannot indent YAML; use spaces.');
    case 'BAD_INDENT':
      return l10n.t('The indentation here does not line up with the entries around it.');
    case 'MISSING_CHAR':
      return l10n.t('A closing bracket or quote is missing.');
    case 'MULTILINE_IMPLICIT_KEY':
      return l10n.t('A key cannot span lines; is a colon or quote missing on the line above?');
    case 'BLOCK_AS_IMPLICIT_KEY':
      return l10n.t('A new mapping cannot start on the same line as another key; check the indentation and colons here.');
    case 'UNEXPECTED_TOKEN':
      return l10n.t('Unexpected text; check the quotes, colons and indentation here.');
    case 'BAD_ALIAS':
      return l10n.t('This alias (“*name”) does not match an anchor (“&name”) above it.');
    case 'MULTIPLE_DOCS':
      return l10n.t('job-search.yaml holds one document; remove the extra “---”.');
    default:
      return undefined;
  }
}

/** A located problem for one YAML error or warning. */
export function yamlProblem(error: YAMLError, severity: Severity, ctx: ReadContext): Problem {
  const [start, rawEnd] = error.pos;
  const end = Math.max(start, Math.min(rawEnd, ctx.text.length));
  const detail = error.message.replace(/\s+at line \d+, column \d+[\s\S]*$/, '').trim();
  const unclosed = /end with an? ([}\]])/.exec(detail)?.[1];
  const quote = /Missing closing (["'])quote/.exec(detail)?.[1];
  // The parser notices a missing bracket where the next entry starts; the user needs the bracket that was opened.
  const opener = unclosed ? ctx.text.lastIndexOf(unclosed === '}' ? '{' : '[', Math.max(0, start - 1)) : -1;
  // An unclosed quote runs to the end of the file; the quote that opened it is the last one before that.
  let quoteAt = quote ? ctx.text.lastIndexOf(quote, Math.max(0, start - 1)) : -1;
  while (quote === '"' && quoteAt > 0 && ctx.text[quoteAt - 1] === '\\') quoteAt = ctx.text.lastIndexOf(quote, quoteAt - 1);
  const at = opener >= 0 ? opener : quoteAt;
  const span = at >= 0 ? { start: at, end: at + 1 } : { start: Math.min(start, ctx.text.length), end };
  const friendly = unclosed
    ? l10n.t('This “{0}” is never closed with “{1}”.', unclosed === '}' ? '{' : '[', unclosed)
    : quote
      ? l10n.t('This {0} is never closed, so everything after it reads as one long text.', quote)
      : /Implicit map keys need to be followed by map values/.test(detail)
        ? l10n.t('This line is not a “key: value” pair: is a colon missing, or is it indented less than the text above it?')
        : friendlyMessage(error.code);
  // The parser's own wording stays in brackets (it is English only): it names what it saw, which helps with odd cases.
  const message = friendly ? `${friendly} (${detail})` : `YAML: ${detail}`;
  return { code: severity === 'error' ? 'yaml-syntax' : 'yaml-warning', severity, message, span, range: ctx.range(span) };
}
