import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { csvText } from '../../src/model/csvExport';
import { readCsvTable, type CsvTable } from '../../src/model/csvTable';
import { cleanCell, MAX_CELL } from '../../src/model/importCells';
import { matchColumns, type ImportField } from '../../src/model/importColumns';
import { dayOrdersOf, readDate, type DayOrder } from '../../src/model/importDates';
import { existingKeys, planImport } from '../../src/model/importEdits';
import { importPreview, importQuestions, statusKey, type ImportAnswers, type ImportPreview } from '../../src/model/importRows';
import { statusOf, unknownStatuses } from '../../src/model/importStatuses';
import { parseJobSearch } from '../../src/model/parseJobSearch';
import type { Status } from '../../src/model/vocabulary';
import { formatValue } from '../../src/model/yamlEdits';
import { applyEdits } from './support/applyEdits';
import { sampleText } from './support/fixtures';

function table(text: string, name = 'import.csv'): CsvTable {
  const read = readCsvTable(text, name);
  if ('error' in read) throw new Error(read.error);
  return read;
}

/** Imports `csv` into `yaml` as the command does once every question is answered. */
function imported(yaml: string, csv: string, answers: ImportAnswers = {}): { text: string; preview: ImportPreview } {
  const parsed = parseJobSearch(yaml);
  const read = table(csv);
  const preview = importPreview(read, matchColumns(read.headers), answers, existingKeys(parsed));
  const plan = planImport(parsed, yaml, preview.added);
  return { text: 'error' in plan ? yaml : applyEdits(yaml, plan.edits), preview };
}

describe('import: recognising columns', () => {
  // Header rows in the shapes trackers and hand-made spreadsheets export; each written for this test.
  const cases: [string, string, ImportField[]][] = [
    ['hand-made sheet', 'Company,Position,Stage,Date Applied,Link,Notes', ['company', 'role', 'status', 'applied', 'link', 'notes']],
    ['board-style tracker', 'Company,Job Title,Status,Date Saved,Date Applied,Job URL,Location,Salary', ['company', 'role', 'status', 'wishlist', 'applied', 'link', 'location', 'salary']],
    ['extension-style tracker', 'Company Name,Title,Application Status,Applied On,Job Link,Contact,Contact Email,Resume Version', ['company', 'role', 'status', 'applied', 'link', 'contactName', 'contactEmail', 'resume']],
    ['notes app database', 'Employer,Role,State,Applied,URL,Source,CV,Interview Date,Rejection Date', ['company', 'role', 'status', 'applied', 'link', 'source', 'resume', 'interviews', 'rejected']],
    ['German spreadsheet', 'Unternehmen;Stelle;Status;Beworben am;Link;Ort;Notizen', ['company', 'role', 'status', 'applied', 'link', 'location', 'notes']],
    ['odd spacing and case', '  COMPANY , job_title , date-applied , posting URL , Comments ', ['company', 'role', 'applied', 'link', 'notes']],
    ['a column twice, and one unknown', 'Company,Company,Favourite colour,Title', ['company', 'ignore', 'ignore', 'role']],
    ['the extension’s own export', csvText({ applications: [] }).replace(/^\uFEFF/, '').trim(), ['company', 'role', 'status', 'wishlist', 'applied', 'screening', 'interviewing', 'offer', 'accepted', 'rejected', 'withdrawn', 'ghosted', 'link', 'location', 'salary', 'source', 'resume', 'posting', 'contacts', 'interviews', 'feedback', 'notes']],
  ];
  for (const [name, header, fields] of cases) {
    it(name, () => {
      const read = table(`${header}\n`, name.startsWith('German') ? 'x.csv' : 'x.csv');
      assert.deepEqual(matchColumns(read.headers), fields);
    });
  }

  it('reads tabs, semicolons and commas, with or without a byte order mark', () => {
    assert.equal(table('Company\tRole\nAcme\tDev\n', 'a.tsv').delimiter, '\t');
    assert.equal(table('Company\tRole\nAcme\tDev\n', 'a.txt').delimiter, '\t');
    assert.equal(table('Company;Role\nAcme;Dev\n').delimiter, ';');
    assert.deepEqual(table('\uFEFFCompany,Role\r\nAcme,Dev\r\n').headers, ['Company', 'Role']);
  });

  it('numbers rows as a spreadsheet does, across quoted line breaks and blank lines', () => {
    const read = table('Company,Notes\nAcme,"two\nlines"\n\nGlobex,x\n');
    assert.deepEqual(read.rows.map((row) => row.row), [2, 4]);
  });

  it('says where a broken file stops reading', () => {
    const read = readCsvTable('Company,Notes\nAcme,"never closed\nGlobex,x\n');
    assert.ok('error' in read && /line \d/.test(read.error), JSON.stringify(read));
    const empty = readCsvTable('\n\n');
    assert.ok('error' in empty && empty.error.includes('header row'));
  });
});

