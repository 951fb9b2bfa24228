import * as assert from 'node:assert/strict';
import { parse as parseCsv } from 'csv-parse/sync';
import type IcalModule from 'ical.js' with { 'resolution-mode': 'import' };
import { calendarText } from '../../src/model/calendarExport';
import { csvRows, csvText } from '../../src/model/csvExport';
import { parseJobSearch } from '../../src/model/parseJobSearch';
import { sampleText } from './support/fixtures';

const TRICKY = parseJobSearch(`
applications:
  - company: "Acme, Inc."
    role: 'Engineer "Platform"'
    status: rejected
    notes: "Line one\\nLine two, with a comma; and a semicolon"
    history:
      - {date: 2026-10-01, status: applied}
      - {date: 2026-10-20, status: rejected}
    contacts: [{name: Jamie Lee, role: Recruiter, email: jamie@acme.example}]
    interviews:
      - {date: 2026-10-15, time: "14:30", kind: technical, with: [Jamie Lee], notes: "Rate limiter; caching, TTLs"}
    followUps:
      - {kind: thank-you, due: 2026-10-21, sent: 2026-10-21}
      - {kind: keep-in-touch, due: 2027-01-20, contact: Jamie Lee}
training:
  - {skill: caching, target: 2026-12-15, items: [{task: "Read, then write", done: false}]}
`);

describe('CSV export', () => {
  it('parses back to the same cells, quotes, commas and line breaks included', () => {
    const parsed = parseCsv(csvText(TRICKY), { bom: true, relax_column_count: false }) as string[][];
    assert.deepEqual(parsed, csvRows(TRICKY));
    const [header, row] = parsed;
    const cell = (name: string): string => row![header!.indexOf(name)]!;
    assert.equal(cell('Company'), 'Acme, Inc.');
    assert.equal(cell('Role'), 'Engineer "Platform"');
    assert.equal(cell('Applied on'), '2026-10-01');
    assert.equal(cell('Rejected on'), '2026-10-20');
    assert.equal(cell('Interviewing on'), '');
    assert.equal(cell('Contacts'), 'Jamie Lee (Recruiter) <jamie@acme.example>');
    assert.equal(cell('Interviews'), '2026-10-15 Technical interview with Jamie Lee');
    assert.equal(cell('Notes'), 'Line one\nLine two, with a comma; and a semicolon');
  });

  it('has one row per application of the sample, CRLF line ends and a BOM', () => {
    const text = csvText(parseJobSearch(sampleText()));
    assert.ok(text.startsWith('\uFEFFCompany,Role,Status,'));
    assert.equal((parseCsv(text, { bom: true }) as string[][]).length, 5);
    assert.ok(text.includes('\r\n'));
  });
});

describe('calendar export', () => {
  // ical.js ships as an ES module; load it the way a CommonJS test can.
  let ICAL: typeof IcalModule;
  before(async () => {
    ICAL = (await import('ical.js')).default;
  });

  function events(text: string): InstanceType<typeof ICAL.Event>[] {
    const calendar = new ICAL.Component(ICAL.parse(text));
    return calendar.getAllSubcomponents('vevent').map((component) => new ICAL.Event(component));
  }

  it('round-trips interviews, follow-ups due and training targets through an independent parser', () => {
    const result = calendarText(TRICKY);
    assert.ok('text' in result, 'error' in result ? result.error : '');
    const parsed = events(result.text).map((event) => ({
      uid: event.uid,
      summary: event.summary,
      start: event.startDate.toString(),
      allDay: event.startDate.isDate,
      description: event.description,
    }));
    assert.deepEqual(parsed, [
      {
        uid: 'interview.acme-inc.engineer-platform.0@job-search-companion',
        summary: 'Technical interview: Acme, Inc. (Engineer "Platform")',
        start: '2026-10-15T14:30:00',
        allDay: false,
        description: 'With Jamie Lee\nRate limiter; caching, TTLs',
      },
      {
        uid: 'follow-up.acme-inc.engineer-platform.keep-in-touch.1@job-search-companion',
        summary: 'Keep-in-touch message to Jamie Lee: Acme, Inc.',
        start: '2027-01-20',
        allDay: true,
        description: 'Draft it in Job Search Companion; nothing is sent for you.',
      },
      { uid: 'training.caching@job-search-companion', summary: 'Training target: caching', start: '2026-12-15', allDay: true, description: '☐ Read, then write' },
    ]);
  });

  it('keeps UIDs stable across exports, so a re-import updates events instead of duplicating them', () => {
    const first = calendarText(TRICKY);
    const edited = parseJobSearch(sampleText().replace('due: 2027-01-20', 'due: 2027-02-03'));
    const before = calendarText(parseJobSearch(sampleText()));
    const after = calendarText(edited);
    assert.ok('text' in first && 'text' in before && 'text' in after);
    assert.deepEqual(
      events(before.text).map((event) => event.uid),
      events(after.text).map((event) => event.uid),
    );
    assert.equal(events(after.text).find((event) => event.summary.startsWith('Keep-in-touch'))?.startDate.toString(), '2027-02-03');
  });

  it('folds long lines at 75 octets', () => {
    const long = parseJobSearch(`applications:\n  - company: A\n    interviews: [{date: 2026-10-15, notes: "${'word '.repeat(60)}"}]\n`);
    const result = calendarText(long);
    assert.ok('text' in result);
    for (const line of result.text.split('\r\n')) assert.ok(Buffer.byteLength(line) <= 75, line);
    assert.equal(events(result.text)[0]?.description.trim(), 'word '.repeat(60).trim());
  });

  it('says so when there is nothing dated', () => {
    const result = calendarText(parseJobSearch('applications:\n  - company: A\n'));
    assert.ok('error' in result && /nothing dated/.test(result.error));
  });
});
