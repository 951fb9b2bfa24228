import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { dateText } from '../../src/model/dateText';
import { lensPlan } from '../../src/model/lensPlan';
import { parseJobSearch } from '../../src/model/parseJobSearch';
import { planSetPrep } from '../../src/model/prepEdits';
import { planAddStory, planStoriesTold } from '../../src/model/storyEdits';
import { gapProgress } from '../../src/model/gapProgress';
import { prepContent, prepPath, storiesFor } from '../../src/model/prepNote';
import { debriefOf, renderPrepNote } from '../../src/model/prepRender';
import { applyEdits } from './support/applyEdits';
import { ROOT } from './support/fixtures';

const TODAY = '2026-11-30';
const TEMPLATE = readFileSync(join(ROOT, 'templates', 'prep-note.md'), 'utf8');

/** The application named `company` (the last one, when it was applied to twice) and its interview of `kind`. */
function target(text: string, company: string, kind: string) {
  const parsed = parseJobSearch(text);
  const application = parsed.applications.filter((candidate) => candidate.company === company).at(-1)!;
  return { parsed, application, interview: application.interviews.find((interview) => interview.kind === kind)! };
}

const HISTORY = `applications:
  - company: Acme
    role: Backend Engineer
    status: rejected
    history: [{date: 2026-09-01, status: applied}, {date: 2026-09-20, status: rejected}]
    feedback:
      - {date: 2026-09-22, from: Jamie, text: "Strong APIs; more depth on caching"}
    reflections:
      - {date: 2026-09-15, stage: system-design, confidence: 2, toImprove: [caching, estimation]}
  - company: Globex
    status: rejected
    reflections:
      - {date: 2026-10-10, stage: technical, confidence: 3, toImprove: [caching]}
  - company: Initech
    status: rejected
    reflections:
      - {date: 2026-10-20, stage: behavioral, confidence: 3, toImprove: [storytelling]}
  - company: Acme
    role: Platform Engineer
    status: interviewing
    contacts: [{person: Sam Ortiz}]
    interviews:
      - {date: 2026-12-03, time: "10:00", kind: system-design, with: [Sam Ortiz, Priya]}
training:
  - skill: caching
    source: [Acme / system design interview reflection, 2026-09-15]
    items:
      - {task: Compare cache-aside and write-through, done: true, doneOn: 2026-10-01}
      - {task: Build a small LRU, done: false}
  - skill: SQL
    items:
      - {task: Window functions, done: false}
people:
  - name: Sam Ortiz
    role: Engineering Manager
    met: the first round
    touches: [{date: 2026-10-01, kind: message, notes: Thanked them for the feedback}]
stories:
  - {title: The cache that saved Black Friday, skills: [caching, performance], situation: Checkout timed out under load, result: p99 from 2 s to 200 ms}
  - {title: Leading the on-call rewrite, skills: [leadership]}
  - {title: Estimating a migration, skills: [estimation, system design]}
`;

