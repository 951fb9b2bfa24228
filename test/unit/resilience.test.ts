import * as assert from 'node:assert/strict';
import { dateText } from '../../src/model/dateText';
import { needsAction } from '../../src/model/needsAction';
import { parseJobSearch } from '../../src/model/parseJobSearch';
import { quietAfterRejection } from '../../src/model/quietDay';
import { contextLines, rejectionContext } from '../../src/model/rejectionContext';
import { shouldOfferReview } from '../../src/model/reviewReminder';
import { planAddWin, planSetGoals, planSetReapply } from '../../src/model/resilienceEdits';
import { summarizeAction } from '../../src/model/summaries';
import { wayBack } from '../../src/model/wayBack';
import { goalsSummary } from '../../src/model/weeklyGoals';
import { literalMarkdown, weeklyReview } from '../../src/model/weeklyReview';
import { weekStartsOn, type WeekDay } from '../../src/model/weekStart';
import { gatherWins, totalsPhrase, winsSummary, winTotals } from '../../src/model/wins';
import { applyEdits } from './support/applyEdits';
import { located } from './support/fixtures';

const TODAY = '2026-11-30'; // a Monday

/** Applies a plan to `text`, failing the test when it refuses. */
function apply(text: string, plan: ReturnType<typeof planSetGoals>): string {
  assert.ok(!('error' in plan), 'error' in plan ? plan.error : '');
  return applyEdits(text, plan.edits);
}

/** Parses `text` and fails on any warning or error, so every edited file is checked to read cleanly. */
function clean(text: string): ReturnType<typeof parseJobSearch> {
  const parsed = parseJobSearch(text);
  assert.deepEqual(parsed.problems.filter((problem) => problem.severity !== 'information').map(located), []);
  return parsed;
}

/** A file with weekly goals and one application sent on each of `dates`. */
function appliedOn(dates: readonly string[], goals = '{applications: 1}'): string {
  return [`profile:`, `  goals: ${goals}`, `applications:`, ...dates.map((date, index) => `  - {company: C${index}, history: [{date: ${date}, status: applied}]}`), ''].join('\n');
}

describe('staying resilient: weekly goals', () => {
  for (const [setting, locale, expected] of [
    ['locale', 'de', 1],
    ['locale', 'en', 0],
    ['locale', 'en-GB', 1],
    ['locale', 'ar-EG', 6],
    ['locale', 'not a tag!', 1],
    ['monday', 'en', 1],
    ['sunday', 'de', 0],
    ['saturday', 'de', 6],
  ] as const) {
    it(`starts the week on day ${expected} for ${setting} in ${locale}`, () => {
      assert.equal(weekStartsOn(setting, locale), expected);
    });
  }

  it('has no summary without a goal, or with every goal at 0', () => {
    assert.equal(goalsSummary(parseJobSearch('applications: []\n'), TODAY, 1), undefined);
    assert.equal(goalsSummary(parseJobSearch(appliedOn([TODAY], '{applications: 0, training: 0}')), TODAY, 1), undefined);
  });

  for (const [name, today, weekStart, date, counted] of [
    ['a Sunday is last week when weeks start on Monday', TODAY, 1, '2026-11-29', 0],
    ['a Sunday is this week when weeks start on Sunday', TODAY, 0, '2026-11-29', 1],
    ['a Saturday start takes in the Saturday before', TODAY, 6, '2026-11-28', 1],
    ['the week across the year end holds both years', '2027-01-01', 1, '2026-12-28', 1],
    ['tomorrow belongs to this week too', TODAY, 1, '2026-12-01', 1],
    ['next week does not', TODAY, 1, '2026-12-07', 0],
  ] as const) {
    it(`counts by the week the user lives in: ${name}`, () => {
      const summary = goalsSummary(parseJobSearch(appliedOn([date])), today, weekStart as WeekDay)!;
      assert.equal(summary.thisWeek.goals[0]!.done, counted);
    });
  }

  it('gives this week’s start and end', () => {
    const summary = goalsSummary(parseJobSearch(appliedOn([])), '2027-01-01', 1)!;
    assert.deepEqual([summary.thisWeek.week, summary.thisWeek.end, summary.lastWeek.week], ['2026-12-28', '2027-01-03', '2026-12-21']);
  });

  for (const [name, dates, streak, weeksMet] of [
    ['four weeks in a row, this one included', ['2026-11-09', '2026-11-16', '2026-11-23', TODAY], 4, 4],
    ['this week not met yet keeps the run up to last week', ['2026-11-09', '2026-11-16', '2026-11-23'], 3, 3],
    ['a quiet week ends the run but not the weeks met', ['2026-11-02', '2026-11-16', '2026-11-23'], 2, 3],
    ['nothing last week leaves no run', ['2026-11-09'], 0, 1],
    ['an empty file has none', [], 0, 0],
  ] as const) {
    it(`counts weeks met in a row: ${name}`, () => {
      const summary = goalsSummary(parseJobSearch(appliedOn(dates)), TODAY, 1)!;
      assert.deepEqual([summary.streak, summary.weeksMet], [streak, weeksMet]);
    });
  }

  it('counts outreach once when a sent follow-up also logged a touch, and training items by the day they were done', () => {
    const parsed = parseJobSearch(`profile:
  goals: {applications: 2, outreach: 3, training: 1}
applications:
  - company: Acme
    status: rejected
    followUps:
      - {kind: thank-you, sent: 2026-12-01}
training:
  - skill: SQL
    items:
      - {task: Window functions, done: true, doneOn: 2026-11-30}
      - {task: Indexes, done: true}
people:
  - name: Sam
    touches:
      - {date: 2026-12-01, kind: message, application: Acme}
      - {date: 2026-12-02, kind: coffee}
      - {date: 2026-12-02, kind: referral-given}
`);
    const summary = goalsSummary(parsed, TODAY, 1)!;
    assert.deepEqual(
      summary.thisWeek.goals.map((goal) => [goal.key, goal.done, goal.goal, goal.met]),
      [
        ['applications', 0, 2, false],
        ['outreach', 2, 3, false],
        ['training', 1, 1, true],
      ],
    );
    assert.equal(summary.thisWeek.met, false);
  });
});