describe('import: statuses', () => {
  const cases: [string, Status | undefined][] = [
    ['Applied', 'applied'],
    ['application sent', 'applied'],
    ['Phone Screen', 'screening'],
    ['Onsite', 'interviewing'],
    ['Final round', 'interviewing'],
    ['Offer received', 'offer'],
    ['Hired', 'accepted'],
    ['Not selected', 'rejected'],
    ['Rejected', 'rejected'],
    ['Withdrew', 'withdrawn'],
    ['No response', 'ghosted'],
    ['Bookmarked', 'wishlist'],
    ['WISHLIST', 'wishlist'],
    ['On hold', undefined],
    ['Declined', undefined],
    ['', undefined],
  ];
  for (const [value, status] of cases) it(`“${value}” → ${status ?? 'asked'}`, () => assert.equal(statusOf(value), status));

  it('asks once per unknown value, and not again once answered', () => {
    assert.deepEqual(unknownStatuses(['On hold', 'on  hold', 'Applied', 'Declined']), ['On hold', 'Declined']);
    assert.deepEqual(unknownStatuses(['On hold', 'Declined'], { [statusKey('On hold')]: 'wishlist' }), ['Declined']);
    assert.equal(statusOf('on hold', { [statusKey('On hold')]: 'wishlist' }), 'wishlist');
  });
});

describe('import: dates', () => {
  const cases: [string, DayOrder | undefined, string][] = [
    ['2026-03-04', undefined, '2026-03-04'],
    ['2026-03-04T09:30:00Z', undefined, '2026-03-04'],
    ['2026-03-04 09:30', undefined, '2026-03-04'],
    ['2026/3/4', undefined, '2026-03-04'],
    ['03/04/2026', undefined, 'ambiguous'],
    ['03/04/2026', 'month-first', '2026-03-04'],
    ['03/04/2026', 'day-first', '2026-04-03'],
    ['13/04/2026', undefined, '2026-04-13'],
    ['04/13/2026', undefined, '2026-04-13'],
    ['13/04/2026', 'month-first', 'invalid'],
    ['04/04/2026', undefined, '2026-04-04'],
    ['3/4/26', 'day-first', '2026-04-03'],
    ['03.04.2026', undefined, '2026-04-03'],
    ['Mar 4, 2026', undefined, '2026-03-04'],
    ['March 4, 2026', undefined, '2026-03-04'],
    ['4 March 2026', undefined, '2026-03-04'],
    ['4-Mar-2026', undefined, '2026-03-04'],
    ['4-Mar-26', undefined, '2026-03-04'],
    ['Wed, Mar 4, 2026', undefined, '2026-03-04'],
    ['Sept. 14, 2026', undefined, '2026-09-14'],
    ['14th September 2026', undefined, '2026-09-14'],
    ['Mar 4, 2026, 9:30 AM', undefined, '2026-03-04'],
    ['Feb 30, 2026', undefined, 'invalid'],
    ['Smarch 4, 2026', undefined, 'invalid'],
    ['4. März 2026', undefined, '2026-03-04'],
    ['14. Okt. 2026', undefined, '2026-10-14'],
    ['Mo, 2. Nov 2026', undefined, '2026-11-02'],
    ['1 Mai 2026', undefined, '2026-05-01'],
    ['46085', undefined, '2026-03-04'],
    ['2026-02-30', undefined, 'invalid'],
    ['soon', undefined, 'invalid'],
    ['12345', undefined, 'invalid'],
  ];
  for (const [value, order, expected] of cases) {
    it(`${value}${order ? ` (${order})` : ''} → ${expected}`, () => {
      const reading = readDate(value, order);
      assert.equal('date' in reading ? reading.date : 'ambiguous' in reading ? 'ambiguous' : 'invalid', expected);
    });
  }

  it('takes the order a file proves, asks when nothing decides, and asks when the dates contradict', () => {
    assert.deepEqual(dayOrdersOf(['03/04/2026', '13/04/2026']), { orders: ['day-first'], ambiguous: false, example: '03/04/2026' });
    assert.deepEqual(dayOrdersOf(['03/04/2026', '05/06/2026']), { orders: ['month-first', 'day-first'], ambiguous: true, example: '03/04/2026' });
    assert.deepEqual(dayOrdersOf(['13/04/2026', '04/13/2026']), { orders: [], ambiguous: false });
    assert.deepEqual(dayOrdersOf(['2026-03-04', '03.04.2026']), { orders: ['month-first', 'day-first'], ambiguous: false });
  });

  it('never guesses 03/04/2026: the import asks, and without an answer the row is an error', () => {
    const csv = 'Company,Date Applied\nAcme,03/04/2026\n';
    assert.deepEqual(importQuestions(table(csv), ['company', 'applied']).dayOrder, { example: '03/04/2026', orders: ['month-first', 'day-first'] });
    const { preview } = imported('', csv);
    assert.deepEqual(preview.errors, [{ row: 2, message: 'Row 2 (Acme): “03/04/2026” could be read day first or month first; choose the order of the dates.' }]);
    assert.match(imported('', csv, { dayOrder: 'day-first' }).text, /date: 2026-04-03/);
    assert.match(imported('', csv, { dayOrder: 'month-first' }).text, /date: 2026-03-04/);
  });
});

