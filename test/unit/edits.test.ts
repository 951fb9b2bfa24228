import * as assert from 'node:assert/strict';
import { DEFAULT_FOLLOW_THROUGH, planRecordInterview, planRecordRejection } from '../../src/model/followThrough';
import type { Application } from '../../src/model/jobSearch';
import { parseJobSearch, type ParsedJobSearch } from '../../src/model/parseJobSearch';
import { refOf } from '../../src/model/applicationRef';
import { planAddApplication, planFollowUpFields, planMarkSent, planAddFeedback, planSetStatus, type Plan } from '../../src/model/planEdits';
import { applyEdits } from './support/applyEdits';
import { formatScalar } from '../../src/model/yamlEdits';
import { fixture } from './support/fixtures';

type Planner = (parsed: ParsedJobSearch, text: string, applications: readonly Application[]) => Plan;

interface Case {
  readonly name: string;
  readonly plan: Planner;
  /** Each [before, after] fragment pair; everything else in the file must stay byte-identical. */
  readonly changes: readonly (readonly [string, string])[];
}

const TODAY = '2026-11-20'; // a Friday: the next business day is Monday the 23rd

const CASES: Case[] = [
  {
    name: 'mark sent: a block follow-up gets a `sent` line at its own indentation',
    plan: (parsed, text, [acme]) => planMarkSent(parsed, text, { ...refOf(acme!), followUpIndex: 0, kind: 'thank-you' }, '2026-11-22'),
    changes: [['        contact: Jamie Lee\n', '        contact: Jamie Lee\n        sent: 2026-11-22\n']],
  },
  {
    name: 'mark sent: a flow follow-up gets `, sent:` before its brace, keeping the comment after it',
    plan: (parsed, text, [acme]) => planMarkSent(parsed, text, { ...refOf(acme!), followUpIndex: 1, kind: 'feedback-request' }, '2026-11-22'),
    changes: [['due: 2026-10-22}   # flow', 'due: 2026-10-22, sent: 2026-11-22}   # flow']],
  },
  {
    name: 'mark sent: an existing date is replaced in place',
    plan: (parsed, text, [acme]) => planMarkSent(parsed, text, { ...refOf(acme!), followUpIndex: 2, kind: 'keep-in-touch' }, '2026-11-22'),
    changes: [['sent: 2026-12-01}', 'sent: 2026-11-22}']],
  },
  {
    name: 'mark sent: finds the follow-up by kind when its position moved',
    plan: (parsed, text, [acme]) => planMarkSent(parsed, text, { ...refOf(acme!), followUpIndex: 7, kind: 'feedback-request' }, '2026-11-22'),
    changes: [['due: 2026-10-22}   # flow', 'due: 2026-10-22, sent: 2026-11-22}   # flow']],
  },
  {
    name: 'mark sent: a follow-up that does not exist yet is added as sent',
    plan: (parsed, text, [, globex]) => planMarkSent(parsed, text, { ...refOf(globex!), kind: 'thank-you' }, '2026-11-22'),
    changes: [['  - company: Globex\n', '  - company: Globex\n    followUps:\n      - {kind: thank-you, sent: 2026-11-22}\n']],
  },
  {
    name: 'reply received: a block follow-up gets `replied` and `reply` lines at its indentation',
    plan: (parsed, text, [acme]) => planFollowUpFields(parsed, text, { ...refOf(acme!), followUpIndex: 0, kind: 'thank-you' }, [['replied', '2026-11-24'], ['reply', 'Thanks, good luck: keep in touch']]),
    changes: [['        contact: Jamie Lee\n', '        contact: Jamie Lee\n        replied: 2026-11-24\n        reply: "Thanks, good luck: keep in touch"\n']],
  },
  {
    name: 'skip: a flow follow-up gets `skipped` and its reason before its brace, keeping the comment',
    plan: (parsed, text, [acme]) => planFollowUpFields(parsed, text, { ...refOf(acme!), followUpIndex: 1, kind: 'feedback-request' }, [['skipped', '2026-11-22'], ['skipReason', 'they said no feedback']]),
    changes: [['due: 2026-10-22}   # flow', 'due: 2026-10-22, skipped: 2026-11-22, skipReason: they said no feedback}   # flow']],
  },
  {
    name: 'reschedule: the due date is replaced where it stands',
    plan: (parsed, text, [acme]) => planFollowUpFields(parsed, text, { ...refOf(acme!), followUpIndex: 1, kind: 'feedback-request' }, [['due', '2026-12-01']]),
    changes: [['due: 2026-10-22}   # flow', 'due: 2026-12-01}   # flow']],
  },
  {
    name: 'follow-up fields: one replaced and one added in the same plan',
    plan: (parsed, text, [acme]) => planFollowUpFields(parsed, text, { ...refOf(acme!), followUpIndex: 2, kind: 'keep-in-touch' }, [['sent', '2026-11-22'], ['replied', '2026-11-23']]),
    changes: [['sent: 2026-12-01}', 'sent: 2026-11-22, replied: 2026-11-23}']],
  },
  {
    name: 'save feedback: an application without it gets a dated `feedback` list at its end, quoted where YAML needs it',
    plan: (parsed, text, [, globex]) => planAddFeedback(parsed, text, globex!, { date: '2026-11-20', from: 'Jamie Lee', text: 'Strong on APIs; go deeper on caching: eviction, consistency' }),
    changes: [['    # note: nothing else yet\n', '    feedback:\n      - date: 2026-11-20\n        from: Jamie Lee\n        text: "Strong on APIs; go deeper on caching: eviction, consistency"\n    # note: nothing else yet\n']],
  },
  {
    name: 'record rejection: quoted status keeps its quotes; history and follow-through are appended',
    plan: (parsed, text, [acme]) => planRecordRejection(parsed, text, acme!, { date: TODAY }, TODAY, DEFAULT_FOLLOW_THROUGH),
    changes: [
      ["status: 'interviewing'    # quoted", "status: 'rejected'    # quoted"],
      // The reply thanks them, so the thank-you still waiting is skipped, with why.
      ['        contact: Jamie Lee\n', '        contact: Jamie Lee\n        skipped: 2026-11-20\n        skipReason: the reply to the rejection thanks them\n'],
      ['      - {date: 2026-10-15, status: interviewing}\n', '      - {date: 2026-10-15, status: interviewing}\n      - {date: 2026-11-20, status: rejected}\n'],
      ['sent: 2026-12-01}\n', 'sent: 2026-12-01}\n      - {kind: rejection-reply, due: 2026-11-23, contact: Jamie Lee}\n      - {kind: keep-in-touch, due: 2027-02-22, contact: Jamie Lee}\n'],
    ],
  },
  {
    name: 'record rejection: an entry with only a company gets every key, before its trailing comment',
    plan: (parsed, text, [, globex]) => planRecordRejection(parsed, text, globex!, { date: TODAY }, TODAY, DEFAULT_FOLLOW_THROUGH),
    changes: [
      [
        '  - company: Globex\n',
        [
          '  - company: Globex',
          '    status: rejected',
          // History in this file is as often block as flow, so a new list is block; follow-ups are mostly flow.
          '    history:',
          '      - date: 2026-11-20',
          '        status: rejected',
          '    followUps:',
          // One reply to the rejection by default, then the keep-in-touch.
          '      - {kind: rejection-reply, due: 2026-11-23}',
          '      - {kind: keep-in-touch, due: 2027-02-22}',
          '',
        ].join('\n'),
      ],
    ],
  },
  {
    name: 'record rejection: a one-line flow entry stays on one line',
    plan: (parsed, text, [, , initech]) => planRecordRejection(parsed, text, initech!, { date: TODAY }, TODAY, DEFAULT_FOLLOW_THROUGH),
    changes: [
      [
        '{company: Initech, status: applied, history: [{date: 2026-11-01, status: applied}], followUps: []}',
        '{company: Initech, status: rejected, history: [{date: 2026-11-01, status: applied}, {date: 2026-11-20, status: rejected}], followUps: [{kind: rejection-reply, due: 2026-11-23}, {kind: keep-in-touch, due: 2027-02-22}]}',
      ],
    ],
  },
  {
    name: 'record rejection: an empty `followUps:` gets its list, an empty `[]` its first item',
    plan: (parsed, text, [, , , hooli]) => planRecordRejection(parsed, text, hooli!, { date: TODAY }, TODAY, DEFAULT_FOLLOW_THROUGH),
    changes: [
      [
        '    status: screening\n    followUps:\n',
        '    status: rejected\n    followUps:\n      - {kind: rejection-reply, due: 2026-11-23}\n      - {kind: keep-in-touch, due: 2027-02-22}\n',
      ],
      ['    history: []\n', '    history: [{date: 2026-11-20, status: rejected}]\n'],
    ],
  },
  {
    name: 'record rejection with feedback and someone else to ask: feedback kept with its date and source, no second request to the recruiter',
    plan: (parsed, text, [, globex]) =>
      planRecordRejection(parsed, text, globex!, { date: '2026-11-19', feedback: { text: 'Strong APIs; more depth on caching', from: 'Jamie Lee' }, askAlso: 'Sam Ortiz' }, TODAY, DEFAULT_FOLLOW_THROUGH),
    changes: [
      [
        '    # note: nothing else yet\n',
        [
          '    status: rejected',
          '    history:',
          '      - date: 2026-11-19',
          '        status: rejected',
          '    feedback:',
          '      - date: 2026-11-19',
          '        from: Jamie Lee',
          '        text: Strong APIs; more depth on caching',
          // Feedback came with the news, so nobody is asked for it again; the reply is due no earlier than today.
          '    followUps:',
          '      - {kind: rejection-reply, due: 2026-11-20}',
          '      - {kind: keep-in-touch, due: 2027-02-19}',
          '    # note: nothing else yet',
          '',
        ].join('\n'),
      ],
    ],
  },
  {
    name: 'record interview: adds the interview and its interviewers as contacts, moves the stage on and schedules a thank-you to each',
    plan: (parsed, text, [, globex]) =>
      planRecordInterview(parsed, text, globex!, { date: '2026-11-21', kind: 'technical', with: ['Sam Ortiz', 'Lee, Jo'] }, DEFAULT_FOLLOW_THROUGH),
    changes: [
      [
        '  - company: Globex\n',
        [
          '  - company: Globex',
          '    interviews:',
          '      - {date: 2026-11-21, kind: technical, with: [Sam Ortiz, "Lee, Jo"]}',
          '    contacts:',
          '      - {name: Sam Ortiz, role: Interviewer}',
          '      - {name: "Lee, Jo", role: Interviewer}',
          '    status: interviewing',
          '    history:',
          '      - date: 2026-11-21',
          '        status: interviewing',
          '    followUps:',
          '      - {kind: thank-you, due: 2026-11-23, contact: Sam Ortiz}',
          '      - {kind: thank-you, due: 2026-11-23, contact: "Lee, Jo"}',
          '',
        ].join('\n'),
      ],
    ],
  },
];