describe('staying resilient: wins', () => {
  const file = `applications:
  - company: Acme
    history:
      - {date: 2026-10-01, status: applied}
      - {date: 2026-10-20, status: offer}
    interviews:
      - {date: 2026-10-10, kind: technical}
      - {date: 2026-12-10, kind: final}
    followUps:
      - {kind: thank-you, sent: 2026-10-11, replied: 2026-10-12}
    feedback:
      - {date: 2026-10-21, text: Clear thinking}
      - Undated feedback
  - company: Globex
    history:
      - {date: 2026-11-01, status: interviewing}
training:
  - skill: SQL
    items:
      - {task: Window functions, done: true, doneOn: 2026-11-02}
      - {task: Indexes, done: true}
  - skill: Go
    items:
      - {task: Tour of Go, done: false}
wins:
  - {date: 2026-11-25, text: Gave a talk at the meetup}
`;

  it('gathers interviews held, replies, dated feedback, training done, a skill worked through, offers and the user’s own, newest first', () => {
    const wins = gatherWins(clean(file), TODAY);
    assert.deepEqual(
      wins.map((win) => [win.kind, win.date ?? '', win.text]),
      [
        ['own', '2026-11-25', 'Gave a talk at the meetup'],
        ['training-item', '2026-11-02', 'Done: Window functions (SQL)'],
        ['skill', '2026-11-02', 'Worked through every step for SQL'],
        ['interview', '2026-11-01', 'Got to the interviews with Globex'],
        ['feedback', '2026-10-21', 'Feedback from Acme'],
        ['offer', '2026-10-20', 'An offer from Acme'],
        ['reply', '2026-10-12', 'Acme answered your thank-you note'],
        ['interview', '2026-10-10', 'Got to the technical interview with Acme'],
        ['training-item', '', 'Done: Indexes (SQL)'],
      ],
    );
  });

  it('counts them and words the newest few in one pass, as gathering them all would', () => {
    const parsed = clean(file);
    const all = gatherWins(parsed, TODAY);
    for (const count of [0, 1, 3, 20]) {
      const { totals, recent } = winsSummary(parsed, TODAY, count);
      assert.deepEqual(totals, winTotals(all));
      assert.deepEqual(recent.map((win) => [win.kind, win.date, win.text]), all.slice(0, count).map((win) => [win.kind, win.date, win.text]));
    }
  });

  it('sums them up in one phrase, leaving out kinds there are none of', () => {
    assert.equal(totalsPhrase(winTotals(gatherWins(clean(file), TODAY))), '2 interviews, 1 offer, 2 training items done, 1 skill worked through, 1 reply, 1 piece of feedback, 1 win of your own');
    assert.equal(totalsPhrase(winTotals(gatherWins(parseJobSearch(''), TODAY))), '');
  });
});