describe('import: rows into the file', () => {
  const CSV = [
    'Company,Job Title,Status,Date Applied,Interview Date,URL,Source,Resume,Contact,Contact Email,Notes',
    'Acme,Backend Engineer,Rejected,2026-09-01,2026-09-10,https://acme.example/jobs/1,Referral,v2-backend,Sam Lee,sam@acme.example,Met at a meetup',
    'Globex,Platform Engineer,Applied,2026-09-05,,,LinkedIn,v3,,,',
    'Initech,,Interviewing,2026-09-07,2026-09-20,,,,,,',
  ].join('\n');

  it('appends every row with its dated history, in the block style of the file', () => {
    const yaml = '# my search\napplications:\n  - company: Umbrella\n    role: SRE\n    status: applied\n    history:\n      - date: 2026-08-01\n        status: applied\n';
    const { text, preview } = imported(yaml, CSV);
    assert.deepEqual(preview.errors, []);
    assert.equal(preview.added.length, 3);
    assert.ok(text.startsWith(yaml), 'what was there stays as written');
    assert.equal(
      text.slice(yaml.length),
      [
        '  - company: Acme',
        '    role: Backend Engineer',
        '    status: rejected',
        '    link: https://acme.example/jobs/1',
        '    source: Referral',
        '    resume: v2-backend',
        '    notes: Met at a meetup',
        '    history:',
        '      - date: 2026-09-01',
        '        status: applied',
        '      - date: 2026-09-10',
        '        status: interviewing',
        '    contacts:',
        '      - name: Sam Lee',
        '        email: sam@acme.example',
        '    interviews:',
        '      - date: 2026-09-10',
        '  - company: Globex',
        '    role: Platform Engineer',
        '    status: applied',
        '    source: LinkedIn',
        '    resume: v3',
        '    history:',
        '      - date: 2026-09-05',
        '        status: applied',
        '  - company: Initech',
        '    status: interviewing',
        '    history:',
        '      - date: 2026-09-07',
        '        status: applied',
        '      - date: 2026-09-20',
        '        status: interviewing',
        '    interviews:',
        '      - date: 2026-09-20',
        '',
      ].join('\n'),
    );
    const after = parseJobSearch(text);
    assert.deepEqual(after.problems.filter((problem) => problem.severity === 'error'), []);
    assert.deepEqual(after.applications.map((application) => [application.company, application.status, application.resume]), [
      ['Umbrella', 'applied', undefined],
      ['Acme', 'rejected', 'v2-backend'],
      ['Globex', 'applied', 'v3'],
      ['Initech', 'interviewing', undefined],
    ]);
  });

  it('writes flow entries into a file that writes its entries in flow style, and creates the list in an empty file', () => {
    const yaml = 'applications:\n  - {company: Umbrella, status: applied}\n';
    const { text } = imported(yaml, 'Company,Status\nAcme,applied\n');
    assert.equal(text, 'applications:\n  - {company: Umbrella, status: applied}\n  - {company: Acme, status: applied}\n');
    assert.equal(imported('', 'Company,Status\nAcme,applied\n').text, 'applications:\n  - company: Acme\n    status: applied\n');
  });

  it('skips applications already in the file (same company and role) and repeats within the table', () => {
    const yaml = 'applications:\n  - {company: ACME , role: backend engineer, status: applied}\n';
    const { preview } = imported(yaml, `${CSV}\nGlobex,Platform  Engineer,Applied,2026-09-06,,,,,,,\n`);
    assert.deepEqual(
      preview.skipped.map((skip) => `${skip.row} ${skip.company}: ${skip.reason}`),
      ['2 Acme: already in the file', '5 Globex: the same as row 3'],
    );
    assert.deepEqual(preview.added.map((entry) => entry.row), [3, 4]);
  });

  it('names each bad row by its number and leaves it out of the edit', () => {
    const csv = 'Company,Status,Date Applied\n,applied,2026-09-01\nAcme,On hold,2026-09-01\nGlobex,applied,next week\nInitech,applied,2026-09-02\n';
    const { preview, text } = imported('', csv);
    assert.deepEqual(preview.errors.map((error) => error.message), [
      'Row 2 has no company.',
      'Row 3 (Acme): The status “On hold” needs a stage chosen for it.',
      'Row 4 (Globex): “next week” is not a date.',
    ]);
    assert.deepEqual(parseJobSearch(text).applications.map((application) => application.company), ['Initech']);
    const answered = imported('', csv, { statuses: { [statusKey('On hold')]: 'wishlist' } });
    assert.deepEqual(answered.preview.added.map((entry) => [entry.company, entry.status]), [['Acme', 'wishlist'], ['Initech', 'applied']]);
  });

  it('a stage with no date of its own is dated on the row’s latest date when asked to, or left to date by hand, flagged either way', () => {
    const csv = 'Company,Status,Date Applied,Interview Date\nAcme,Rejected,2026-09-01,2026-09-10\nGlobex,Phone screen,2026-09-02,2026-09-09\n';
    const left = imported('', csv);
    assert.deepEqual(left.preview.added.map((entry) => [entry.company, entry.undated ?? false, entry.flags]), [
      ['Acme', true, ['No date for Rejected: add one under history after the import.']],
      ['Globex', false, []],
    ]);
    assert.deepEqual(parseJobSearch(left.text).problems.map((problem) => problem.code), ['status-mismatch']);
    const dated = imported('', csv, { undated: 'latest' });
    const after = parseJobSearch(dated.text);
    assert.deepEqual(after.problems, []);
    assert.deepEqual(after.applications[0]!.history.map((entry) => [entry.date, entry.status, entry.notes]), [
      ['2026-09-01', 'applied', undefined],
      ['2026-09-10', 'interviewing', undefined],
      ['2026-09-10', 'rejected', 'dated on import: the row had no date for this stage'],
    ]);
    // An interview date on a row still at the screening stage was the screening call.
    assert.deepEqual(after.applications[1]!.history.map((entry) => entry.status), ['applied', 'screening']);
    assert.deepEqual(after.applications[1]!.interviews.map((interview) => [interview.date, interview.kind]), [['2026-09-09', 'screening']]);
  });

  it('without a status column, the latest dated stage is the status', () => {
    const { preview } = imported('', 'Company,Date Applied,Rejection Date\nAcme,2026-09-01,2026-09-20\nGlobex,,\n');
    assert.deepEqual(preview.added.map((entry) => [entry.company, entry.status]), [['Acme', 'rejected'], ['Globex', 'wishlist']]);
  });
});

