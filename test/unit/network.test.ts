import * as assert from 'node:assert/strict';
import { chooseTemplates, personTemplates, variantTemplates } from '../../src/model/chooseTemplates';
import { dateText } from '../../src/model/dateText';
import { parseTemplate, type DraftTemplate } from '../../src/model/draftTemplate';
import { draftValues, personDraftValues } from '../../src/model/draftValues';
import { DEFAULT_FOLLOW_THROUGH, planRecordInterview, rejectionFollowUps } from '../../src/model/followThrough';
import { needsAction } from '../../src/model/needsAction';
import { networkIndex, openReferralAsk, referenceOf } from '../../src/model/network';
import { parseJobSearch } from '../../src/model/parseJobSearch';
import { planAddContact, planAddPerson, planLogTouch, planNextTouch } from '../../src/model/peopleEdits';
import { messagesFor, touchForMessage } from '../../src/model/personMessages';
import { peopleGroups, summarizePerson } from '../../src/model/peopleView';
import { planAddApplication, peopleAtCompany } from '../../src/model/planEdits';
import { summarizeAction } from '../../src/model/summaries';
import { applyEdits } from './support/applyEdits';
import { located } from './support/fixtures';
import { PEOPLE_FILE } from './support/peopleFile';

const TODAY = '2026-11-30';

/** Applies a plan to `text`, failing the test when it refuses. */
function apply(text: string, plan: ReturnType<typeof planAddPerson>): string {
  assert.ok(!('error' in plan), 'error' in plan ? plan.error : '');
  return applyEdits(text, plan.edits);
}

describe('people: who is due, and how they link to applications', () => {
  const parsed = parseJobSearch(PEOPLE_FILE);

  it('lists a person whose next touch is due in Needs action, after applications equally due', () => {
    const items = needsAction(parsed, '2026-12-01', 0).map((item) => summarizeAction(item).byCompany);
    assert.deepEqual(items, [
      { label: 'Umbrella Health', description: 'Status check-in · due today' },
      { label: 'Jordan Park', description: 'Reach out · due today' },
    ]);
    assert.deepEqual(needsAction(parsed, '2026-11-28', 2).map((item) => item.kind), []);
    assert.deepEqual(needsAction(parsed, '2026-11-29', 2).map((item) => item.kind), ['followUp', 'person']);
  });

  it('groups people: due, coming up, then by company with no company last', () => {
    const text = `${PEOPLE_FILE}    next: 2026-12-10\n  - name: Ada Byron\n    next: 2026-11-20\n  - name: Ben Ito\n`;
    const groups = peopleGroups(parseJobSearch(text), TODAY);
    const names = (people: readonly { name: string }[]): string[] => people.map((person) => person.name);
    assert.deepEqual(names(groups.due), ['Ada Byron']);
    assert.deepEqual(names(groups.comingUp), ['Jordan Park', 'Sam Ortiz']);
    assert.deepEqual(
      groups.byCompany.map((group) => [group.company, names(group.people)]),
      [
        ['Acme Corp', ['Sam Ortiz']],
        ['Umbrella Health', ['Jordan Park']],
        [undefined, ['Ada Byron', 'Ben Ito']],
      ],
    );
  });

  it('links a person to the applications they are a contact of or were in touch about, once each', () => {
    const index = networkIndex(parsed);
    const [jordan, sam] = parsed.people;
    assert.deepEqual(index.applicationsOf(jordan!).map((application) => application.company), ['Umbrella Health']);
    assert.deepEqual(index.applicationsOf(sam!), []);
    assert.deepEqual(index.peopleOf(parsed.applications[0]!).map((person) => person.name), ['Jordan Park']);
  });

  it('knows a referral ask is open until a referral is given or declined after it', () => {
    const jordan = parsed.people[0]!;
    assert.equal(openReferralAsk(jordan)?.date, '2026-11-10');
    assert.deepEqual(messagesFor(jordan), ['keep-in-touch', 'connection-note', 'other']);
    const text = PEOPLE_FILE.replace(
      '      - {date: 2026-11-10, kind: referral-asked, application: Umbrella Health / Staff Engineer}\n',
      '      - {date: 2026-11-10, kind: referral-asked, application: Umbrella Health / Staff Engineer}\n      - {date: 2026-11-14, kind: referral-given, application: Umbrella Health}\n',
    );
    const after = parseJobSearch(text);
    assert.equal(openReferralAsk(after.people[0]!), undefined);
    assert.deepEqual(messagesFor(after.people[0]!), ['keep-in-touch', 'referral-request', 'connection-note', 'referral-thanks', 'other']);
    assert.equal(networkIndex(after).referralFor(after.applications[0]!)?.person.name, 'Jordan Park');
  });

  it('names an application by its company, with the role only when the company has several', () => {
    const [umbrella] = parsed.applications;
    assert.equal(referenceOf(umbrella!, parsed.applications), 'Umbrella Health');
    assert.equal(referenceOf(umbrella!, [umbrella!, { company: 'umbrella health', role: 'Manager' }]), 'Umbrella Health / Staff Engineer');
  });

  it('says when to reach out, or when they were last in touch', () => {
    const dates = dateText(TODAY);
    assert.deepEqual(summarizePerson(parsed.people[0]!, dates, TODAY).description, 'due tomorrow · Staff Engineer · Umbrella Health');
    const quiet = parseJobSearch(PEOPLE_FILE.replace('    next: 2026-12-01\n', ''));
    assert.deepEqual(summarizePerson(quiet.people[0]!, dates, TODAY).description, 'last in touch 3 weeks ago · Staff Engineer · Umbrella Health');
    assert.ok(summarizePerson(quiet.people[0]!, dates, TODAY).details.includes('Referral asked on 2026-11-10 for Umbrella Health / Staff Engineer, no answer recorded yet'));
  });
});