describe('prep notes: what goes in', () => {
  for (const [name, text, company, kind, expected] of [
    [
      'no history at all',
      'applications:\n  - company: Hooli\n    status: interviewing\n    interviews: [{date: 2026-12-03, kind: technical}]\n',
      'Hooli',
      'technical',
      { interviewers: [], earlier: 0, gaps: [], openTraining: [], stories: [] },
    ],
    [
      'one rejection before, elsewhere, of another kind',
      'applications:\n  - {company: Globex, status: rejected, reflections: [{date: 2026-10-10, stage: behavioral, toImprove: [storytelling]}]}\n  - company: Hooli\n    status: interviewing\n    interviews: [{date: 2026-12-03, kind: technical}]\n',
      'Hooli',
      'technical',
      { interviewers: [], earlier: 0, gaps: [], openTraining: [], stories: [] },
    ],
    [
      're-applying to the same company, with gaps across companies and of the same kind',
      HISTORY,
      'Acme',
      'system-design',
      {
        interviewers: ['Sam Ortiz · Engineering Manager · the first round · message 2026-10-01', 'Priya'],
        earlier: 1,
        gaps: ['caching: 1 done, 1 open', 'estimation: 0 done, 0 open'],
        openTraining: ['SQL: Window functions'],
        stories: ['Estimating a migration', 'The cache that saved Black Friday'],
      },
    ],
  ] as const) {
    it(`chooses from the user’s own history: ${name}`, () => {
      const { parsed, application, interview } = target(text, company, kind);
      const content = prepContent(parsed, application, interview);
      assert.deepEqual(
        {
          interviewers: content.interviewers.map((person) =>
            [person.name, person.role, person.met, person.lastTouch && `${person.lastTouch.kind} ${person.lastTouch.date}`].filter(Boolean).join(' · '),
          ),
          earlier: content.earlier.length,
          gaps: content.gaps.map((gap) => `${gap.skill}: ${gap.done.length} done, ${gap.open.length} open`),
          openTraining: content.openTraining.map((item) => `${item.skill}: ${item.task}`),
          stories: content.stories.map((story) => story.title),
        },
        expected,
      );
    });
  }

  it('brings the earlier application’s feedback along, and names where each gap came up', () => {
    const { parsed, application, interview } = target(HISTORY, 'Acme', 'system-design');
    const content = prepContent(parsed, application, interview);
    assert.deepEqual(content.earlier[0]!.feedback.map((note) => note.text), ['Strong APIs; more depth on caching']);
    assert.deepEqual(content.gaps[0]!.sources, ['Acme / system design interview reflection, 2026-09-15', 'Globex / technical interview reflection, 2026-10-10', 'Acme / interviewer feedback']);
  });

  it('offers the whole bank when no story matches, at most five', () => {
    const stories = parseJobSearch(`stories:\n${Array.from({ length: 7 }, (_, index) => `  - {title: Story ${index}, skills: [x${index}]}`).join('\n')}\n`).stories;
    assert.deepEqual(storiesFor(stories, ['nothing']).map((story) => story.title), ['Story 0', 'Story 1', 'Story 2', 'Story 3', 'Story 4']);
    assert.deepEqual(storiesFor(stories, ['x6', 'x2']).map((story) => story.title), ['Story 2', 'Story 6']);
  });

  for (const [folder, company, expected] of [
    ['prep', 'Acme Corp', 'prep/2026-12-03-acme-corp-system-design.md'],
    ['./notes/prep/', 'Café Zürich & Co.', 'notes/prep/2026-12-03-cafe-zurich-co-system-design.md'],
    ['', '日本', '2026-12-03-company-system-design.md'],
  ] as const) {
    it(`names the note ${expected}`, () => {
      assert.equal(prepPath(folder, { company }, { date: '2026-12-03', kind: 'system-design' }), expected);
    });
  }
});

