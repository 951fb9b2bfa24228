/** Turns the `yaml` library's syntax errors and warnings into problems with plain-language messages. */
import type { YAMLError } from 'yaml';
import type { ReadContext } from './fieldReader';
import type { Problem, Severity } from './problem';

/** Clearer wording for the syntax errors people make most when editing by hand. */
const MESSAGES: Partial<Record<string, string>> = {
  DUPLICATE_KEY: 'This key appears twice in the same entry; keep one of them.',
  TAB_AS_INDENT: 'Tabs cannot indent YAML; use spaces.',
  BAD_INDENT: 'The indentation here does not line up with the entries around it.',
  MISSING_CHAR: 'A closing bracket or quote is missing.',
  MULTILINE_IMPLICIT_KEY: 'A key cannot span lines; is a colon or quote missing on the line above?',
  BLOCK_AS_IMPLICIT_KEY: 'A new mapping cannot start on the same line as another key; check the indentation and colons here.',
  UNEXPECTED_TOKEN: 'Unexpected text; check the quotes, colons and indentation here.',
  BAD_ALIAS: 'This alias (`*name`) does not match an anchor (`&name`) above it.',
  MULTIPLE_DOCS: 'job-search.yaml holds one document; remove the extra `---`.',
};

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
    ? `This \`${unclosed === '}' ? '{' : '['}\` is never closed with \`${unclosed}\`.`
    : quote
      ? `This ${quote} is never closed, so everything after it reads as one long text.`
      : /Implicit map keys need to be followed by map values/.test(detail)
        ? 'This line is not a `key: value` pair: is a colon missing, or is it indented less than the text above it?'
        : MESSAGES[error.code];
  const message = friendly ? `${friendly} (${detail})` : `YAML: ${detail}`;
  return { code: severity === 'error' ? 'yaml-syntax' : 'yaml-warning', severity, message, span, range: ctx.range(span) };
}
