/** Writes a draft: picks the template, fills it from the file and opens it as an untitled editor to tab through. */
import * as vscode from 'vscode';
import { readSettings } from '../config/settings';
import { chooseTemplates, personTemplates, variantTemplates } from '../model/chooseTemplates';
import type { DraftTemplate } from '../model/draftTemplate';
import { draftValues, personDraftValues, pickContact, type DraftValues } from '../model/draftValues';
import { findApplication, refOf } from '../model/applicationRef';
import type { Application, Person } from '../model/jobSearch';
import { findPerson, networkIndex, referenceOf } from '../model/network';
import { MESSAGE_KINDS, touchForMessage, type PersonMessage } from '../model/personMessages';
import { renderDraft } from '../model/renderDraft';
import { companyName } from '../model/summaries';
import { FOLLOW_UP_NOUNS, type FollowUpKind } from '../model/vocabulary';
import type { CommandTarget } from '../contributions/commandArguments';
import type { DraftInfo } from '../services/draftRegistry';
import type { CommandServices } from './commandServices';

/** Asks which template when several fit; undefined when there is none (said) or the user cancels. */
async function pickTemplate(candidates: readonly DraftTemplate[], kind: FollowUpKind): Promise<DraftTemplate | undefined> {
  if (!candidates.length) {
    void vscode.window.showWarningMessage(vscode.l10n.t('There is no template for a {0}.', FOLLOW_UP_NOUNS[kind]));
    return undefined;
  }
  if (candidates.length === 1) return candidates[0];
  const picked = await vscode.window.showQuickPick(
    candidates.map((candidate) => ({ label: candidate.title, description: candidate.source === 'workspace' ? vscode.l10n.t('your template') : '', candidate })),
    { placeHolder: vscode.l10n.t('Which {0}?', FOLLOW_UP_NOUNS[kind]) },
  );
  return picked?.candidate;
}

/** Renders `template` with `values` into a new untitled editor and registers it as a draft for `info`. */
async function showDraft(uri: vscode.Uri, services: CommandServices, template: DraftTemplate, values: DraftValues, info: Omit<DraftInfo, 'fileUri' | 'hints' | 'maxLength'>): Promise<vscode.TextEditor> {
  const folder = vscode.workspace.getWorkspaceFolder(uri);
  const settings = readSettings(folder);
  const draft = renderDraft(template, values, settings.draftFormat);
  const document = await vscode.workspace.openTextDocument({ language: settings.draftFormat, content: '' });
  const editor = await vscode.window.showTextDocument(document, {
    viewColumn: settings.draftOpenIn === 'beside' ? vscode.ViewColumn.Beside : vscode.ViewColumn.Active,
    preview: false,
  });
  services.drafts.add(document, { ...info, fileUri: uri, ...(template.maxLength ? { maxLength: template.maxLength } : {}), hints: draft.hints });
  // Messages are long paragraphs; wrap them in this editor only, unless the user already wraps everything.
  if (vscode.workspace.getConfiguration('editor', document).get('wordWrap') === 'off') await vscode.commands.executeCommand('editor.action.toggleWordWrap');
  await editor.insertSnippet(new vscode.SnippetString(draft.snippet), new vscode.Position(0, 0));
  return editor;
}

/**
 * Opens a draft of `kind` for `target`, addressed to `contactName`; asks which template when several fit. A nudge
 * uses the nudge template. When the contact is someone listed under `people`, Mark as sent also logs the touch.
 */
