/** The people commands: log a touch, set the next one, draft a message to someone. */
import * as vscode from 'vscode';
import { readSettings } from '../config/settings';
import type { Application } from '../model/jobSearch';
import { applicationsNamed, openReferralAsk } from '../model/network';
import { planNextTouch } from '../model/peopleEdits';
import { messagesFor, type PersonMessage } from '../model/personMessages';
import { TOUCH_KINDS, TOUCH_LABELS } from '../model/vocabulary';
import { applyPlan } from '../services/applyPlan';
import type { JobSearchStore } from '../services/jobSearchStore';
import { askDate, askText } from './askText';
import type { CommandServices } from './commandServices';
import { likelyApplication, openPersonDraft } from './openDraft';
import { askForReferral } from './referralCommands';
import { askNext, current, logged, pickApplication, resolvePerson } from './personPrompts';

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
