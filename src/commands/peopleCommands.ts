/** The people commands: add a contact, log a touch, set the next one, draft to a person, ask for and record a referral. */
import { addDays } from 'date-fns';
import * as vscode from 'vscode';
import { readSettings } from '../config/settings';
import { personTargetOf, targetOf, type PersonTarget } from '../contributions/commandArguments';
import { CommandId } from '../contributions/commandIds';
import { findApplication, refOf } from '../model/applicationRef';
import { fromIsoDate, toIsoDate } from '../model/calendarDate';
import { escapeIcons, inNotification } from '../model/displayText';
import { monthsAfter } from '../model/followThrough';
import type { Application, IsoDate, Person } from '../model/jobSearch';
import { applicationsNamed, findPerson, nameKey, openReferralAsk, referenceOf } from '../model/network';
import { planAddContact, planAddPerson, planLogTouch, planNextTouch, type NewPerson } from '../model/peopleEdits';
import { messagesFor, type PersonMessage } from '../model/personMessages';
import { combinePlans } from '../model/planEdits';
import { companyName } from '../model/summaries';
import { CLOSED_STATUSES, STATUS_LABELS, TOUCH_KINDS, TOUCH_LABELS, type TouchKind } from '../model/vocabulary';
import { applyPlan } from '../services/applyPlan';
import type { JobSearchFile, JobSearchStore } from '../services/jobSearchStore';
import { askDate, askText } from './askText';
import type { CommandServices } from './commandServices';
import { likelyApplication, openPersonDraft } from './openDraft';

/** The person a row stands for, or one the user picks (those `first` prefers at the top). */
async function resolvePerson(store: JobSearchStore, arg: unknown, purpose: string, first?: (person: Person) => boolean): Promise<PersonTarget | undefined> {
  const given = personTargetOf(arg);
  if (given) return given;
  await store.ready();
  const items = store.files
    .flatMap((file) => file.parsed.people.map((person) => ({ uri: file.uri, person })))
    .sort((a, b) => Number(first?.(b.person) ?? false) - Number(first?.(a.person) ?? false))
    .map((target) => ({
      label: escapeIcons(target.person.name.trim()),
      description: escapeIcons([target.person.role, target.person.company].filter(Boolean).join(' · ')),
      target,
    }));
  if (!items.length) {
    const add = vscode.l10n.t('Add Contact');
    void vscode.window.showInformationMessage(vscode.l10n.t('No one is listed under “people:” yet.'), add).then((choice) => {
      if (choice === add) void vscode.commands.executeCommand(CommandId.addContact);
    });
    return undefined;
  }
  return (await vscode.window.showQuickPick(items, { placeHolder: purpose, matchOnDescription: true }))?.target;
}

/** The file's current entry for a person, so commands work from what the file says now. */
function current(store: JobSearchStore, target: PersonTarget): { file: JobSearchFile | undefined; person: Person } {
  const file = store.get(target.uri);
  return { file, person: (file && findPerson(file.parsed.people, target.person.name)) ?? target.person };
}

type ApplicationChoice = { readonly application?: Application } | undefined;

/** Asks which application something is about: those at the person's company and still open first; `none` adds a "none" row. */
async function pickApplication(file: JobSearchFile | undefined, person: Person, placeHolder: string, none?: string, preselect?: Application): Promise<ApplicationChoice> {
  const applications = file?.parsed.applications ?? [];
  const company = nameKey(person.company);
  const rank = (application: Application): number =>
    (application === preselect ? 0 : 4) + (nameKey(application.company) === company ? 0 : 2) + (application.status && CLOSED_STATUSES.has(application.status) ? 1 : 0);
  const items: (vscode.QuickPickItem & { application?: Application })[] = [...applications]
    .sort((a, b) => rank(a) - rank(b))
    .map((application) => ({
      label: escapeIcons(companyName(application)),
      description: escapeIcons([application.role, application.status && STATUS_LABELS[application.status]].filter(Boolean).join(' · ')),
      application,
    }));
  // The likely answer first: the application asked about, else none in particular.
  if (none) items.splice(preselect && items[0]?.application === preselect ? 1 : 0, 0, { label: none });
  if (!items.length) return { application: undefined };
  const pick = await vscode.window.showQuickPick(items, { placeHolder, matchOnDescription: true });
  return pick && { application: pick.application };
}