export async function openDraft(services: CommandServices, target: CommandTarget, kind: FollowUpKind, contactName: string | undefined, nudge = false): Promise<vscode.TextEditor | undefined> {
  const file = services.store.get(target.uri);
  // Draft from the file as it is now, not from the tree's or lens's snapshot.
  const application = (file && findApplication(file.parsed, refOf(target.application))) ?? target.application;
  const all = await services.templates.templates(vscode.workspace.getWorkspaceFolder(target.uri));
  const template = await pickTemplate(nudge ? variantTemplates(all, 'nudge') : chooseTemplates(all, kind, application), kind);
  if (!template) return undefined;
  const people = file?.parsed.people ?? [];
  const followUp = target.followUpIndex === undefined ? undefined : application.followUps[target.followUpIndex];
  const values = draftValues(application, services.store.today, { profile: file?.parsed.profile, training: file?.parsed.training, contactName, followUp: followUp?.kind === kind ? followUp : undefined, people });
  const contact = pickContact(application, contactName, people);
  const person = findPerson(people, contact?.person ?? contact?.name);
  const settings = readSettings(vscode.workspace.getWorkspaceFolder(target.uri)).followThrough;
  const message: PersonMessage = kind === 'referral-request' ? 'referral-request' : 'other';
  const touch = person && !nudge ? { person: person.name, ...touchForMessage(message, referenceOf(application, file?.parsed.applications ?? []), services.store.today, settings), next: undefined } : undefined;
  return showDraft(target.uri, services, template, values, {
    ref: { ...refOf(application), kind, ...(target.followUpIndex !== undefined ? { followUpIndex: target.followUpIndex } : {}), ...(values.contactName ? { contact: values.contactName } : {}) },
    ...(touch ? { touch } : {}),
    ...(contact?.email ? { to: contact.email } : {}),
    label: nudge
      ? vscode.l10n.t('nudge about the {0} at {1}', FOLLOW_UP_NOUNS[kind], companyName(application))
      : values.contactName
        ? vscode.l10n.t('{0} to {1} at {2}', FOLLOW_UP_NOUNS[kind], values.contactName, companyName(application))
        : vscode.l10n.t('{0} at {1}', FOLLOW_UP_NOUNS[kind], companyName(application)),
    records: nudge ? 'nudged' : 'sent',
  });
}

/**
 * Opens a draft of `message` to a person, about `application` when one is given (a referral for it, thanks for one),
 * else from what `people` says of them. Mark as sent logs the touch on the person and sets when to reach out next.
 */
export async function openPersonDraft(services: CommandServices, uri: vscode.Uri, person: Person, message: PersonMessage, application?: Application): Promise<vscode.TextEditor | undefined> {
  const file = services.store.get(uri);
  const current = (file && findPerson(file.parsed.people, person.name)) ?? person;
  const kind = MESSAGE_KINDS[message];
  const all = await services.templates.templates(vscode.workspace.getWorkspaceFolder(uri));
  const about = application && file ? (findApplication(file.parsed, refOf(application)) ?? application) : application;
  const candidates = message === 'referral-thanks' ? variantTemplates(all, 'referral', kind) : about ? chooseTemplates(all, kind, about) : personTemplates(all, kind);
  const template = await pickTemplate(candidates, kind);
  if (!template) return undefined;
  const context = { profile: file?.parsed.profile, training: file?.parsed.training };
  const values = about
    ? draftValues(about, services.store.today, { ...context, contactName: current.name, people: file?.parsed.people ?? [current] })
    : personDraftValues(current, context);
  const settings = readSettings(vscode.workspace.getWorkspaceFolder(uri)).followThrough;
  const reference = about && referenceOf(about, file?.parsed.applications ?? [about]);
  const name = current.name.trim();
  return showDraft(uri, services, template, values, {
    touch: { person: current.name, ...touchForMessage(message, reference, services.store.today, settings) },
    ...(current.email ? { to: current.email } : {}),
    label: about ? vscode.l10n.t('{0} to {1} at {2}', FOLLOW_UP_NOUNS[kind], name, companyName(about)) : vscode.l10n.t('{0} to {1}', FOLLOW_UP_NOUNS[kind], name),
    records: 'sent',
  });
}

/** The application a message to a person is most likely about: the latest open one they are linked to, else the latest. */
export function likelyApplication(search: Parameters<typeof networkIndex>[0], person: Person): Application | undefined {
  const linked = networkIndex(search).applicationsOf(person);
  return linked.filter((application) => application.status !== 'rejected' && application.status !== 'withdrawn' && application.status !== 'ghosted' && application.status !== 'accepted').at(-1) ?? linked.at(-1);
}