describe('staying resilient: a rejection in context, from the user’s own numbers', () => {
  it('says nothing for an empty file', () => {
    assert.deepEqual(contextLines(rejectionContext(parseJobSearch(''), TODAY)), []);
  });

  it('counts interviews reached, compares this month with the earlier ones, and the rejections before each offer', () => {
    const parsed = clean(`applications:
  - {company: A, history: [{date: 2026-09-02, status: applied}, {date: 2026-09-10, status: interviewing}, {date: 2026-09-20, status: rejected}]}
  - {company: B, history: [{date: 2026-09-05, status: applied}, {date: 2026-09-25, status: rejected}]}
  - {company: C, history: [{date: 2026-10-01, status: applied}, {date: 2026-10-05, status: interviewing}, {date: 2026-10-20, status: offer}]}
  - {company: D, history: [{date: 2026-11-01, status: applied}, {date: 2026-11-10, status: interviewing}, {date: 2026-11-28, status: rejected}]}
  - {company: E, history: [{date: 2026-11-03, status: applied}], interviews: [{date: 2026-11-20, kind: screening}]}
  - {company: F, status: wishlist}
`);
    const context = rejectionContext(parsed, TODAY);
    assert.deepEqual(context.months, { thisMonth: 2, earlierAverage: 1, earlierMonths: 2 });
    assert.deepEqual(contextLines(context), [
      '4 of your 5 applications reached an interview.',
      '2 interviews this month; your earlier months averaged 1.',
      'Before your offer from C, 2 applications ended in a no.',
    ]);
    assert.deepEqual(contextLines({ applied: 1, interviewed: 0, months: { thisMonth: 1, earlierAverage: 1.5, earlierMonths: 2 }, offers: [] }, 'de'), [
      '0 of your 1 application reached an interview.',
      '1 interview this month; your earlier months averaged 1,5.',
    ]);
  });
});

describe('staying resilient: the way back and a quieter day', () => {
  const base = (application: string, training = ''): string => `applications:
  - company: Acme
    status: rejected
    history:
      - {date: 2026-10-01, status: applied}
      - {date: 2026-10-20, status: rejected}
${application}training:
  - skill: system design
    source: [Acme / technical interview, 2026-10-15]
    items:
      - {task: Design a URL shortener, done: true, doneOn: 2026-11-20}
${training}`;

  for (const [name, text, expected] of [
    ['every training item from the company is done', base(''), 'training 2026-11-20'],
    ['one is still open', base('', '      - {task: Read a chapter, done: false}\n'), undefined],
    ['a re-apply date still to come decides, done items or not', base('    reapply: 2026-12-15\n'), undefined],
    ['a re-apply date that has passed', base('    reapply: 2026-11-30\n'), 'date 2026-11-30'],
    ['a later application to the company', base('  - {company: acme, role: Platform}\n'), undefined],
    ['a keep-in-touch message sent since', base('    followUps: [{kind: keep-in-touch, sent: 2026-11-25}]\n'), undefined],
    ['a keep-in-touch message sent before the training was done', base('    followUps: [{kind: keep-in-touch, sent: 2026-11-01}]\n'), 'training 2026-11-20'],
    ['no training came from the company', 'applications:\n  - {company: Acme, status: rejected}\n', undefined],
  ] as const) {
    it(`${expected ? 'suggests' : 'does not suggest'} the way back when ${name}`, () => {
      const ready = wayBack(clean(text), TODAY);
      assert.deepEqual(
        ready.map((each) => `${each.reason} ${each.date}`),
        expected ? [expected] : [],
      );
    });
  }

  it('lists the way back last in Needs action, as an invitation rather than something overdue', () => {
    const parsed = clean(`${base('    followUps: [{kind: thank-you, due: 2026-11-25}]\n')}`);
    const items = needsAction(parsed, TODAY, 2);
    assert.deepEqual(
      items.map((item) => [item.kind, item.days]),
      [
        ['followUp', -5],
        ['wayBack', 0],
      ],
    );
    const summary = summarizeAction(items[1]!);
    assert.deepEqual([summary.byCompany.label, summary.byCompany.description, summary.details], [
      'Acme',
      'The way back · you worked through what they flagged',
      ['Every training item from Acme is done: system design.', 'Write to say what you worked on, or apply again.'],
    ]);
  });

  for (const [date, quiet] of [
    [TODAY, true],
    ['2026-11-29', true],
    ['2026-11-28', false],
    ['2026-12-01', false],
  ] as const) {
    it(`${quiet ? 'keeps' : 'does not keep'} today quiet after a rejection recorded on ${date}`, () => {
      const parsed = clean(`applications:\n  - {company: A, history: [{date: ${date}, status: rejected}]}\n`);
      assert.equal(quietAfterRejection(parsed, TODAY), quiet ? date : undefined);
    });
  }
});