/** When to reach out next: a few usual intervals, a date of one's own, or none. */
async function askNext(title: string, today: IsoDate, keepInTouchMonths: number, now?: IsoDate): Promise<IsoDate | null | undefined> {
  const inDays = (days: number): IsoDate => toIsoDate(addDays(fromIsoDate(today), days));
  type Choice = vscode.QuickPickItem & { next?: IsoDate | null; ask?: true };
  const choices: Choice[] = [
    ...(now && now > today ? [{ label: vscode.l10n.t('Keep {0}', now), next: now }] : []),
    { label: vscode.l10n.t('In 2 weeks'), description: inDays(14), next: inDays(14) },
    { label: vscode.l10n.t('In a month'), description: monthsAfter(today, 1), next: monthsAfter(today, 1) },
    ...(keepInTouchMonths > 1 ? [{ label: vscode.l10n.t('In {0} months', keepInTouchMonths), description: monthsAfter(today, keepInTouchMonths), next: monthsAfter(today, keepInTouchMonths) }] : []),
    { label: vscode.l10n.t('On a date…'), ask: true },
    { label: vscode.l10n.t('No next date'), description: vscode.l10n.t('no reminder for this person'), next: null },
  ];
  const pick = await vscode.window.showQuickPick(choices, { title, placeHolder: vscode.l10n.t('When should you reach out next?') });
  if (!pick) return undefined;
  if (!pick.ask) return pick.next;
  return askDate(title, vscode.l10n.t('Reach out next on (YYYY-MM-DD)'), inDays(14), { date: today, why: vscode.l10n.t('Pick today or a later date.') });
}

/** Logs a touch with someone: what it was, when, a note, what it was about (for referrals) and when to reach out next. */
export function logTouch(store: JobSearchStore) {
  return async (arg?: unknown): Promise<boolean> => {
    const target = await resolvePerson(store, arg, vscode.l10n.t('Log a touch with whom?'));
    if (!target) return false;
    const { file, person } = current(store, target);
    const title = vscode.l10n.t('Touch with {0}', person.name.trim());
    const kind = await vscode.window.showQuickPick(
      TOUCH_KINDS.map((value) => ({ label: TOUCH_LABELS[value], value })),
      { title, placeHolder: vscode.l10n.t('What was it?') },
    );
    if (!kind) return false;
    const date = await askDate(title, vscode.l10n.t('When? (YYYY-MM-DD)'), store.today);
    if (date === undefined) return false;
    const notes = await askText({ title, question: vscode.l10n.t('A note to remember it by (optional)'), example: vscode.l10n.t('Talked about their move to platform work.') });
    if (notes === undefined) return false;
    let application: Application | undefined;
    if (kind.value.startsWith('referral-')) {
      const open = openReferralAsk(person);
      const preselect = open?.application ? applicationsNamed(file?.parsed.applications ?? [], open.application)[0] : undefined;
      const choice = await pickApplication(file, person, vscode.l10n.t('Which application is the referral for?'), vscode.l10n.t('No particular application'), preselect);
      if (!choice) return false;
      application = choice.application;
    }
    const next = await askNext(title, store.today, readSettings(file?.folder).followThrough.keepInTouchMonths, person.next);
    if (next === undefined) return false;
    return logged(store, target.uri, person, { date, kind: kind.value, notes, application }, next === person.next ? undefined : next);
  };
}

/** Writes the touch and says what was logged. */
async function logged(store: JobSearchStore, uri: vscode.Uri, person: Person, touch: { date: IsoDate; kind: TouchKind; notes?: string; application?: Application }, next: IsoDate | null | undefined): Promise<boolean> {
  const file = store.get(uri);
  const reference = touch.application && referenceOf(touch.application, file?.parsed.applications ?? [touch.application]);
  const done = await applyPlan(store, uri, (parsed, text) =>
    planLogTouch(parsed, text, person, { date: touch.date, kind: touch.kind, ...(touch.notes?.trim() ? { notes: touch.notes } : {}), ...(reference ? { application: reference } : {}) }, next),
  );
  if (done) {
    const what = vscode.l10n.t('Logged “{0}” with {1} on {2}.', TOUCH_LABELS[touch.kind], person.name.trim(), touch.date);
    const then = next ? ` ${vscode.l10n.t('Reach out next on {0}.', next)}` : '';
    void vscode.window.showInformationMessage(inNotification(what + then));
  }
  return done;
}

