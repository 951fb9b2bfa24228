import * as assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { chooseTemplates } from '../../src/model/chooseTemplates';
import { checkDraft, messageLength } from '../../src/model/draftChecks';
import { parseTemplate, type DraftTemplate } from '../../src/model/draftTemplate';
import { draftValues, workedOn } from '../../src/model/draftValues';
import { feedbackCounts } from '../../src/model/feedbackAsked';
import { feedbackOf } from '../../src/model/feedbackOf';
import { canAskSomeoneElse, DEFAULT_FOLLOW_THROUGH, peopleToAsk, rejectionFollowUps, type FollowThroughSettings, type Rejection } from '../../src/model/followThrough';
import { needsNudge } from '../../src/model/followUpState';
import { lensPlan, openAfterRejection } from '../../src/model/lensPlan';
import { parseJobSearch } from '../../src/model/parseJobSearch';
import { renderDraft } from '../../src/model/renderDraft';
import { skillGaps, unplannedFeedbackGaps } from '../../src/model/trainingPlan';
import { summarizeFeedback } from '../../src/model/summaries';
import { dateText } from '../../src/model/dateText';
import { ROOT } from './support/fixtures';

const TODAY = '2026-11-20'; // a Friday

function application(yaml: string) {
  const parsed = parseJobSearch(`applications:\n${yaml}`);
  assert.deepEqual(parsed.problems.filter((problem) => problem.severity === 'error'), []);
  return parsed.applications[0]!;
}

const SEPARATE: FollowThroughSettings = { ...DEFAULT_FOLLOW_THROUGH, afterRejection: 'separate-messages' };
const JAMIE = '    contacts: [{name: Jamie Lee, role: Recruiter, email: jamie@acme.example}, {name: Sam Ortiz, role: Engineering Manager}]\n';

describe('what follows a rejection', () => {
  const cases: { name: string; yaml: string; rejection: Rejection; settings?: FollowThroughSettings; expected: string[] }[] = [
    {
      name: 'by default one reply the next business day, then a keep-in-touch; no separate feedback request',
      yaml: `  - company: Acme\n${JAMIE}`,
      rejection: { date: TODAY },
      expected: ['rejection-reply 2026-11-23 Jamie Lee', 'keep-in-touch 2027-02-22 Jamie Lee'],
    },
    {
      name: 'a feedback request to someone else the user picked',
      yaml: `  - company: Acme\n${JAMIE}`,
      rejection: { date: TODAY, askAlso: 'Sam Ortiz' },
      expected: ['rejection-reply 2026-11-23 Jamie Lee', 'feedback-request 2026-11-24 Sam Ortiz', 'keep-in-touch 2027-02-22 Jamie Lee'],
    },
    {
      name: 'never a second request to the person the reply already goes to, whatever the capitals',
      yaml: `  - company: Acme\n${JAMIE}`,
      rejection: { date: TODAY, askAlso: 'jamie lee' },
      expected: ['rejection-reply 2026-11-23 Jamie Lee', 'keep-in-touch 2027-02-22 Jamie Lee'],
    },
    {
      name: 'no feedback request once they gave feedback with the news',
      yaml: `  - company: Acme\n${JAMIE}`,
      rejection: { date: TODAY, askAlso: 'Sam Ortiz', feedback: { text: 'More depth on caching' } },
      expected: ['rejection-reply 2026-11-23 Jamie Lee', 'keep-in-touch 2027-02-22 Jamie Lee'],
    },
    {
      name: 'no feedback request when the file already holds feedback, in the old one-text shape too',
      yaml: `  - company: Acme\n${JAMIE}    feedback: More depth on caching\n`,
      rejection: { date: TODAY, askAlso: 'Sam Ortiz' },
      expected: ['rejection-reply 2026-11-23 Jamie Lee', 'keep-in-touch 2027-02-22 Jamie Lee'],
    },
    {
      name: 'no feedback request when a reflection of an earlier version holds it',
      yaml: `  - company: Acme\n${JAMIE}    reflections: [{date: 2026-11-19, feedback: Go deeper}]\n`,
      rejection: { date: TODAY, askAlso: 'Sam Ortiz' },
      settings: SEPARATE,
      expected: ['thank-you 2026-11-23 Jamie Lee', 'keep-in-touch 2027-02-22 Jamie Lee'],
    },
    {
      name: 'separate messages: a thank-you, then a feedback request to the same contact',
      yaml: `  - company: Acme\n${JAMIE}`,
      rejection: { date: TODAY },
      settings: SEPARATE,
      expected: ['thank-you 2026-11-23 Jamie Lee', 'feedback-request 2026-11-24 Jamie Lee', 'keep-in-touch 2027-02-22 Jamie Lee'],
    },
    {
      name: 'a rejection recorded two weeks late: the reply is due today, not in the past',
      yaml: `  - company: Acme\n${JAMIE}`,
      rejection: { date: '2026-11-06' },
      expected: ['rejection-reply 2026-11-20 Jamie Lee', 'keep-in-touch 2027-02-08 Jamie Lee'],
    },
    {
      name: 'a reply already waiting is not scheduled twice; one sent long ago does not count',
      yaml: `  - company: Acme\n    followUps: [{kind: rejection-reply, due: 2026-11-21}, {kind: keep-in-touch, due: 2025-01-01, sent: 2025-01-01}]\n`,
      rejection: { date: TODAY },
      expected: ['keep-in-touch 2027-02-22 -'],
    },
  ];
  for (const { name, yaml, rejection, settings, expected } of cases) {
    it(name, () => {
      const scheduled = rejectionFollowUps(application(yaml), rejection, TODAY, settings ?? DEFAULT_FOLLOW_THROUGH);
      assert.deepEqual(scheduled.map((followUp) => `${followUp.kind} ${followUp.due} ${followUp.contact ?? '-'}`), expected);
    });
  }
});