describe('staying resilient: the weekly review', () => {
  const dates = dateText(TODAY, 'en');

  it('writes the past seven days, goals, wins and the week ahead, with prompts to write in', () => {
    const parsed = clean(`profile:
  goals: {applications: 2, training: 1}
applications:
  - company: Acme
    role: Backend Engineer
    history: [{date: 2026-11-25, status: applied}]
    followUps:
      - {kind: thank-you, sent: 2026-11-26, replied: 2026-11-27, reply: "Thanks, talk soon"}
      - {kind: check-in, due: 2026-12-03}
    interviews:
      - {date: 2026-11-26, kind: technical}
      - {date: 2026-12-02, kind: final, time: "10:00"}
    reflections:
      - {date: 2026-11-26, stage: technical, confidence: 3}
  - company: Old Co
    history: [{date: 2026-10-01, status: applied}]
training:
  - skill: SQL
    target: 2026-12-05
    items:
      - {task: Window functions, done: true, doneOn: 2026-11-28}
      - {task: Indexes, done: false}
people:
  - name: Sam Lee
    next: 2026-12-04
    touches: [{date: 2026-11-27, kind: coffee}]
`);
    const review = weeklyReview({ search: parsed, today: TODAY, weekStart: 1, dates });
    assert.equal(
      review,
      `# Weekly review, Nov 24 to Nov 30

## The past seven days

### Sent

- Applied to Acme, Backend Engineer (Nov 25)
- Thank-you note for Acme (Nov 26)
- Coffee with Sam Lee (Nov 27)

### Replies

- Acme answered: Thanks, talk soon (Nov 27)

### Interviews

- Technical interview at Acme (Nov 26)

### Reflections

- Technical interview at Acme, confidence 3/5 (Nov 26)

### Training done

- Window functions (SQL) (Nov 28)

### Goals this week (Nov 30 to Dec 6)

- Applications sent: 0 of 2
- Training items done: 0 of 1

### Wins

- Done: Window functions (SQL) (Nov 28)
- Acme answered your thank-you note (Nov 27)
- Got to the technical interview with Acme (Nov 26)

## The week ahead

- Acme: Final round · in 2 days · 10:00 · no prep note yet
- Acme: Status check-in · due in 3 days
- Sam Lee: Reach out · due in 4 days
- Training target for SQL: Dec 5

## Your notes

### What went well?


### What did you learn, and what will you try next?


### What was outside your control?


### The first thing to do next week

`,
    );
  });

  it('reads kindly for an empty file', () => {
    const review = weeklyReview({ search: parseJobSearch(''), today: TODAY, weekStart: 1, dates });
    assert.match(review, /_Nothing sent this week\. A quiet week is allowed\._/);
    assert.match(review, /_Nothing recorded yet\. Showing up counts too\._/);
    assert.match(review, /_Nothing due in the next seven days\._/);
    assert.doesNotMatch(review, /Goals this week/);
  });

  it('shows the file’s text literally: Markdown, HTML and line breaks do nothing', () => {
    assert.equal(literalMarkdown('*Acme* <b>Corp</b>\n[x](y)'), '\\*Acme\\* \\<b\\>Corp\\</b\\> \\[x\\](y)');
    assert.deepEqual(['# Acme', '> quote', '- item', '1. first', 'a # b'].map(literalMarkdown), ['\\# Acme', '\\> quote', '\\- item', '1\\. first', 'a # b']);
    const parsed = clean('applications:\n  - {company: "<img src=x>", history: [{date: 2026-11-29, status: applied}]}\n');
    const review = weeklyReview({ search: parsed, today: TODAY, weekStart: 1, dates });
    assert.match(review, /- Applied to \\<img src=x\\> \(Nov 29\)/);
    assert.doesNotMatch(review, /(^|[^\\])<img/);
  });
});