describe('prep notes: the Markdown', () => {
  const dates = dateText(TODAY, 'en');

  it('fills the bundled template from the history, ending with a debrief to write in', () => {
    const { parsed, application, interview } = target(HISTORY, 'Acme', 'system-design');
    const note = renderPrepNote(TEMPLATE, prepContent(parsed, application, interview), dates);
    assert.equal(
      note,
      `# System design interview: Acme

Platform Engineer · Dec 3, 10:00

## What the posting asks for

_No posting saved with this application. Save Posting… keeps the job description beside the file._

## Who you will meet

- **Sam Ortiz** · Engineering Manager · met at the first round · last contact Oct 1: Message, Thanked them for the feedback
- **Priya**

## What went before at Acme

- Backend Engineer · Rejected · applied Sep 1
  - Sep 22, Jamie: Strong APIs; more depth on caching

## What came up before, and what you did about it

- **caching** (Acme / system design interview reflection, 2026-09-15; Globex / technical interview reflection, 2026-10-10; Acme / interviewer feedback)
  - [x] Compare cache-aside and write-through (Oct 1)
  - [ ] Build a small LRU
- **estimation** (Acme / system design interview reflection, 2026-09-15)
  - _No training planned for it yet._

## Still open in your training plan

- [ ] Window functions (SQL)

## Stories to have ready

- **Estimating a migration** (estimation, system design)
- **The cache that saved Black Friday** (caching, performance)
  - Situation: Checkout timed out under load
  - Result: p99 from 2 s to 200 ms

## Questions to ask

- What does a typical change take from idea to production here?
- Which technical problem is the team most focused on this quarter?
- How are design decisions made and written down?

<!-- job-search:debrief -->
## Debrief

_Write here after the interview, one point per line; Add Reflection… offers what you wrote._

### What went well

### What to improve

### Feedback they gave

### What was outside your control

### Stories you told

`,
    );
  });

  it('shows the file’s text literally: Markdown, HTML and template syntax do nothing', () => {
    const text = `applications:\n  - company: "<script>x</script> {{debrief}}"\n    role: "**bold** [link](javascript:x)"\n    status: interviewing\n    interviews: [{date: 2026-12-03, kind: technical, with: ["# Heading"]}]\n`;
    const { parsed, application, interview } = target(text, '<script>x</script> {{debrief}}', 'technical');
    const note = renderPrepNote(TEMPLATE, prepContent(parsed, application, interview), dates);
    assert.match(note, /^# Technical interview: \\<script\\>x\\<\/script\\> \{\{debrief\}\}\n\n\\\*\\\*bold\\\*\\\* \\\[link\\\]\(javascript:x\) · Dec 3\n/);
    assert.match(note, /- \*\*\\# Heading\*\*\n/);
    assert.equal(note.split('<!-- job-search:debrief -->').length, 2, 'a name in the file adds no second debrief');
  });

  it('keeps a workspace template’s own text and leaves placeholders it does not know', () => {
    const { parsed, application, interview } = target(HISTORY, 'Acme', 'system-design');
    assert.equal(renderPrepNote('Interview at {{company}} ({{when}}) {{unknown}}\n', prepContent(parsed, application, interview), dates), 'Interview at Acme (Dec 3, 10:00) {{unknown}}\n');
  });

  it('reads back the debrief the user wrote, section by section', () => {
    const note = `${renderPrepNote(TEMPLATE, prepContent(parseJobSearch(HISTORY), target(HISTORY, 'Acme', 'system-design').application, target(HISTORY, 'Acme', 'system-design').interview), dates)}`
      .replace('### What went well\n', '### What went well\n- Drew the whole system first\n- Asked about scale\n')
      .replace('### What to improve\n', '### What to improve\n* capacity estimates\n')
      .replace('### Feedback they gave\n', '### Feedback they gave\nThey liked the trade-offs.\nWanted numbers sooner.\n')
      .replace('### What was outside your control\n', '### What was outside your control\nThe interviewer was late.\n')
      .replace('### Stories you told\n', '### Stories you told\n- [x] Estimating a migration\n');
    assert.deepEqual(debriefOf(note), {
      wentWell: ['Drew the whole system first', 'Asked about scale'],
      toImprove: ['capacity estimates'],
      feedback: 'They liked the trade-offs. Wanted numbers sooner.',
      outsideControl: 'The interviewer was late.',
      stories: ['Estimating a migration'],
    });
    assert.equal(debriefOf('# A note without a debrief\n'), undefined);
  });
});

describe('prep notes: the file', () => {
  it('links the note from the interview, block or flow, keeping comments', () => {
    for (const [before, after] of [
      [
        'applications:\n  - company: Acme # dream\n    interviews:\n      - date: 2026-12-03\n        kind: final\n',
        'applications:\n  - company: Acme # dream\n    interviews:\n      - date: 2026-12-03\n        kind: final\n        prep: prep/2026-12-03-acme-final.md\n',
      ],
      [
        'applications:\n  - company: Acme\n    interviews: [{date: 2026-12-03, kind: final}]\n',
        'applications:\n  - company: Acme\n    interviews: [{date: 2026-12-03, kind: final, prep: prep/2026-12-03-acme-final.md}]\n',
      ],
      [
        'applications:\n  - company: Acme\n    interviews: [{date: 2026-12-03, kind: final, prep: "old.md"}]\n',
        'applications:\n  - company: Acme\n    interviews: [{date: 2026-12-03, kind: final, prep: "prep/2026-12-03-acme-final.md"}]\n',
      ],
    ] as const) {
      const { parsed, application, interview } = target(before, 'Acme', 'final');
      const plan = planSetPrep(parsed, before, application, interview, 'prep/2026-12-03-acme-final.md');
      assert.ok(!('error' in plan), 'error' in plan ? plan.error : '');
      const text = applyEdits(before, plan.edits);
      assert.equal(text, after);
      assert.equal(parseJobSearch(text).applications[0]!.interviews[0]!.prep, 'prep/2026-12-03-acme-final.md');
    }
  });

  it('puts Prepare… above each interview to come, and Open prep note above one that has a note', () => {
    const parsed = parseJobSearch('applications:\n  - company: Acme\n    status: interviewing\n    interviews:\n      - {date: 2026-11-01, kind: screening}\n      - {date: 2026-12-03, kind: final}\n      - {date: 2026-10-01, kind: technical, prep: prep/old.md}\n');
    const lenses = lensPlan(parsed, { today: TODAY, afterDays: 10 }).filter((lens) => lens.action.type === 'prepare');
    assert.deepEqual(
      lenses.map((lens) => [lens.title, lens.action.type === 'prepare' && lens.action.interview.kind]),
      [
        ['$(notebook) Prepare…', 'final'],
        ['$(notebook) Open prep note', 'technical'],
      ],
    );
  });

  it('reads the new fields, and a file without them as before', () => {
    const parsed = parseJobSearch('applications:\n  - company: A\n    interviews: [{date: 2026-12-03, prep: p.md, stories: [One]}]\n    reflections: [{date: 2026-12-04, interview: 2026-12-03}]\nstories:\n  - {title: One, skills: [x], used: ["A / final, 2026-12-03"]}\n');
    assert.deepEqual(parsed.problems, []);
    const [application] = parsed.applications;
    assert.deepEqual([application!.interviews[0]!.prep, application!.interviews[0]!.stories, application!.reflections[0]!.interview, parsed.stories[0]!.used], ['p.md', ['One'], '2026-12-03', ['A / final, 2026-12-03']]);
    const old = parseJobSearch('applications:\n  - company: A\n    interviews: [{date: 2026-12-03}]\n');
    assert.deepEqual([old.applications[0]!.interviews[0]!.prep, old.applications[0]!.interviews[0]!.stories, old.stories], [undefined, [], []]);
  });
});

describe('prep notes: the story bank and how training paid off', () => {
  it('adds a story, and records the stories told on both sides without repeating them', () => {
    const before = 'applications:\n  - company: Acme\n    interviews:\n      - {date: 2026-12-03, kind: final}\n';
    const added = applyEdits(before, (planAddStory(parseJobSearch(before), before, { title: ' Estimating a migration ', skills: 'estimation, , planning', result: 'Done in 6 weeks' }) as { edits: never[] }).edits);
    assert.equal(added, `${before}stories:\n  - title: Estimating a migration\n    skills: [estimation, planning]\n    result: Done in 6 weeks\n`);
    const parsed = parseJobSearch(added);
    const told = applyEdits(added, (planStoriesTold(parsed, added, parsed.applications[0]!, parsed.applications[0]!.interviews[0]!, parsed.stories, 'Acme / final round, 2026-12-03') as { edits: never[] }).edits);
    assert.equal(told, 'applications:\n  - company: Acme\n    interviews:\n      - {date: 2026-12-03, kind: final, stories: [Estimating a migration]}\nstories:\n  - title: Estimating a migration\n    skills: [estimation, planning]\n    result: Done in 6 weeks\n    used:\n      - "Acme / final round, 2026-12-03"\n');
    const again = parseJobSearch(told);
    const plan = planStoriesTold(again, told, again.applications[0]!, again.applications[0]!.interviews[0]!, again.stories, 'Acme / final round, 2026-12-03');
    assert.deepEqual('edits' in plan && plan.edits, [], 'told twice is told once');
    assert.deepEqual(again.problems, []);
  });

  it('points at a story without skills and at a story told that the bank lacks', () => {
    const parsed = parseJobSearch('applications:\n  - company: Acme\n    interviews: [{date: 2026-12-03, stories: [Estimating a migraton]}]\nstories:\n  - title: Estimating a migration\n');
    assert.deepEqual(
      parsed.problems.map((problem) => `${problem.range.start.line + 1}:${problem.range.start.character + 1} ${problem.code} ${problem.message}`),
      [
        '3:46 unknown-story “Estimating a migraton” is not in your stories. Did you mean “Estimating a migration”?',
        '5:12 story-without-skills “Estimating a migration” has no skills; add “skills:” so prep notes can suggest it.',
      ],
    );
  });

  it('compares confidence before and since the training, in interviews of the kinds the gap came up in', () => {
    const parsed = parseJobSearch(`applications:
  - company: A
    reflections:
      - {date: 2026-09-01, stage: system-design, confidence: 2, toImprove: [caching]}
      - {date: 2026-09-05, stage: behavioral, confidence: 5}
  - company: B
    reflections:
      - {date: 2026-09-20, stage: system-design, confidence: 3, toImprove: [caching]}
      - {date: 2026-11-01, stage: system-design, confidence: 4}
  - company: C
    reflections: [{date: 2026-11-02, stage: technical, confidence: 1, toImprove: [SQL]}]
training:
  - skill: caching
    items: [{task: LRU, done: true, doneOn: 2026-10-01}, {task: Read, done: false}]
  - skill: SQL
    items: [{task: Joins, done: true, doneOn: 2026-10-01}]
`);
    assert.deepEqual(gapProgress(parsed), [{ skill: 'caching', since: '2026-10-01', before: { average: 2.5, interviews: 2 }, after: { average: 4, interviews: 1 } }]);
  });
});