describe('the after-rejection lenses on the company line', () => {
  const cases: [string, string, string[]][] = [
    ['nothing sent yet', '', ['rejection-reply', 'keep-in-touch']],
    ['the reply sent', '    followUps: [{kind: rejection-reply, sent: 2026-11-21}]\n', ['keep-in-touch']],
    ['the reply skipped', '    followUps: [{kind: rejection-reply, skipped: 2026-11-21}]\n', ['keep-in-touch']],
    ['a thank-you sent after the rejection answers it too', '    followUps: [{kind: thank-you, sent: 2026-11-21}]\n', ['keep-in-touch']],
    ['a thank-you for an earlier interview does not', '    followUps: [{kind: thank-you, sent: 2026-11-02}]\n', ['rejection-reply', 'keep-in-touch']],
    ['an old file with a scheduled feedback request keeps its lens', '    followUps: [{kind: thank-you, sent: 2026-11-21}, {kind: feedback-request, due: 2026-11-24}]\n', ['feedback-request', 'keep-in-touch']],
    ['everything sent or skipped', '    followUps: [{kind: rejection-reply, sent: 2026-11-21}, {kind: keep-in-touch, skipped: 2026-11-22}]\n', []],
  ];
  for (const [name, followUps, expected] of cases) {
    it(name, () => {
      const rejected = application(`  - company: Acme\n    status: rejected\n    history: [{date: 2026-11-01, status: applied}, {date: 2026-11-20, status: rejected}]\n${followUps}`);
      assert.deepEqual(openAfterRejection(rejected), expected);
      const titles = lensPlan({ applications: [rejected], training: [] }).filter((lens) => lens.span === rejected.fields.company).map((lens) => lens.title);
      assert.equal(titles.length, expected.length, titles.join(', '));
    });
  }
});