/** Sets when to reach out to someone next, or stops reminding: the snooze and skip of a touch that is due. */
export function setNextTouch(store: JobSearchStore) {
  return async (arg?: unknown): Promise<boolean> => {
    const target = await resolvePerson(store, arg, vscode.l10n.t('Set the next touch with whom?'), (person) => !!person.next);
    if (!target) return false;
    const { file, person } = current(store, target);
    const next = await askNext(vscode.l10n.t('Next touch with {0}', person.name.trim()), store.today, readSettings(file?.folder).followThrough.keepInTouchMonths);
    if (next === undefined) return false;
    return applyPlan(store, target.uri, (parsed, text) => planNextTouch(parsed, text, person, next));
  };
}

/** The message kinds as the picker words them. */
function messageLabel(message: PersonMessage): string {
  switch (message) {
    case 'keep-in-touch':
      return vscode.l10n.t('Keep-in-touch message');
    case 'referral-request':
      return vscode.l10n.t('Referral request');
    case 'connection-note':
      return vscode.l10n.t('LinkedIn connection note');
    case 'referral-thanks':
      return vscode.l10n.t('Thank you for the referral');
    case 'other':
      return vscode.l10n.t('Short note');
  }
}

/** Drafts a message to a person: the kind is asked, and what it is about follows from it and from the file. */
export function draftToPerson(services: CommandServices) {
  return async (arg?: unknown): Promise<vscode.TextEditor | undefined> => {
    const target = await resolvePerson(services.store, arg, vscode.l10n.t('Draft a message to whom?'), (person) => !!person.next);
    if (!target) return undefined;
    const { file, person } = current(services.store, target);
    const pick = await vscode.window.showQuickPick(
      messagesFor(person).map((message) => ({ label: messageLabel(message), message })),
      { title: vscode.l10n.t('Message to {0}', person.name.trim()), placeHolder: vscode.l10n.t('What kind of message?') },
    );
    if (!pick) return undefined;
    if (pick.message === 'referral-request') return askForReferral(services)({ uri: target.uri, person });
    let about: Application | undefined;
    if (pick.message === 'referral-thanks') {
      const given = [...person.touches].reverse().find((touch) => touch.kind === 'referral-given');
      about = given?.application ? applicationsNamed(file?.parsed.applications ?? [], given.application)[0] : undefined;
    } else if (!person.met && file) about = likelyApplication(file.parsed, person);
    return openPersonDraft(services, target.uri, person, pick.message, about);
  };
}

/** Asks someone for a referral: for which application (or about openings in general), then drafts it; Mark as sent records the ask. */
export function askForReferral(services: CommandServices) {
  return async (arg?: unknown): Promise<vscode.TextEditor | undefined> => {
    const store = services.store;
    const fromApplication = targetOf(arg);
    let target: PersonTarget | undefined;
    let application: Application | undefined;
    if (fromApplication) {
      application = fromApplication.application;
      const company = nameKey(application.company);
      target = await resolvePerson(store, { uri: fromApplication.uri }, vscode.l10n.t('Ask whom for a referral to {0}?', companyName(application)), (person) => nameKey(person.company) === company);
    } else {
      target = await resolvePerson(store, arg, vscode.l10n.t('Ask whom for a referral?'));
      if (!target) return undefined;
      const { file, person } = current(store, target);
      const choice = await pickApplication(file, person, vscode.l10n.t('For which application?'), vscode.l10n.t('No particular application: ask about openings'));
      if (!choice) return undefined;
      application = choice.application;
    }
    if (!target) return undefined;
    return openPersonDraft(services, target.uri, current(store, target).person, 'referral-request', application);
  };
}

