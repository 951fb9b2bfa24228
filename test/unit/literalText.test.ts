import * as assert from 'node:assert/strict';
import { parse as parseCsv } from 'csv-parse/sync';
import fc from 'fast-check';
import type IcalModule from 'ical.js' with { 'resolution-mode': 'import' };
import { calendarText } from '../../src/model/calendarExport';
import { csvText } from '../../src/model/csvExport';
import { parseJobSearch } from '../../src/model/parseJobSearch';
import { escapeSnippet, snippetToText } from '../../src/model/snippetText';
import { companyName, summarizeApplication } from '../../src/model/summaries';
import { dateText } from '../../src/model/dateText';
import { formatValue } from '../../src/model/yamlEdits';

/** Text people paste into a job search, heavy on what YAML, Markdown, HTML, snippets and CSV treat specially. */
const nasty = fc.oneof(
  fc.string({
    unit: fc.constantFrom('a', 'Z', ' ', ':', '-', '#', '"', "'", '[', ']', '{', '}', ',', '&', '*', '|', '>', '!', '%', '@', '`', '$', '\\', '<', '/', ';', '\n', '\t', 'é', '😀', '?'),
    minLength: 1,
    maxLength: 24,
  }),
  fc.constantFrom(
    '<script>alert(1)</script>',
    '<img src=x onerror=alert(1)>',
    '[click](command:workbench.action.terminal.new)',
    'javascript:alert(1)',
    '${1:tab stop} $TM_FILENAME ${CLIPBOARD}',
    '{{company}}',
    'null',
    'true',
    '0x1F',
    '2026-10-15',
    '- not a list',
    '  leading and trailing  ',
    'line one\nline two',
    '=HYPERLINK("http://x")',
  ),
);

/** Some words with letters in them, so company names are not blank (a blank one reads as missing). */
const name = nasty.filter((text) => /[A-Za-z]/.test(text));

const application = fc.record({ company: name, role: nasty, notes: nasty, location: nasty, contact: name, interviewNotes: nasty, tag: nasty });
type Generated = typeof application extends fc.Arbitrary<infer T> ? T : never;

/** The generated applications written the way the extension writes YAML, one flow mapping per entry. */
function yamlOf(applications: readonly Generated[]): string {
  const entries = applications.map((entry) =>
    formatValue({
      company: entry.company,
      role: entry.role,
      notes: entry.notes,
      location: entry.location,
      tags: [entry.tag],
      contacts: [{ name: entry.contact }],
      interviews: [{ date: '2026-10-15', notes: entry.interviewNotes }],
      followUps: [{ kind: 'thank-you', due: '2026-10-16' }],
    }),
  );
  return `applications:\n${entries.map((entry) => `  - ${entry}\n`).join('')}`;
}

describe('text from the file stays literal everywhere', function () {
  this.timeout(60_000);
  let ICAL: typeof IcalModule;
  before(async () => {
    ICAL = (await import('ical.js')).default;
  });

  it('random applications written by the extension parse back to exactly the same values', () => {
    fc.assert(
      fc.property(fc.array(application, { minLength: 1, maxLength: 4 }), (applications) => {
        const parsed = parseJobSearch(yamlOf(applications));
        assert.deepEqual(parsed.problems.filter((problem) => problem.severity === 'error'), []);
        assert.deepEqual(
          parsed.applications.map((entry) => [entry.company, entry.role, entry.notes, entry.location, entry.tags, entry.contacts[0]?.name, entry.interviews[0]?.notes]),
          applications.map((entry) => [entry.company, entry.role, entry.notes, entry.location, [entry.tag], entry.contact, entry.interviewNotes]),
        );
      }),
      { numRuns: 300, seed: 20261122 },
    );
  });

  it('reaches tree labels, CSV cells and calendar events as the same text', () => {
    const dates = dateText('2026-11-22');
    fc.assert(
      fc.property(fc.array(application, { minLength: 1, maxLength: 3 }), (applications) => {
        const parsed = parseJobSearch(yamlOf(applications));
        parsed.applications.forEach((entry, index) => {
          const summary = summarizeApplication(entry, dates);
          assert.equal(summary.label, companyName(entry));
          assert.equal(summary.label, applications[index]!.company.trim());
        });
        const rows = parseCsv(csvText(parsed), { bom: true }) as string[][];
        // A cell a spreadsheet would run as a formula is written with a leading quote, which importing takes off again.
        const cell = (text: string): string => (/^'?[=+\-@\t\r]/.test(text) ? `'${text}` : text);
        assert.deepEqual(
          rows.slice(1).map((row) => [row[0], row[1], row.at(-1)]),
          parsed.applications.map((entry) => [cell(companyName(entry)), cell(entry.role ?? ''), cell(entry.notes ?? '')]),
        );
        const calendar = calendarText(parsed);
        assert.ok('text' in calendar, 'error' in calendar ? calendar.error : '');
        const events = new ICAL.Component(ICAL.parse(calendar.text)).getAllSubcomponents('vevent').map((component) => new ICAL.Event(component));
        const interviews = events.filter((event) => event.uid.startsWith('interview.'));
        assert.deepEqual(
          interviews.map((event) => event.description),
          parsed.applications.map((entry) => entry.interviews[0]!.notes!),
        );
      }),
      { numRuns: 150, seed: 20261122 },
    );
  });

  it('snippet syntax in a value is escaped, and reads back as the value', () => {
    fc.assert(
      fc.property(nasty, (text) => {
        const escaped = escapeSnippet(text);
        assert.equal(snippetToText(escaped), text);
        // No unescaped `$` is left to start a tab stop or a variable.
        assert.ok(!/(^|[^\\])(\\\\)*\$/.test(escaped), escaped);
      }),
      { numRuns: 1000, seed: 20261122 },
    );
  });
});