function expected(text: string, changes: Case['changes'], eol: string): string {
  let out = text;
  for (const [before, after] of changes) {
    const from = before.replace(/\n/g, eol);
    assert.ok(out.includes(from), `fixture lacks ${JSON.stringify(before)}`);
    out = out.replace(from, after.replace(/\n/g, eol));
  }
  return out;
}

describe('write-back edits', () => {
  for (const [eolName, eol] of [
    ['LF', '\n'],
    ['CRLF', '\r\n'],
  ] as const) {
    describe(`on a commented fixture with ${eolName} line endings`, () => {
      const text = fixture('edits', 'commented.yaml').replace(/\n/g, eol);
      const parsed = parseJobSearch(text);

      it('starts from a file without problems', () => assert.deepEqual(parsed.problems, []));

      for (const testCase of CASES) {
        it(testCase.name, () => {
          const plan = testCase.plan(parsed, text, parsed.applications);
          assert.ok('edits' in plan, 'error' in plan ? plan.error : '');
          const result = applyEdits(text, plan.edits);
          assert.equal(result, expected(text, testCase.changes, eol));
          assert.deepEqual(
            parseJobSearch(result).problems.filter((problem) => problem.severity === 'error'),
            [],
          );
        });
      }
    });
  }

  it('appends to a last list before adding new keys after it', () => {
    const text = 'applications:\n  - company: Globex\n    status: interviewing\n    followUps:\n      - kind: thank-you\n        due: 2026-11-19\n';
    const parsed = parseJobSearch(text);
    const plan = planRecordRejection(parsed, text, parsed.applications[0]!, { date: TODAY }, TODAY, DEFAULT_FOLLOW_THROUGH);
    assert.ok('edits' in plan);
    assert.equal(
      applyEdits(text, plan.edits),
      [
        'applications:',
        '  - company: Globex',
        '    status: rejected',
        '    followUps:',
        '      - kind: thank-you',
        '        due: 2026-11-19',
        '        skipped: 2026-11-20',
        '        skipReason: the reply to the rejection thanks them',
        // Written as their block neighbour is.
        '      - kind: rejection-reply',
        '        due: 2026-11-23',
        '      - kind: keep-in-touch',
        '        due: 2027-02-22',
        '    history:',
        '      - date: 2026-11-20',
        '        status: rejected',
        '',
      ].join('\n'),
    );
  });

  const BLOCK_GLOBEX = '  - company: Globex\n    role: SRE\n    status: applied\n    history:\n      - date: 2026-11-20\n        status: applied\n';
  const additions: [string, string, string][] = [
    ['to a block list', 'applications:\n  - company: Acme  # first\n', `applications:\n  - company: Acme  # first\n${BLOCK_GLOBEX}`],
    ['to a list spaced out by blank lines, after a blank line', 'applications:\n  - company: Acme\n\n  - company: Initech\n', `applications:\n  - company: Acme\n\n  - company: Initech\n\n${BLOCK_GLOBEX}`],
    ['as its neighbours are written, flow where they are flow', 'applications:\n  - {company: Acme}\n  - {company: Initech}\n', 'applications:\n  - {company: Acme}\n  - {company: Initech}\n  - {company: Globex, role: SRE, status: applied, history: [{date: 2026-11-20, status: applied}]}\n'],
    ['with its history as the file writes history', 'applications:\n  - company: Acme\n    history:\n      - {date: 2026-10-01, status: applied}\n', 'applications:\n  - company: Acme\n    history:\n      - {date: 2026-10-01, status: applied}\n  - company: Globex\n    role: SRE\n    status: applied\n    history:\n      - {date: 2026-11-20, status: applied}\n'],
    ['to a flow list', 'applications: [{company: Acme}]\n', 'applications: [{company: Acme}, {company: Globex, role: SRE, status: applied, history: [{date: 2026-11-20, status: applied}]}]\n'],
    ['to an empty file', '', `applications:\n${BLOCK_GLOBEX}`],
    ['after comments only', '# my search\n# starts here', `# my search\n# starts here\napplications:\n${BLOCK_GLOBEX}`],
    ['next to a profile', 'profile: {name: Alex}\n', `profile: {name: Alex}\napplications:\n${BLOCK_GLOBEX}`],
  ];
  for (const [where, before, after] of additions) {
    it(`adds an application ${where}`, () => {
      const plan = planAddApplication(parseJobSearch(before), before, { company: 'Globex', role: 'SRE', status: 'applied', date: TODAY });
      assert.ok('edits' in plan, 'error' in plan ? plan.error : '');
      assert.equal(applyEdits(before, plan.edits), after);
    });
  }

  // A new feedback list is written key by key: feedback is prose, and often long.
  const NEW_FEEDBACK = '- date: 2026-11-20\n        from: Jamie\n        text: Go deeper on caching';
  for (const [written, after] of [
    ['    feedback:   # later\n', `    feedback:   # later\n      ${NEW_FEEDBACK}\n`],
    ['    feedback: old words  # theirs\n', `    feedback:\n      - old words\n      ${NEW_FEEDBACK}  # theirs\n`],
    ['    feedback: "quoted, kept as written"\n', `    feedback:\n      - "quoted, kept as written"\n      ${NEW_FEEDBACK}\n`],
    ['    feedback: |\n      two\n      lines\n', `    feedback:\n      - "two\\nlines\\n"\n      ${NEW_FEEDBACK}\n`],
    ['    feedback:\n      - {date: 2026-11-01, text: first}\n', `    feedback:\n      - {date: 2026-11-01, text: first}\n      - {date: 2026-11-20, from: Jamie, text: Go deeper on caching}\n`],
  ] as const) {
    it(`adds feedback to ${JSON.stringify(written.trim())}, keeping what was there`, () => {
      const text = `applications:\n  - company: Acme\n${written}    status: rejected\n`;
      const parsed = parseJobSearch(text);
      const before = parsed.applications[0]!.feedback.map((note) => note.text);
      const plan = planAddFeedback(parsed, text, parsed.applications[0]!, { date: '2026-11-20', from: 'Jamie', text: 'Go deeper on caching' });
      assert.ok('edits' in plan, 'error' in plan ? plan.error : '');
      const result = applyEdits(text, plan.edits);
      assert.equal(result, `applications:\n  - company: Acme\n${after}    status: rejected\n`);
      const reread = parseJobSearch(result);
      assert.deepEqual(reread.problems, []);
      assert.deepEqual(reread.applications[0]!.feedback.map((note) => note.text), [...before, 'Go deeper on caching']);
    });
  }

  it('adds feedback inside a flow entry, turning its text into a flow list', () => {
    const text = 'applications:\n  - {company: Acme, feedback: old words, status: rejected}\n';
    const parsed = parseJobSearch(text);
    const plan = planAddFeedback(parsed, text, parsed.applications[0]!, { text: 'Go deeper' });
    assert.ok('edits' in plan);
    assert.equal(applyEdits(text, plan.edits), 'applications:\n  - {company: Acme, feedback: [old words, {text: Go deeper}], status: rejected}\n');
  });

  it('refuses to edit through a YAML alias', () => {
    const text = 'x-shared: &shared [{kind: thank-you, due: 2026-10-16}]\napplications:\n  - company: Acme\n    followUps: *shared\n';
    const parsed = parseJobSearch(text);
    const plan = planMarkSent(parsed, text, { ...refOf(parsed.applications[0]!), followUpIndex: 0, kind: 'thank-you' }, '2026-11-22');
    assert.ok('error' in plan && /alias/.test(plan.error));
  });

  it('says so when the application is gone', () => {
    const text = 'applications:\n  - company: Acme\n';
    const parsed = parseJobSearch(text);
    const plan = planMarkSent(parsed, text, { index: 0, company: 'Globex', kind: 'thank-you' }, '2026-11-22');
    assert.ok('error' in plan && /no longer/.test(plan.error));
  });

  const scalars: [string, string][] = [
    ['Jamie Lee', 'Jamie Lee'],
    ['Lee, Jamie', '"Lee, Jamie"'],
    ['a: b', '"a: b"'],
    ['#1 fan', '"#1 fan"'],
    ['true', '"true"'],
    ['2026', '"2026"'],
    ['2026-11-22', '2026-11-22'],
    ['{x}', '"{x}"'],
    ['', '""'],
    ['line one\nline two', '"line one\\nline two"'],
    ['Note:', '"Note:"'],
    ['tab\there', '"tab\\there"'],
  ];
  for (const [value, written] of scalars) {
    it(`writes ${JSON.stringify(value)} as ${written}`, () => {
      assert.equal(formatScalar(value), written);
      assert.deepEqual(parseJobSearch(`applications:\n  - {company: ${written}}\n`).applications.map((application) => application.company), value ? [value] : ['']);
    });
  }
});