describe('feedback, in one home', () => {
  it('reads every shape: one text, one entry, a list of texts and entries, and the feedback of old reflections', () => {
    const file = `applications:
  - company: A
    feedback: Strong APIs
  - company: B
    feedback: {date: 2026-11-02, from: Sam, text: Clear talker}
  - company: C
    feedback:
      - Good tests
      - {date: 2026-11-03, from: Priya Nair, text: "More depth: caching"}
    reflections: [{date: 2026-11-01, feedback: From a reflection}]
`;
    const parsed = parseJobSearch(file);
    assert.deepEqual(parsed.problems, []);
    assert.deepEqual(
      parsed.applications.map((app) => feedbackOf(app).map((note) => [note.text, note.date ?? '', note.from ?? '', note.origin])),
      [
        [['Strong APIs', '', '', 'application']],
        [['Clear talker', '2026-11-02', 'Sam', 'application']],
        [
          ['Good tests', '', '', 'application'],
          ['From a reflection', '2026-11-01', '', 'reflection'],
          ['More depth: caching', '2026-11-03', 'Priya Nair', 'application'],
        ],
      ],
    );
  });

  it('reports a bad entry on its own line, and keeps the good ones', () => {
    const file = 'applications:\n  - company: A\n    feedback:\n      - {from: Sam}\n      - [nested]\n      - {text: Fine, date: 2026-02-30}\n';
    const parsed = parseJobSearch(file);
    const where = (line: number) => parsed.problems.filter((problem) => problem.range.start.line === line).map((problem) => problem.code);
    assert.deepEqual(where(3), ['missing-field']);
    assert.deepEqual(where(4), ['wrong-type']);
    assert.deepEqual(where(5), ['invalid-date']);
    assert.deepEqual(parsed.applications[0]!.feedback.map((note) => note.text), ['Fine']);
  });

  it('reaches the gaps from any of its shapes', () => {
    const parsed = parseJobSearch('applications:\n  - company: A\n    skillGaps: [caching]\n    feedback: [{text: "Go deeper on caching"}]\n  - company: B\n    reflections: [{date: 2026-11-01, feedback: caching was thin}]\n');
    const caching = skillGaps(parsed).find((gap) => gap.skill === 'caching')!;
    assert.deepEqual(caching.mentions.filter((mention) => mention.origin === 'feedback').map((mention) => mention.application.company), ['A', 'B']);
  });

  it('names the gaps without a plan that an application’s feedback points to, so saving an answer can offer to plan one', () => {
    const parsed = parseJobSearch(`applications:
  - company: A
    reflections: [{date: 2026-11-01, toImprove: [caching, system design]}]
    feedback: [{text: "Go deeper on Caching and on system design"}]
  - company: B
    skillGaps: [SQL]
training:
  - skill: system design
`);
    assert.deepEqual(unplannedFeedbackGaps(parsed, parsed.applications[0]!), ['caching']);
    assert.deepEqual(unplannedFeedbackGaps(parsed, parsed.applications[1]!), []);
  });

  it('shows in the tree as who said it and when, the text shortened in the row and whole in the tooltip', () => {
    const dates = dateText(TODAY);
    const long = 'Strong on APIs and testing; the team wanted more depth on caching, eviction and consistency under load.';
    const [entry] = application(`  - company: A\n    feedback: [{date: 2026-11-13, from: Priya Nair, text: "${long}"}]\n`).feedback;
    const summary = summarizeFeedback(entry!, dates);
    assert.equal(summary.label, 'Feedback from Priya Nair');
    assert.match(summary.description!, /^last week · Strong on APIs and testing; the team wanted more depth on…$/);
    assert.deepEqual(summary.details, ['Feedback from Priya Nair · Nov 13', long]);
    assert.deepEqual(summarizeFeedback({ span: entry!.span, text: 'Short' }, dates), { label: 'Feedback', description: 'Short', details: ['Feedback', 'Short'] });
  });

  it('counts what was asked, what came back with feedback, and the median days to an answer', () => {
    const parsed = parseJobSearch(`applications:
  - company: A
    feedback: [{date: 2026-11-10, from: Jamie, text: More depth}]
    followUps:
      - {kind: rejection-reply, sent: 2026-11-02, contact: Jamie, replied: 2026-11-10}
  - company: B
    followUps:
      - {kind: feedback-request, sent: 2026-11-01, replied: 2026-11-03, reply: "Sorry, policy"}
      - {kind: feedback-request, due: 2026-11-05}
      - {kind: thank-you, sent: 2026-11-01, replied: 2026-11-02}
  - company: C
    followUps: [{kind: feedback-request, sent: 2026-11-04}]
`);
    // The unsent request and the thank-you do not count; a polite "no" is an answer, but not feedback.
    assert.deepEqual(feedbackCounts(parsed.applications), { asked: 3, received: 1, medianReplyDays: 5 });
    assert.deepEqual(feedbackCounts([]), { asked: 0, received: 0 });
  });
});