/** Records what came of a referral ask: given or declined, for which application; after a referral, offers the thank-you. */
export function recordReferralOutcome(services: CommandServices) {
  return async (arg?: unknown): Promise<boolean> => {
    const store = services.store;
    const target = await resolvePerson(store, arg, vscode.l10n.t('Whose referral?'), (person) => !!openReferralAsk(person));
    if (!target) return false;
    const { file, person } = current(store, target);
    const title = vscode.l10n.t('Referral from {0}', person.name.trim());
    const outcome = await vscode.window.showQuickPick(
      [
        { label: vscode.l10n.t('They referred me'), touch: 'referral-given' as const },
        { label: vscode.l10n.t('They could not refer me'), touch: 'referral-declined' as const },
      ],
      { title, placeHolder: vscode.l10n.t('What came of it?') },
    );
    if (!outcome) return false;
    const open = openReferralAsk(person);
    const preselect = open?.application ? applicationsNamed(file?.parsed.applications ?? [], open.application)[0] : undefined;
    const choice = await pickApplication(file, person, vscode.l10n.t('For which application?'), vscode.l10n.t('No particular application'), preselect);
    if (!choice) return false;
    const date = await askDate(title, vscode.l10n.t('When did you hear? (YYYY-MM-DD)'), store.today, open?.date ? { date: open.date, why: vscode.l10n.t('The answer cannot come before the ask, on {0}.', open.date) } : undefined);
    if (date === undefined) return false;
    const notes = await askText({ title, question: vscode.l10n.t('A note (optional)'), example: vscode.l10n.t('Sent my CV to the hiring manager directly.') });
    if (notes === undefined) return false;
    const done = await logged(store, target.uri, person, { date, kind: outcome.touch, notes, ...(choice.application ? { application: choice.application } : {}) }, undefined);
    if (done && outcome.touch === 'referral-given') {
      const thank = vscode.l10n.t('Draft a Thank-You');
      void vscode.window.showInformationMessage(inNotification(vscode.l10n.t('A referral from {0}: a short thank-you today goes a long way.', person.name.trim())), thank).then((answer) => {
        if (answer === thank) void openPersonDraft(services, target.uri, current(store, target).person, 'referral-thanks', choice.application);
      });
    }
    return done;
  };
}

/** Adds someone: to an application's contacts (linked to `people`) and to `people`, or to `people` alone. */
export function addContact(store: JobSearchStore) {
  return async (arg?: unknown): Promise<boolean> => {
    let uri: vscode.Uri | undefined;
    let application: Application | undefined;
    const given = targetOf(arg);
    if (given) ({ uri, application } = given);
    else {
      await store.ready();
      const items: (vscode.QuickPickItem & { uri?: vscode.Uri; application?: Application })[] = [
        { label: `$(person-add) ${vscode.l10n.t('No application: add to People only')}`, uri: store.files[0]?.uri },
        ...store.files.flatMap((file) =>
          [...file.parsed.applications]
            .sort((a, b) => Number(!!a.status && CLOSED_STATUSES.has(a.status)) - Number(!!b.status && CLOSED_STATUSES.has(b.status)))
            .map((app) => ({ label: escapeIcons(companyName(app)), description: escapeIcons([app.role, app.status && STATUS_LABELS[app.status]].filter(Boolean).join(' · ')), uri: file.uri, application: app })),
        ),
      ];
      const pick = await vscode.window.showQuickPick(items, { placeHolder: vscode.l10n.t('Add a contact to which application?'), matchOnDescription: true });
      if (!pick) return false;
      ({ uri, application } = pick);
    }
    if (!uri) return false;
    const people = store.get(uri)?.parsed.people ?? [];
    // Other extensions, keybindings and tests may pass the answers: `{uri, application?, contact: {name, role, …}}`.
    const answers = contactAnswers(arg);
    const listed = answers && findPerson(people, answers.name);
    if (answers && !listed) return addNew(store, uri, application, answers);
    const known = listed ?? (application ? await pickKnown(people, application) : undefined);
    if (known === 'cancelled') return false;
    if (known && application) return link(store, uri, application, known);
    if (known) {
      void vscode.window.showInformationMessage(vscode.l10n.t('{0} is already listed under “people:”.', known.name.trim()));
      return false;
    }
    const title = application ? vscode.l10n.t('Contact at {0}', companyName(application)) : vscode.l10n.t('New person');
    const name = await askText({
      title,
      question: vscode.l10n.t('Their name'),
      example: 'Sam Rivera',
      validateInput: (typed) => (!typed.trim() ? vscode.l10n.t('A name is needed.') : findPerson(people, typed) ? vscode.l10n.t('{0} is already listed under “people:”.', typed.trim()) : undefined),
    });
    if (name === undefined) return false;
    const role = await askText({ title, question: vscode.l10n.t('Their role (optional)'), example: vscode.l10n.t('Engineering Manager') });
    if (role === undefined) return false;
    const company = application ? application.company : await askText({ title, question: vscode.l10n.t('Their company (optional)'), example: 'Globex' });
    if (company === undefined) return false;
    const email = await askText({ title, question: vscode.l10n.t('Their email (optional)'), example: 'sam@example.com' });
    if (email === undefined) return false;
    const met = await askText({ title, question: vscode.l10n.t('How do you know them? (optional)'), example: application ? vscode.l10n.t('interviewed me') : vscode.l10n.t('the platform meetup') });
    if (met === undefined) return false;
    return addNew(store, uri, application, { name, role, company, email, met });
  };
}

