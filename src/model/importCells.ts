/** One spreadsheet cell made safe to write into the file: formulas unwrapped or flagged, control characters dropped, length capped. */
import * as l10n from '@vscode/l10n';

/** The longest text kept from one cell; longer text is cut and the row flagged. */
export const MAX_CELL = 4000;

/** A cleaned cell and what the preview should say about it. */
export interface CleanCell {
  readonly value: string;
  readonly flags: readonly string[];
}

const HYPERLINK = /^=\s*HYPERLINK\(\s*"((?:[^"]|"")*)"\s*(?:[,;]\s*"((?:[^"]|"")*)"\s*)?\)\s*$/i;
const FORMULA = /^[=+@]|^-[^\s\d]/;
// Control characters other than tab and line breaks, which no field means to hold.
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g;

/**
 * The text of `raw` for a field: `=HYPERLINK("url", "label")` gives its link (for `link`), its label (for one-line
 * fields) or both (for notes); the quote
 * an export puts before `=`, `+`, `-` or `@` is taken off again; any other formula stays as plain text, flagged.
 * `oneLine` fields (company, role…) have their line breaks folded into spaces.
 */
export function cleanCell(raw: string, column: string, options: { readonly link?: boolean; readonly oneLine?: boolean } = {}): CleanCell {
  const flags: string[] = [];
  let value = raw.replace(CONTROL, '').trim();
  const hyperlink = HYPERLINK.exec(value);
  if (hyperlink) {
    const [url, label] = [hyperlink[1]!.replace(/""/g, '"'), hyperlink[2]?.replace(/""/g, '"')];
    // A link column wants the address; a name wants the label; free text keeps both.
    value = options.link || !label ? url : options.oneLine ? label : `${label} (${url})`;
  } else if (/^'[=+\-@]/.test(value)) value = value.slice(1);
  else if (FORMULA.test(value)) flags.push(l10n.t('“{0}” looks like a spreadsheet formula; it is kept as plain text.', column));
  if (options.oneLine) value = value.replace(/\s*\r?\n\s*/g, ' ');
  else value = value.replace(/\r\n?/g, '\n');
  if (value.length > MAX_CELL) {
    value = `${value.slice(0, MAX_CELL).trimEnd()}…`;
    flags.push(l10n.t('“{0}” was longer than {1} characters and was cut.', column, MAX_CELL));
  }
  return { value, flags };
}