describe('staying resilient: write-backs', () => {
  for (const [name, before, goals, after] of [
    ['an empty file gains a profile', '', { applications: 3 }, 'profile:\n  goals:\n    applications: 3\n'],
    [
      'a file without a profile gains one at the top, under its comments',
      '# my search\napplications:\n  - company: Acme\n',
      { applications: 3, outreach: 5 },
      '# my search\nprofile:\n  goals:\n    applications: 3\n    outreach: 5\napplications:\n  - company: Acme\n',
    ],
    ['a profile without goals gains them', 'profile:\n  name: Ada # me\napplications: []\n', { training: 2 }, 'profile:\n  name: Ada # me\n  goals:\n    training: 2\napplications: []\n'],
    [
      'goals already there are replaced, added and removed in place',
      'profile:\n  goals:\n    applications: 3 # a stretch\n    outreach: 5\n  name: Ada\n',
      { applications: 4, training: 1 },
      'profile:\n  goals:\n    applications: 4 # a stretch\n    training: 1\n  name: Ada\n',
    ],
    ['flow goals stay flow', 'profile:\n  goals: {applications: 3}\n', { applications: 2, outreach: 1 }, 'profile:\n  goals: {applications: 2, outreach: 1}\n'],
    ['no goals at all removes the key', 'profile:\n  name: Ada\n  goals:\n    applications: 3\n', {}, 'profile:\n  name: Ada\n'],
    ['an empty profile is filled', 'profile:\napplications: []\n', { outreach: 2 }, 'profile:\n  goals:\n    outreach: 2\napplications: []\n'],
  ] as const) {
    it(`sets weekly goals: ${name}`, () => {
      const text = apply(before, planSetGoals(parseJobSearch(before), before, goals));
      assert.equal(text, after);
      clean(text);
    });
  }

  it('refuses goals under a profile that is not a mapping', () => {
    const plan = planSetGoals(parseJobSearch('profile: Ada\n'), 'profile: Ada\n', { applications: 1 });
    assert.ok('error' in plan && /“profile” is not a mapping/.test(plan.error));
  });

  it('adds a win, creating the list, then after the last one', () => {
    const first = apply('applications: []\n', planAddWin(parseJobSearch('applications: []\n'), 'applications: []\n', { date: TODAY, text: 'Finished: "Designing Data-Intensive Applications"' }));
    assert.equal(first, 'applications: []\nwins:\n  - date: 2026-11-30\n    text: "Finished: \\"Designing Data-Intensive Applications\\""\n');
    const second = apply(first, planAddWin(parseJobSearch(first), first, { date: '2026-12-01', text: 'Gave a talk', application: 'Acme' }));
    assert.deepEqual(
      clean(second).wins.map((win) => [win.date, win.text, win.application]),
      [
        [TODAY, 'Finished: "Designing Data-Intensive Applications"', undefined],
        ['2026-12-01', 'Gave a talk', 'Acme'],
      ],
    );
  });

  it('sets, replaces and removes the date to apply again', () => {
    const before = 'applications:\n  - company: Acme # dream job\n    status: rejected\n';
    const set = apply(before, planSetReapply(parseJobSearch(before), before, parseJobSearch(before).applications[0]!, '2027-03-01'));
    assert.equal(set, 'applications:\n  - company: Acme # dream job\n    status: rejected\n    reapply: 2027-03-01\n');
    const moved = apply(set, planSetReapply(parseJobSearch(set), set, parseJobSearch(set).applications[0]!, '2027-04-01'));
    assert.equal(clean(moved).applications[0]!.reapply, '2027-04-01');
    const removed = apply(moved, planSetReapply(parseJobSearch(moved), moved, parseJobSearch(moved).applications[0]!, null));
    assert.equal(removed, before);
  });

  it('reads a file written before goals, wins and re-apply dates exactly as before', () => {
    const parsed = clean('profile:\n  name: Ada\napplications:\n  - company: Acme\n');
    assert.deepEqual([parsed.profile?.goals, parsed.wins, parsed.applications[0]!.reapply], [undefined, [], undefined]);
  });

  it('points at a bad goal and a win without text, on their lines', () => {
    const parsed = parseJobSearch('profile:\n  goals:\n    applications: many\n    weekly: 3\nwins:\n  - {date: 2026-11-30}\n');
    assert.deepEqual(parsed.problems.map(located), ['3:18-3:22 error wrong-type', '4:4-4:10 warning unknown-field', '6:5-6:9 error missing-field']);
    assert.match(parsed.problems[1]!.message, /Unknown field “weekly” in weekly goals\./);
    assert.match(parsed.problems[2]!.message, /This win has no “text”; add one\./);
  });
});

describe('staying resilient: the weekly review reminder', () => {
  for (const [today, day, last, expected] of [
    ['2026-12-04', 'friday', undefined, true],
    ['2026-12-04', 'friday', '2026-12-04', false],
    ['2026-12-06', 'friday', undefined, true],
    ['2026-12-06', 'friday', '2026-11-27', true],
    ['2026-12-06', 'friday', '2026-12-05', false],
    ['2026-12-03', 'friday', '2026-11-27', false],
    ['2027-01-01', 'friday', '2026-12-25', true],
    ['2026-12-04', 'someday', undefined, false],
  ] as const) {
    it(`${expected ? 'offers' : 'does not offer'} the review on ${today} for ${day}, last offered ${last ?? 'never'}`, () => {
      assert.equal(shouldOfferReview(today, day, last), expected);
    });
  }
});
