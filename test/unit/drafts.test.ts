import * as assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { BUNDLED_TEMPLATE_NAMES } from '../../src/services/bundledTemplates';
import { chooseTemplates } from '../../src/model/chooseTemplates';
import { mailtoLink, parseDraft } from '../../src/model/draftMessage';
import { mergeTemplates, parseTemplate, type DraftTemplate } from '../../src/model/draftTemplate';
import { draftValues } from '../../src/model/draftValues';
import { businessDaysAfter, monthsAfter, rejectionFollowUps, DEFAULT_FOLLOW_THROUGH } from '../../src/model/followThrough';
import { parseJobSearch } from '../../src/model/parseJobSearch';
import { renderDraft } from '../../src/model/renderDraft';
import { reflectionEntry } from '../../src/model/reflectionEntry';
import { escapeSnippet, snippetToText } from '../../src/model/snippetText';
import { FOLLOW_UP_KINDS } from '../../src/model/vocabulary';
import { ROOT } from './support/fixtures';

const TODAY = '2026-11-22';

function bundledTemplates(): DraftTemplate[] {
  const folder = join(ROOT, 'snippets');
  return readdirSync(folder).map((name) => {
    const template = parseTemplate(name.replace(/\.snippet$/, ''), readFileSync(join(folder, name), 'utf8'), 'bundled');
    assert.ok(typeof template !== 'string', template as string);
    return template;
  });
}

/** Applications from complete to nearly empty, and one whose text is full of snippet syntax. */
const APPLICATIONS = parseJobSearch(
  `
profile: {name: Alex Doe, signature: "Alex Doe\\ngithub.com/alexdoe"}
applications:
  - company: Acme Corp
    role: Backend Engineer
    status: rejected
    contacts: [{name: Jamie Lee, email: jamie@acme.example}]
    interviews:
      - {date: 2026-10-15, kind: system-design, with: [Sam Ortiz, Priya Nair], highlight: the rate limiter design exercise, notes: "Designed a rate limiter; ran out of time"}
  - company: Globex
  - company: "Cash$App \${1:x}"
    role: "Back\\\\slash } brace"
    status: interviewing
    contacts: [{name: "$TM_FILENAME Jones"}]
    interviews: [{date: 2026-11-20, kind: screening, notes: "Talked about \${2:weird} things"}]
`,
);