describe('import: hostile cells', () => {
  const cases: [string, string, { link?: boolean; oneLine?: boolean }, string, number][] = [
    ['a HYPERLINK formula in a link column', '=HYPERLINK("https://acme.example/j/1","Apply")', { link: true }, 'https://acme.example/j/1', 0],
    ['a HYPERLINK formula in a name gives its label', '=HYPERLINK("https://acme.example/j/1";"Acme")', { oneLine: true }, 'Acme', 0],
    ['a HYPERLINK formula in notes keeps label and link', '=hyperlink( "https://acme.example/?q=' + '""x""' + '" , "the posting" )', {}, 'the posting (https://acme.example/?q="x")', 0],
    ['any other formula stays text, flagged', '=SUM(A1:A3)', {}, '=SUM(A1:A3)', 1],
    ['a command formula stays text, flagged', '=cmd|\' /C calc\'!A0', {}, "=cmd|' /C calc'!A0", 1],
    ['the quote an export adds is taken off', "'=not a formula", {}, '=not a formula', 0],
    ['a negative amount is no formula', '-5%', {}, '-5%', 0],
    ['snippet syntax stays literal', '${1:name} $0 $TM_FILENAME', {}, '${1:name} $0 $TM_FILENAME', 0],
    ['HTML stays literal', '<img src=x onerror=alert(1)><b>bold</b>', {}, '<img src=x onerror=alert(1)><b>bold</b>', 0],
    ['control characters are dropped', 'Ac\u0000me\u0007', { oneLine: true }, 'Acme', 0],
    ['line breaks fold in one-line fields', 'Acme\r\nCorp', { oneLine: true }, 'Acme Corp', 0],
  ];
  for (const [name, raw, options, value, flags] of cases) {
    it(name, () => {
      const clean = cleanCell(raw, 'Notes', options);
      assert.equal(clean.value, value);
      assert.equal(clean.flags.length, flags);
    });
  }

  it('cuts very long text and says so', () => {
    const clean = cleanCell('x'.repeat(MAX_CELL * 3), 'Notes');
    assert.equal(clean.value.length, MAX_CELL + 1);
    assert.deepEqual(clean.flags, [`“Notes” was longer than ${MAX_CELL} characters and was cut.`]);
  });

  it('writes every hostile cell into the file so it reads back as the same literal text', () => {
    const notes = '${1:x} <script>alert(1)</script> #not-a-comment: {a: b}, [c] & *d !e %f @g `h` "i" \'j\'';
    const csv = `Company,Role,Notes,Link\n"Acme: ""The"" #1",- dash,"${notes.replace(/"/g, '""')}",javascript:alert(1)\n`;
    const { text, preview } = imported('', csv);
    assert.equal(preview.errors.length, 0);
    const [application] = parseJobSearch(text).applications;
    assert.equal(application!.company, 'Acme: "The" #1');
    assert.equal(application!.role, '- dash');
    assert.equal(application!.notes, `${notes}\njavascript:alert(1)`);
    assert.equal(application!.link, undefined);
    assert.ok(preview.added[0]!.flags.some((flag) => flag.includes('not a web link')));
  });
});