describe('history entries written by a command', () => {
  const base = ['applications:', '  - company: Initech', '    status: applied', '    history:', '      - {date: 2026-11-20, status: applied}', ''].join('\n');
  const run = (text: string, status: 'interviewing' | 'screening', date: string): { text: string; note?: string } => {
    const parsed = parseJobSearch(text);
    const plan = planSetStatus(parsed, text, parsed.applications[0]!, status, date);
    assert.ok('edits' in plan, 'error' in plan ? plan.error : '');
    return { text: applyEdits(text, plan.edits), ...(plan.note ? { note: plan.note } : {}) };
  };
  const ownWarnings = (text: string): string[] =>
    parseJobSearch(text).problems.filter((problem) => problem.code === 'history-order' || problem.code === 'status-mismatch').map((problem) => problem.message);

  it('go after the entries they follow', () => {
    const { text, note } = run(base, 'interviewing', '2026-11-27');
    assert.match(text, /- \{date: 2026-11-20, status: applied\}\n {6}- \{date: 2026-11-27, status: interviewing\}/);
    assert.match(text, /status: interviewing/);
    assert.equal(note, undefined);
    assert.deepEqual(ownWarnings(text), []);
  });

  it('go before a later entry, and then leave the status to that entry, saying why', () => {
    const { text, note } = run(base, 'interviewing', '2026-11-17');
    assert.match(text, /- \{date: 2026-11-17, status: interviewing\}\n {6}- \{date: 2026-11-20, status: applied\}/);
    assert.match(text, /status: applied/);
    assert.deepEqual(ownWarnings(text), []);
    assert.match(note ?? '', /^Interviewing on 2026-11-17 is now in the history\. The stage stays Applied: the history has Applied on 2026-11-20/);
  });

  it('go in date order in a flow history too', () => {
    const flow = base.replace('    history:\n      - {date: 2026-11-20, status: applied}', '    history: [{date: 2026-11-10, status: applied}, {date: 2026-11-20, status: screening}]').replace('status: applied\n    history', 'status: screening\n    history');
    const { text } = run(flow, 'screening', '2026-11-15');
    assert.match(text, /history: \[\{date: 2026-11-10, status: applied\}, \{date: 2026-11-15, status: screening\}, \{date: 2026-11-20, status: screening\}\]/);
    assert.deepEqual(ownWarnings(text), []);
  });
});