describe('draft templates', () => {
  const templates = bundledTemplates();

  it('bundles one for every follow-up kind, "other" included, so every Draft lens opens a draft', () => {
    const kinds = new Set(templates.map((template) => template.kind));
    assert.deepEqual(FOLLOW_UP_KINDS.filter((kind) => !kinds.has(kind)), []);
  });

  for (const template of templates) {
    describe(template.id, () => {
      for (const application of APPLICATIONS.applications) {
        it(`renders for ${application.company}`, () => {
          const values = draftValues(application, TODAY, { profile: APPLICATIONS.profile });
          const draft = renderDraft(template, values, 'plaintext');
          assert.doesNotMatch(draft.text, /undefined|null|\{\{|\}\}|NaN/);
          assert.match(draft.text, /^Subject: /);
          // Every placeholder the snippet shows comes from a missing value or a free-text stop.
          for (const name of draft.missing) assert.ok(!(values as Record<string, unknown>)[name], name);
          if (application.company === 'Globex') assert.ok(draft.missing.includes('contactFirstName'));
        });
      }

      if (template.maxLength) it('keeps within its length limit for a typical application', () => {
        const draft = renderDraft(template, draftValues(APPLICATIONS.applications[0]!, TODAY, { profile: APPLICATIONS.profile }), 'plaintext');
        const body = parseDraft(draft.text).body;
        assert.ok(body.length <= template.maxLength!, `${body.length} characters: ${body}`);
      });
    });
  }

  it('fills values from the file, and makes missing ones tab stops numbered in order', () => {
    const thankYou = templates.find((template) => template.id === 'thank-you-interview')!;
    const [acme, globex] = APPLICATIONS.applications;
    const full = renderDraft(thankYou, draftValues({ ...acme!, status: 'interviewing' }, TODAY, { profile: APPLICATIONS.profile }), 'plaintext');
    assert.deepEqual(full.missing, []);
    assert.match(full.text, /^Subject: Thank you for your time on October 15\n\nHi Jamie,/);
    assert.match(full.text, /on October 15 about the Backend Engineer role\. I especially enjoyed the rate limiter design exercise\./);
    assert.match(full.text, /join Acme Corp\./);
    assert.match(full.text, /Best regards,\nAlex Doe\ngithub\.com\/alexdoe\n$/);
    const bare = renderDraft(thankYou, draftValues(globex!, TODAY), 'markdown');
    assert.deepEqual(bare.missing, ['interviewDate', 'contactFirstName', 'role', 'highlight', 'signature']);
    assert.match(bare.snippet, /^\*\*Subject:\*\* Thank you for your time on \$\{1:the interview date\}\n\nHi \$\{2:name\},/);
    assert.match(bare.snippet, /talking with me on \$\{1:the interview date\} about the \$\{3:role\} role/, 'a repeated variable reuses its tab stop');
  });

  it('drafts an overdue thank-you about the interview it follows, not a later round', () => {
    const text = 'applications:\n  - company: Globex\n    interviews:\n      - {date: 2026-11-18, kind: technical}\n      - {date: 2026-11-24, kind: final}\n    followUps:\n      - {kind: thank-you, due: 2026-11-19}\n';
    const globex = parseJobSearch(text).applications[0]!;
    const values = draftValues(globex, '2026-11-30', { followUp: globex.followUps[0] });
    assert.equal(values.interviewDate, 'November 18');
    assert.equal(values.interviewKind, 'technical interview');
    // Without a follow-up, a new message is about the latest interview so far.
    assert.equal(draftValues(globex, '2026-11-30').interviewDate, 'November 24');
  });

  it('nests a lead-in hint so typing over the hint keeps the words around it', () => {
    const template = parseTemplate('mine', '---\nkind: thank-you\nsubject: Thanks\n---\nI learned a lot{{?, especially about |something we discussed}}. See {{?you soon}}.\n', 'workspace');
    assert.ok(typeof template !== 'string');
    const draft = renderDraft(template, {}, 'plaintext');
    // Tab 1 selects only the hint; Tab 2 the whole clause, to delete it; the next hint is Tab 3.
    assert.match(draft.snippet, /I learned a lot\$\{2:, especially about \$\{1:something we discussed\}\}\. See \$\{3:you soon\}\./);
    assert.match(draft.text, /I learned a lot, especially about something we discussed\. See you soon\./);
  });

  it('inserts snippet syntax from the file literally', () => {
    const cash = APPLICATIONS.applications[2]!;
    const values = draftValues(cash, TODAY);
    const draft = renderDraft(templates.find((template) => template.id === 'check-in')!, values, 'plaintext');
    assert.ok(draft.snippet.includes('Cash\\$App \\${1:x\\}'), draft.snippet);
    assert.ok(draft.text.includes('Cash$App ${1:x}'));
    assert.ok(draft.text.includes('Back\\slash } brace'));
    assert.ok(draft.text.includes('Hi $TM_FILENAME,'));
  });

  it('picks the after-rejection thank-you for a rejection and the stage-specific feedback request', () => {
    const [acme, , cash] = APPLICATIONS.applications;
    assert.equal(chooseTemplates(templates, 'thank-you', acme!)[0]?.id, 'thank-you-rejection');
    assert.equal(chooseTemplates(templates, 'thank-you', cash!)[0]?.id, 'thank-you-interview');
    assert.equal(chooseTemplates(templates, 'feedback-request', acme!)[0]?.id, 'feedback-request-final');
    assert.equal(chooseTemplates(templates, 'feedback-request', { ...cash!, status: 'rejected' })[0]?.id, 'feedback-request-screening');
  });

  it('lets workspace templates replace bundled ones and add new ones', () => {
    const custom = parseTemplate('thank-you-rejection', '---\ntitle: Mine\nkind: thank-you\nfits: rejected\nsubject: Thanks\n---\nThanks {{contactFirstName}}!\n', 'workspace');
    const extra = parseTemplate('thank-you-short', '---\ntitle: Short\nkind: thank-you\nsubject: Thanks\n---\nThanks!\n', 'workspace');
    assert.ok(typeof custom !== 'string' && typeof extra !== 'string');
    const merged = mergeTemplates(templates, [custom, extra]);
    assert.equal(merged.length, templates.length + 1);
    const choices = chooseTemplates(merged, 'thank-you', APPLICATIONS.applications[0]!).map((template) => template.title);
    assert.deepEqual(choices, ['Mine', 'Short']);
  });

  const broken: [string, RegExp][] = [
    ['no header at all', /header between two/],
    ['---\nkind: thanks\n---\nbody', /“kind” must be one of/],
    ['---\nkind: thank-you\nfits: [sometimes]\n---\nbody', /“fits” may only list/],
    ['---\nkind: [\n---\nbody', /not valid YAML/],
  ];
  for (const [text, message] of broken) {
    it(`reports a broken template: ${JSON.stringify(text.slice(0, 24))}`, () => {
      const result = parseTemplate('mine', text, 'workspace');
      assert.equal(typeof result, 'string');
      assert.match(result as string, message);
    });
  }
});