describe('one gentle nudge', () => {
  const cases: [string, string, boolean][] = [
    ['a request sent ten days ago with no answer', '{kind: feedback-request, sent: 2026-11-10}', true],
    ['the reply to a rejection, too', '{kind: rejection-reply, sent: 2026-11-01}', true],
    ['not before ten days', '{kind: check-in, sent: 2026-11-11}', false],
    ['never twice', '{kind: referral-request, sent: 2026-11-01, nudged: 2026-11-12}', false],
    ['not once they answered', '{kind: feedback-request, sent: 2026-11-01, replied: 2026-11-05}', false],
    ['not for a message that asks nothing', '{kind: thank-you, sent: 2026-11-01}', false],
    ['not for one still to send', '{kind: feedback-request, due: 2026-11-01}', false],
  ];
  for (const [name, followUp, expected] of cases) {
    it(`${expected ? 'suggests' : 'does not suggest'} one: ${name}`, () => {
      const app = application(`  - company: A\n    followUps: [${followUp}]\n`);
      assert.equal(needsNudge(app.followUps[0]!, TODAY, 10), expected);
      const lens = lensPlan({ applications: [app], training: [] }, { today: TODAY, afterDays: 10 }).some((spec) => spec.action.type === 'nudge');
      assert.equal(lens, expected);
    });
  }
});

describe('asking someone else after the reply went unanswered', () => {
  const base = '  - company: A\n    status: rejected\n    contacts: [{name: Ana Costa}, {name: Bo Lind}]\n    interviews: [{date: 2026-10-28, with: [bo lind, Cy Park]}]\n';
  const cases: [string, string, boolean][] = [
    ['ten days without an answer', '    followUps: [{kind: rejection-reply, sent: 2026-11-10, contact: Ana Costa}]\n', true],
    ['not before ten days', '    followUps: [{kind: rejection-reply, sent: 2026-11-12, contact: Ana Costa}]\n', false],
    ['not once they answered', '    followUps: [{kind: rejection-reply, sent: 2026-11-01, contact: Ana Costa, replied: 2026-11-03}]\n', false],
    ['not once feedback is recorded', '    feedback: Go deeper\n    followUps: [{kind: rejection-reply, sent: 2026-11-01, contact: Ana Costa}]\n', false],
    ['not when someone else was asked already', '    followUps: [{kind: rejection-reply, sent: 2026-11-01, contact: Ana Costa}, {kind: feedback-request, due: 2026-11-30, contact: Bo Lind}]\n', false],
    ['not for another kind of message', '    followUps: [{kind: check-in, sent: 2026-11-01, contact: Ana Costa}]\n', false],
  ];
  for (const [name, followUps, expected] of cases) {
    it(`${expected ? 'offers' : 'does not offer'} it: ${name}`, () => {
      const app = application(base + followUps);
      assert.equal(canAskSomeoneElse(app, app.followUps[0]!, TODAY, 10), expected);
    });
  }

  it('lists each person met once, interviewers first, without the one already written to', () => {
    assert.deepEqual(peopleToAsk(application(base), 'ana costa'), ['bo lind', 'Cy Park']);
    assert.deepEqual(peopleToAsk(application('  - company: A\n    contacts: [{name: Ana}]\n'), 'Ana'), []);
  });
});

