/** Referrals: ask someone for one (a draft; Mark as sent records the ask), and record what came of it. */
import * as vscode from 'vscode';
import { targetOf, type PersonTarget } from '../contributions/commandArguments';
import { inNotification } from '../model/displayText';
import type { Application } from '../model/jobSearch';
import { applicationsNamed, nameKey, openReferralAsk } from '../model/network';
import { companyName } from '../model/summaries';
import { askDate, askText } from './askText';
import type { CommandServices } from './commandServices';
import { openPersonDraft } from './openDraft';
import { current, logged, pickApplication, resolvePerson } from './personPrompts';

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