describe('import: the round trip from the export', () => {
  it('exporting the sample and importing it into an empty file gives the same applications', () => {
    const sample = parseJobSearch(sampleText());
    const csv = csvText(sample);
    const { text, preview } = imported('', csv);
    assert.deepEqual(preview.errors, []);
    assert.equal(preview.added.length, sample.applications.length);
    const back = parseJobSearch(text);
    assert.deepEqual(back.problems.filter((problem) => problem.severity === 'error'), []);
    // Everything the CSV carries comes back: exporting the imported file gives the very same table.
    assert.equal(csvText(back), csv);
    const fields = (search: typeof sample) =>
      search.applications.map((a) => ({ company: a.company, role: a.role, status: a.status, link: a.link, location: a.location, salary: a.salary, source: a.source, resume: a.resume, notes: a.notes }));
    assert.deepEqual(fields(back), fields(sample));
  });

  it('a second import of the same export adds nothing', () => {
    const csv = csvText(parseJobSearch(sampleText()));
    const { preview } = imported(sampleText(), csv);
    assert.equal(preview.added.length, 0);
    assert.equal(preview.skipped.length, parseJobSearch(sampleText()).applications.length);
  });
});

describe('import: the round trip, property-tested', function () {
  this.timeout(60_000);
  /** Text heavy on what CSV, YAML and spreadsheets treat specially; one-line fields as the export writes them. */
  const text = fc.string({ unit: fc.constantFrom('a', 'Z', ' ', ':', '-', '#', '"', "'", '[', ']', '{', '}', ',', '&', '*', '|', '>', '!', '%', '@', '=', '+', '`', '$', '\\', '<', '/', 'é', '😀', '?'), minLength: 1, maxLength: 20 }).map((value) => value.trim());
  const entry = fc.record({ company: text.filter((value) => /[A-Za-z]/.test(value)), role: text, location: text, salary: text, source: text, resume: text, notes: fc.array(text, { minLength: 1, maxLength: 3 }).map((lines) => lines.join('\n').trim()) });

  it('any applications exported and imported into an empty file export to the same CSV', () => {
    fc.assert(
      fc.property(fc.uniqueArray(entry, { minLength: 1, maxLength: 4, selector: (value) => `${value.company.toLowerCase()}|${value.role.toLowerCase()}` }), (entries) => {
        const yaml = `applications:\n${entries.map((value) => `  - ${formatValue({ ...value, status: 'applied', history: [{ date: '2026-10-01', status: 'applied' }] })}\n`).join('')}`;
        const original = parseJobSearch(yaml);
        const csv = csvText(original);
        const { text: back, preview } = imported('', csv);
        assert.deepEqual(preview.errors, []);
        assert.equal(csvText(parseJobSearch(back)), csv);
      }),
      { numRuns: 200, seed: 20261130 },
    );
  });
});
