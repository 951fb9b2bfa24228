/** Add Contact: someone new to an application and to people, or someone already listed linked to an application. */
import * as vscode from 'vscode';
import { targetOf } from '../contributions/commandArguments';
import { findApplication, refOf } from '../model/applicationRef';
import { escapeIcons, inNotification } from '../model/displayText';
import type { Application, Person } from '../model/jobSearch';
import { findPerson, nameKey } from '../model/network';
import { planAddContact, planAddPerson, type NewPerson } from '../model/peopleEdits';
import { combinePlans } from '../model/planEdits';
import { companyName } from '../model/summaries';
import { CLOSED_STATUSES, STATUS_LABELS } from '../model/vocabulary';
import { applyPlan } from '../services/applyPlan';
import type { JobSearchStore } from '../services/jobSearchStore';
import { askText } from './askText';


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