describe('snippet text', () => {
  const cases: [string, string][] = [
    ['plain', 'plain'],
    ['$1 and ${2}', '\\$1 and \\${2\\}'],
    ['back\\slash', 'back\\\\slash'],
  ];
  for (const [raw, escaped] of cases) {
    it(`escapes ${raw}`, () => {
      assert.equal(escapeSnippet(raw), escaped);
      assert.equal(snippetToText(escaped), raw);
    });
  }

  it('shows placeholders at their defaults', () => {
    assert.equal(snippetToText('Hi ${1:name}, ${2:role} {x} $0'), 'Hi name, role {x} ');
  });
});

describe('draft messages', () => {
  it('reads the subject and body back from either format', () => {
    assert.deepEqual(parseDraft('Subject: Thanks!\r\n\r\nHi Jamie,\r\nBye\r\n'), { subject: 'Thanks!', body: 'Hi Jamie,\nBye' });
    assert.deepEqual(parseDraft('**Subject:** Thanks\n\nHi'), { subject: 'Thanks', body: 'Hi' });
    assert.deepEqual(parseDraft('No subject here\n'), { subject: '', body: 'No subject here' });
  });

  it('encodes a mailto link so every character survives', () => {
    const link = mailtoLink('jamie@acme.example', { subject: 'Q&A: 100% sure?', body: 'Hi Jamie,\nthanks (really) & bye #1' });
    assert.equal(link, 'mailto:jamie@acme.example?subject=Q%26A%3A%20100%25%20sure%3F&body=Hi%20Jamie%2C%0D%0Athanks%20%28really%29%20%26%20bye%20%231');
    const url = new URL(link);
    assert.equal(url.searchParams.get('subject'), 'Q&A: 100% sure?');
    assert.equal(url.searchParams.get('body'), 'Hi Jamie,\r\nthanks (really) & bye #1');
    assert.equal(mailtoLink(undefined, { subject: '', body: 'x' }), 'mailto:?body=x');
  });
});

describe('follow-through dates', () => {
  const business: [string, number, string][] = [
    ['2026-11-20', 1, '2026-11-23'], // Friday → Monday
    ['2026-11-21', 1, '2026-11-23'], // Saturday → Monday
    ['2026-11-22', 2, '2026-11-24'], // Sunday → Tuesday
    ['2026-11-30', 2, '2026-12-02'], // across a month end
    ['2026-12-31', 1, '2027-01-01'], // across a year end
  ];
  for (const [from, days, to] of business) {
    it(`${days} business day(s) after ${from} is ${to}`, () => assert.equal(businessDaysAfter(from, days), to));
  }

  const months: [string, string][] = [
    ['2026-10-20', '2027-01-20'],
    ['2026-11-30', '2027-03-01'], // Feb 28 2027 is a Sunday
    ['2026-08-31', '2026-11-30'], // no November 31st
  ];
  for (const [from, to] of months) {
    it(`about three months after ${from} is ${to}`, () => assert.equal(monthsAfter(from, 3), to));
  }

  it('schedules the separate after-rejection messages when asked to, skipping kinds already waiting', () => {
    const [acme] = parseJobSearch(
      'applications:\n  - company: Acme\n    contacts: [{name: Jamie Lee}]\n    followUps: [{kind: feedback-request, due: 2026-11-21}]\n',
    ).applications;
    const separate = { ...DEFAULT_FOLLOW_THROUGH, afterRejection: 'separate-messages' } as const;
    assert.deepEqual(rejectionFollowUps(acme!, { date: '2026-11-20' }, '2026-11-20', separate), [
      { kind: 'thank-you', due: '2026-11-23', contact: 'Jamie Lee' },
      { kind: 'keep-in-touch', due: '2027-02-22', contact: 'Jamie Lee' },
    ]);
    assert.deepEqual(
      rejectionFollowUps(acme!, { date: '2026-11-20' }, '2026-11-20', { ...separate, thankYouBusinessDays: 0, feedbackRequestBusinessDays: 5, keepInTouchMonths: 6 }).map((followUp) => followUp.due),
      ['2026-11-20', '2027-05-20'],
    );
  });
});

describe('reflection entries', () => {
  it('keeps what was typed and leaves out what was left empty', () => {
    assert.deepEqual(
      reflectionEntry({ date: '2026-11-22', stage: 'technical', confidence: 3, wentWell: ' API design,, clarifying ', toImprove: 'caching' }),
      { date: '2026-11-22', stage: 'technical', confidence: 3, wentWell: ['API design', 'clarifying'], toImprove: ['caching'] },
    );
    assert.deepEqual(reflectionEntry({ date: '2026-11-22', wentWell: '', toImprove: '' }), { date: '2026-11-22' });
  });
});

describe('bundled template names', () => {
  it('list exactly the files in snippets/, which web hosts cannot list themselves', () => {
    const files = readdirSync(join(__dirname, '..', '..', 'snippets')).filter((name) => name.endsWith('.snippet')).map((name) => name.slice(0, -'.snippet'.length));
    assert.deepEqual([...BUNDLED_TEMPLATE_NAMES].sort(), files.sort());
  });
});
