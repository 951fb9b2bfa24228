/** What the people commands ask and share: which person, which application, when next; and writing a touch. */
import { addDays } from 'date-fns';
import * as vscode from 'vscode';
import { personTargetOf, type PersonTarget } from '../contributions/commandArguments';
import { CommandId } from '../contributions/commandIds';
import { fromIsoDate, toIsoDate } from '../model/calendarDate';
import { escapeIcons, inNotification } from '../model/displayText';
import { monthsAfter } from '../model/followThrough';
import type { Application, IsoDate, Person } from '../model/jobSearch';
import { findPerson, nameKey, referenceOf } from '../model/network';
import { planLogTouch } from '../model/peopleEdits';
import { companyName } from '../model/summaries';
import { CLOSED_STATUSES, STATUS_LABELS, TOUCH_LABELS, type TouchKind } from '../model/vocabulary';
import { applyPlan } from '../services/applyPlan';
import type { JobSearchFile, JobSearchStore } from '../services/jobSearchStore';
import { askDate } from './askText';


/** The person a row stands for, or one the user picks (those `first` prefers at the top). */
export async function resolvePerson(store: JobSearchStore, arg: unknown, purpose: string, first?: (person: Person) => boolean): Promise<PersonTarget | undefined> {
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
export function current(store: JobSearchStore, target: PersonTarget): { file: JobSearchFile | undefined; person: Person } {
  const file = store.get(target.uri);
  return { file, person: (file && findPerson(file.parsed.people, target.person.name)) ?? target.person };
}

export type ApplicationChoice = { readonly application?: Application } | undefined;

/** Asks which application something is about: those at the person's company and still open first; `none` adds a "none" row. */
export async function pickApplication(file: JobSearchFile | undefined, person: Person, placeHolder: string, none?: string, preselect?: Application): Promise<ApplicationChoice> {
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
export async function askNext(title: string, today: IsoDate, keepInTouchMonths: number, now?: IsoDate): Promise<IsoDate | null | undefined> {
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

/** Writes the touch and says what was logged. */
export async function logged(store: JobSearchStore, uri: vscode.Uri, person: Person, touch: { date: IsoDate; kind: TouchKind; notes?: string; application?: Application }, next: IsoDate | null | undefined): Promise<boolean> {
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