describe('people: write-backs', () => {
  const table: { name: string; before: string; plan: (text: string) => ReturnType<typeof planAddPerson>; after: string }[] = [
    {
      name: 'adds the people list to a file without one',
      before: 'applications:\n  - company: Acme\n',
      plan: (text) => planAddPerson(parseJobSearch(text), text, { name: 'Sam Rivera', company: 'Acme', met: '', connected: '2026-11-30' }),
      after: 'applications:\n  - company: Acme\npeople:\n  - name: Sam Rivera\n    company: Acme\n    connected: 2026-11-30\n',
    },
    {
      name: 'links a contact to a listed person',
      before: 'applications:\n  - company: Acme\n    contacts:\n      - {name: Jamie Lee}\npeople:\n  - name: Sam Rivera\n',
      plan: (text) => {
        const parsed = parseJobSearch(text);
        return planAddContact(parsed, text, parsed.applications[0]!, { person: 'Sam Rivera' });
      },
      after: 'applications:\n  - company: Acme\n    contacts:\n      - {name: Jamie Lee}\n      - {person: Sam Rivera}\npeople:\n  - name: Sam Rivera\n',
    },
    {
      name: 'logs a touch where its date belongs and moves the next date',
      before: 'people:\n  - name: Sam Rivera   # from the meetup\n    next: 2026-11-30\n    touches:\n      - {date: 2026-10-01, kind: coffee}\n      - {date: 2026-12-01, kind: call}\n',
      plan: (text) => planLogTouch(parseJobSearch(text), text, { name: 'sam  rivera' }, { date: '2026-11-30', kind: 'message', notes: 'Asked: about the team' }, '2027-02-28'),
      after:
        'people:\n  - name: Sam Rivera   # from the meetup\n    next: 2027-02-28\n    touches:\n      - {date: 2026-10-01, kind: coffee}\n      - {date: 2026-11-30, kind: message, notes: "Asked: about the team"}\n      - {date: 2026-12-01, kind: call}\n',
    },
    {
      name: 'starts the touches of someone with none, and sets a first next date',
      before: 'applications:\n  - company: Acme\npeople:\n  - name: Sam Rivera\n    company: Acme\n',
      plan: (text) => planLogTouch(parseJobSearch(text), text, { name: 'Sam Rivera' }, { date: '2026-11-30', kind: 'referral-asked', application: 'Acme' }, '2026-12-10'),
      after: 'applications:\n  - company: Acme\npeople:\n  - name: Sam Rivera\n    company: Acme\n    touches:\n      - date: 2026-11-30\n        kind: referral-asked\n        application: Acme\n    next: 2026-12-10\n',
    },
    {
      name: 'clears the next date (no more reminders) and keeps the rest',
      before: 'people:\n  - name: Sam Rivera\n    next: 2026-11-30\n    notes: Knows the payments team.\n',
      plan: (text) => planNextTouch(parseJobSearch(text), text, { name: 'Sam Rivera' }, null),
      after: 'people:\n  - name: Sam Rivera\n    notes: Knows the payments team.\n',
    },
    {
      name: 'brings the company’s people along when applying there again',
      before: 'applications:\n  - company: Acme\n    status: rejected\n    contacts: [{person: Sam Rivera}, {name: Jamie Lee}]\npeople:\n  - name: Sam Rivera\n  - name: Kim Ode\n    company: ACME\n  - name: Lou Park\n    company: Globex\n',
      plan: (text) => planAddApplication(parseJobSearch(text), text, { company: 'Acme', role: 'SRE', status: 'applied', date: '2026-11-30' }),
      after:
        'applications:\n  - company: Acme\n    status: rejected\n    contacts: [{person: Sam Rivera}, {name: Jamie Lee}]\n  - company: Acme\n    role: SRE\n    status: applied\n    history:\n      - date: 2026-11-30\n        status: applied\n    contacts:\n      - person: Sam Rivera\n      - person: Kim Ode\npeople:\n  - name: Sam Rivera\n  - name: Kim Ode\n    company: ACME\n  - name: Lou Park\n    company: Globex\n',
    },
  ];
  for (const { name, before, plan, after } of table) {
    it(name, () => {
      const written = apply(before, plan(before));
      assert.equal(written, after);
      // Applying again is worth a note (information), never a warning.
      assert.deepEqual(parseJobSearch(written).problems.filter((problem) => problem.severity !== 'information').map(located), []);
    });
  }

  it('refuses to log a touch on someone no longer listed, and says so', () => {
    const plan = planLogTouch(parseJobSearch('people:\n  - name: Sam\n'), 'people:\n  - name: Sam\n', { name: 'Kim' }, { date: TODAY, kind: 'call' });
    assert.ok('error' in plan && /Kim is no longer under/.test(plan.error));
  });

  it('brings nobody along to a company the file has never seen', () => {
    assert.deepEqual(peopleAtCompany(parseJobSearch(PEOPLE_FILE), 'Initech'), []);
    assert.deepEqual(peopleAtCompany(parseJobSearch(PEOPLE_FILE), ' umbrella  health '), ['Jordan Park']);
  });
});