/** Someone already listed to link to the application (the company's people first), undefined for someone new. */
async function pickKnown(people: readonly Person[], application: Application): Promise<Person | 'cancelled' | undefined> {
  const linked = application.contacts.map((contact) => nameKey(contact.person ?? contact.name));
  const company = nameKey(application.company);
  const candidates = people.filter((person) => !linked.includes(nameKey(person.name))).sort((a, b) => Number(nameKey(b.company) === company) - Number(nameKey(a.company) === company));
  if (!candidates.length) return undefined;
  const someoneNew = { label: `$(add) ${vscode.l10n.t('Someone new…')}`, person: undefined };
  const pick = await vscode.window.showQuickPick(
    [someoneNew, ...candidates.map((person) => ({ label: escapeIcons(person.name.trim()), description: escapeIcons([person.role, person.company].filter(Boolean).join(' · ')), person }))],
    { title: vscode.l10n.t('Contact at {0}', companyName(application)), placeHolder: vscode.l10n.t('Who? Someone from your people, or someone new') },
  );
  return pick ? pick.person : 'cancelled';
}

/** Adds someone listed under people to an application's contacts. */
async function link(store: JobSearchStore, uri: vscode.Uri, application: Application, person: Person): Promise<boolean> {
  const done = await applyPlan(store, uri, (parsed, text) => {
    const app = findApplication(parsed, refOf(application));
    return app ? planAddContact(parsed, text, app, { person: person.name.trim() }) : { error: vscode.l10n.t('That application is no longer in job-search.yaml.') };
  });
  if (done) void vscode.window.showInformationMessage(inNotification(vscode.l10n.t('Added {0} to the contacts of {1}.', person.name.trim(), companyName(application))));
  return done;
}

/** The answers to Add Contact's questions when the caller passes them. */
function contactAnswers(arg: unknown): NewPerson | undefined {
  const contact = (arg as { contact?: Partial<Record<keyof NewPerson, unknown>> } | undefined)?.contact;
  if (!contact || typeof contact.name !== 'string' || !contact.name.trim()) return undefined;
  const text = (value: unknown): string | undefined => (typeof value === 'string' ? value : undefined);
  return { name: contact.name, role: text(contact.role), company: text(contact.company), email: text(contact.email), met: text(contact.met), linkedin: text(contact.linkedin) };
}

/** Adds someone new to people, and to the application's contacts when there is one, as one change. */
async function addNew(store: JobSearchStore, uri: vscode.Uri, application: Application | undefined, person: NewPerson): Promise<boolean> {
  const { name } = person;
  const company = application ? application.company : person.company;
  const done = await applyPlan(store, uri, (parsed, text) => {
    const added = planAddPerson(parsed, text, { ...person, company, connected: store.today });
    if (!application) return added;
    const app = findApplication(parsed, refOf(application));
    return app ? combinePlans(planAddContact(parsed, text, app, { person: name.trim() }), added) : { error: vscode.l10n.t('That application is no longer in job-search.yaml.') };
  });
  if (done) {
    const said = application ? vscode.l10n.t('Added {0} to {1} and to your people.', name.trim(), companyName(application)) : vscode.l10n.t('Added {0} to your people.', name.trim());
    void vscode.window.showInformationMessage(inNotification(said));
  }
  return done;
}