describe('templates as a reader sees them', () => {
  const templates: DraftTemplate[] = readdirSync(join(ROOT, 'snippets')).map((name) => parseTemplate(name.replace(/\.snippet$/, ''), readFileSync(join(ROOT, 'snippets', name), 'utf8'), 'bundled') as DraftTemplate);
  const PRIVATE = 'SECRET-NOTE they seemed bored';
  const file = parseJobSearch(`profile: {name: Alex Doe}
applications:
  - company: Acme
    role: Backend Engineer
    status: rejected
    history: [{date: 2026-10-01, status: applied}, {date: 2026-10-20, status: rejected}]
    contacts: [{name: Jamie Lee, email: jamie@acme.example}]
    interviews:
      - {date: 2026-10-08, kind: screening, with: [Jamie Lee]}
      - {date: 2026-10-15, kind: panel, with: [Sam Ortiz, Priya Nair, Lee Wu], highlight: GraphQL federation at scale, notes: "${PRIVATE}"}
  - company: Globex
    status: rejected
    feedback: [{date: 2026-11-01, from: Priya, text: Strong tests}]
  - company: "<b>Initech</b> & {{role}}"
    role: "\${1:x} Dev"
    status: rejected
    contacts: [{name: "Zoë O'Brien-Ñúñez"}]
    interviews: [{date: 2026-11-01, kind: technical, notes: "${PRIVATE}"}]
  - company: Hooli
    status: interviewing
    interviews: [{date: 2026-11-18, kind: onsite, with: [Ana]}]
training:
  - skill: system design
    source: Acme / panel interview
    items: [{task: Designed a URL shortener, done: true}]
`);
  const COMPARISON = /other candidates|compared (to|with)|who moved forward|than me|the candidate you (chose|hired)/i;
  const GUILT = /real effort|worked (so )?hard|disappoint|unfortunately|just checking in|i('m| am) sorry|hate to bother|must be busy/i;
  for (const template of templates) {
    for (const app of file.applications) {
      it(`${template.id} for ${app.company}: no raw syntax, no private notes, no comparison, no guilt`, () => {
        const values = draftValues(app, '2026-11-20', { profile: file.profile, training: file.training, followUp: { sent: '2026-11-05' } });
        const draft = renderDraft(template, values, 'plaintext');
        // The hostile company name brings its own braces; everything else must be filled or a readable hint.
        assert.doesNotMatch(draft.text.split(app.company).join(''), /undefined|null|NaN|\{\{|\}\}/);
        assert.ok(!app.company.includes('<') || draft.text.includes(app.company) || !template.body.includes('{{company}}'), 'the company is inserted as written');
        assert.ok(!draft.text.includes('SECRET-NOTE'), 'interview notes are private');
        assert.doesNotMatch(draft.text, COMPARISON);
        assert.doesNotMatch(draft.text, GUILT);
        if (app.company.includes('Initech')) assert.ok(draft.text.includes("Zoë") || !template.body.includes('contactFirstName'), 'a name is kept as written');
        if (template.maxLength) assert.ok(messageLength(draft.text) <= template.maxLength, `${messageLength(draft.text)} > ${template.maxLength}`);
      });
    }
  }

  it('keeps the highlight exactly as written, capitals included', () => {
    const thanks = templates.find((template) => template.id === 'thank-you-interview')!;
    const text = renderDraft(thanks, draftValues(file.applications[0]!, '2026-11-20'), 'plaintext').text;
    assert.match(text, /I especially enjoyed GraphQL federation at scale\./);
  });

  it('asks in a way that is easy to answer and leaves room for a policy, in every message that asks for feedback', () => {
    const asking = templates.filter((template) => template.kind === 'feedback-request' || (template.kind === 'rejection-reply' && template.fits.includes('no-feedback')));
    assert.ok(asking.length >= 4);
    for (const template of asking) {
      assert.match(template.body, /sentence|a line/, `${template.id}: a low-effort way to answer`);
      assert.match(template.body, /cannot share|not something you can share|not able/, `${template.id}: room for a policy`);
      assert.match(template.body, /stronger/, `${template.id}: asks what would have made the user stronger`);
    }
  });

  it('picks the reply fitted to the stage reached, and a thank-you for feedback already given', () => {
    const [acme, globex, initech] = file.applications;
    const first = (app: typeof acme) => chooseTemplates(templates, 'rejection-reply', app!).map((template) => template.id);
    assert.deepEqual(first(acme), ['rejection-reply-interviews']);
    assert.deepEqual(first(globex), ['rejection-reply-feedback']);
    assert.deepEqual(first(initech), ['rejection-reply-interviews']);
    assert.deepEqual(first({ ...acme!, interviews: [] }), ['rejection-reply-screening']);
    assert.deepEqual(templates.filter((template) => template.fits.includes('nudge')).map((template) => template.id), ['nudge']);
    assert.deepEqual(chooseTemplates(templates, 'other', acme!).map((template) => template.id), ['short-note'], 'a nudge is never offered as a message of its own');
  });

  it('tells in the keep-in-touch note what the user trained on since, from the plan', () => {
    assert.equal(workedOn(file.applications[0]!, file.training), 'system design (Designed a URL shortener)');
    assert.equal(workedOn(file.applications[1]!, file.training), undefined);
    const keep = templates.find((template) => template.id === 'keep-in-touch')!;
    assert.match(renderDraft(keep, draftValues(file.applications[0]!, '2026-11-20', { training: file.training }), 'plaintext').text, /I have been working on system design \(Designed a URL shortener\)\./);
  });

  it('gives the check-in the date the user applied', () => {
    const checkIn = templates.find((template) => template.id === 'check-in')!;
    assert.match(renderDraft(checkIn, draftValues(file.applications[0]!, '2026-11-20'), 'plaintext').text, /on October 1 and wanted to ask where things stand/);
  });
});

describe('a draft checked before it leaves', () => {
  const template = parseTemplate('t', '---\nkind: connection-note\nmaxLength: 60\nsubject: Hi\n---\nHi {{contactFirstName}}, I enjoyed{{?, especially |a topic}}. {{?one more thing}}\n', 'workspace') as DraftTemplate;
  const draft = renderDraft(template, {}, 'plaintext');

  it('names every hint still as inserted', () => {
    assert.equal(draft.text, 'Subject: Hi\n\nHi name, I enjoyed, especially a topic. one more thing\n');
    assert.deepEqual(checkDraft(draft.text, draft.hints).unedited, ['name', 'a topic', 'one more thing']);
  });

  it('lets go of a hint typed over, or deleted with its lead-in, even next to another hint', () => {
    const typed = draft.text.replace('Hi name', 'Hi Jamie').replace(', especially a topic', '');
    assert.deepEqual(checkDraft(typed, draft.hints).unedited, ['one more thing']);
    assert.deepEqual(checkDraft(typed.replace('one more thing', 'See you.'), draft.hints).unedited, []);
  });

  it('counts the message without its subject against the limit', () => {
    const long = draft.text.replace('one more thing', 'x'.repeat(40));
    const check = checkDraft(long, draft.hints, template.maxLength);
    assert.deepEqual(check.over, { count: messageLength(long), max: 60 });
    assert.equal(messageLength('Subject: Hi\n\nHi 👋'), 4);
    assert.equal(checkDraft('Subject: Hi\n\nshort', [], 60).over, undefined);
  });
});