describe('people: interviews, rejections and messages', () => {
  it('adds interviewers as contacts, linking those listed under people, with a connection note when the setting asks', () => {
    const text = 'applications:\n  - company: Acme\n    status: applied\npeople:\n  - name: Sam Rivera\n';
    const parsed = parseJobSearch(text);
    const plan = planRecordInterview(parsed, text, parsed.applications[0]!, { date: '2026-11-30', kind: 'technical', with: ['sam rivera', 'Jamie Lee'] }, { ...DEFAULT_FOLLOW_THROUGH, connectionNote: 'after-interview' });
    const after = parseJobSearch(apply(text, plan));
    const acme = after.applications[0]!;
    assert.deepEqual(acme.contacts.map((contact) => [contact.name, contact.person ?? '-', contact.role ?? '-']), [['Sam Rivera', 'Sam Rivera', '-'], ['Jamie Lee', '-', 'Interviewer']]);
    assert.deepEqual(acme.followUps.map((followUp) => `${followUp.kind} ${followUp.due} ${followUp.contact}`), [
      'thank-you 2026-12-01 Sam Rivera',
      'thank-you 2026-12-01 Jamie Lee',
      'connection-note 2026-12-02 Sam Rivera',
      'connection-note 2026-12-02 Jamie Lee',
    ]);
    assert.deepEqual(after.problems.map(located), []);
  });

  it('schedules connection notes after a rejection only when the setting asks, once per person', () => {
    const application = parseJobSearch('applications:\n  - company: Acme\n    contacts: [{name: Jamie Lee}]\n    interviews: [{date: 2026-11-20, with: [Kim Ode, Jamie Lee]}]\n    followUps: [{kind: connection-note, sent: 2026-11-21, contact: Kim Ode}]\n').applications[0]!;
    const kinds = (connectionNote: 'off' | 'after-rejection'): string[] =>
      rejectionFollowUps(application, { date: '2026-11-30' }, '2026-11-30', { ...DEFAULT_FOLLOW_THROUGH, connectionNote }).map((followUp) => `${followUp.kind} ${followUp.contact}`);
    assert.deepEqual(kinds('off'), ['rejection-reply Jamie Lee', 'keep-in-touch Jamie Lee']);
    assert.deepEqual(kinds('after-rejection'), ['rejection-reply Jamie Lee', 'keep-in-touch Jamie Lee', 'connection-note Jamie Lee']);
  });

  it('records a referral ask with a check-back after the nudge delay, any other message with the keep-in-touch interval', () => {
    assert.deepEqual(touchForMessage('referral-request', 'Acme', TODAY, DEFAULT_FOLLOW_THROUGH), { kind: 'referral-asked', application: 'Acme', next: '2026-12-10' });
    assert.deepEqual(touchForMessage('keep-in-touch', undefined, TODAY, DEFAULT_FOLLOW_THROUGH), { kind: 'message', next: '2027-03-01' });
    assert.deepEqual(touchForMessage('other', undefined, TODAY, { ...DEFAULT_FOLLOW_THROUGH, keepInTouchMonths: 0 }), { kind: 'message', next: null });
  });

  const template = (id: string, kind: string, fits: string): DraftTemplate => parseTemplate(id, `---\ntitle: ${id}\nkind: ${kind}\nfits: [${fits}]\nsubject: s\n---\nbody\n`, 'bundled') as DraftTemplate;
  const templates = [template('kit', 'keep-in-touch', 'any'), template('kit-person', 'keep-in-touch', 'person'), template('thanks', 'thank-you', 'interviewed'), template('referral-thanks', 'thank-you', 'referral')];

  it('uses templates written for a person only without an application, and the referral thank-you only when asked for', () => {
    const application = parseJobSearch('applications:\n  - company: Acme\n    interviews: [{date: 2026-11-20}]\n').applications[0]!;
    const ids = (list: readonly DraftTemplate[]): string[] => list.map((candidate) => candidate.id);
    assert.deepEqual(ids(chooseTemplates(templates, 'keep-in-touch', application)), ['kit']);
    assert.deepEqual(ids(personTemplates(templates, 'keep-in-touch')), ['kit-person']);
    assert.deepEqual(ids(chooseTemplates(templates, 'thank-you', application)), ['thanks']);
    assert.deepEqual(ids(variantTemplates(templates, 'referral', 'thank-you')), ['referral-thanks']);
    assert.deepEqual(ids(personTemplates(templates, 'thank-you')), ['thanks']);
  });

  it('fills a draft from the person behind a contact: email, role and how you met', () => {
    const parsed = parseJobSearch(PEOPLE_FILE.replace('    linkedin:', '    email: jordan@example.com\n    linkedin:'));
    const values = draftValues(parsed.applications[0]!, TODAY, { contactName: 'Jordan Park', people: parsed.people });
    assert.equal(values.contactEmail, 'jordan@example.com');
    assert.equal(values.met, 'the platform meetup');
    // Someone only people knows (a follow-up may go to anyone listed) is still found, with their details.
    const sam = draftValues(parsed.applications[0]!, TODAY, { contactName: 'Sam Ortiz', people: parsed.people });
    assert.equal(sam.contactFirstName, 'Sam');
    const own = personDraftValues(parsed.people[0]!, { profile: { span: { start: 0, end: 0 }, name: 'Alex Doe' } });
    assert.deepEqual([own.contactFirstName, own.company, own.met, own.signature, own.role], ['Jordan', 'Umbrella Health', 'the platform meetup', 'Alex Doe', undefined]);
  });
});
