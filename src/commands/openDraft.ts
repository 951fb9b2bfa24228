/** Writes a draft: picks the template, fills it from the file and opens it as an untitled editor to tab through. */
import * as vscode from 'vscode';
import { readSettings } from '../config/settings';
import { chooseTemplates } from '../model/chooseTemplates';
import { draftValues, pickContact } from '../model/draftValues';
import { findApplication, refOf } from '../model/applicationRef';
import { renderDraft } from '../model/renderDraft';
import { companyName } from '../model/summaries';
import { FOLLOW_UP_NOUNS, type FollowUpKind } from '../model/vocabulary';
import type { CommandTarget } from '../contributions/commandArguments';
import type { CommandServices } from './commandServices';

/** Opens a draft of `kind` for `target`, addressed to `contactName`; asks which template when several fit. A nudge uses the nudge template. */
export async function openDraft(services: CommandServices, target: CommandTarget, kind: FollowUpKind, contactName: string | undefined, nudge = false): Promise<vscode.TextEditor | undefined> {
  const file = services.store.get(target.uri);
  // Draft from the file as it is now, not from the tree's or lens's snapshot.
  const application = (file && findApplication(file.parsed, refOf(target.application))) ?? target.application;
  const folder = vscode.workspace.getWorkspaceFolder(target.uri);
  const all = await services.templates.templates(folder);
  const candidates = nudge ? all.filter((template) => template.fits.includes('nudge')) : chooseTemplates(all, kind, application);
  if (!candidates.length) {
    void vscode.window.showWarningMessage(vscode.l10n.t('There is no template for a {0}.', FOLLOW_UP_NOUNS[kind]));
    return undefined;
  }
  const template =
    candidates.length === 1
      ? candidates[0]
      : (
          await vscode.window.showQuickPick(
            candidates.map((candidate) => ({ label: candidate.title, description: candidate.source === 'workspace' ? vscode.l10n.t('your template') : '', candidate })),
            { placeHolder: vscode.l10n.t('Which {0}?', FOLLOW_UP_NOUNS[kind]) },
          )
        )?.candidate;
  if (!template) return undefined;

  const settings = readSettings(folder);
  const followUp = target.followUpIndex === undefined ? undefined : application.followUps[target.followUpIndex];
  const values = draftValues(application, services.store.today, { profile: file?.parsed.profile, training: file?.parsed.training, contactName, followUp: followUp?.kind === kind ? followUp : undefined });
  const draft = renderDraft(template, values, settings.draftFormat);
  const document = await vscode.workspace.openTextDocument({ language: settings.draftFormat, content: '' });
  const editor = await vscode.window.showTextDocument(document, {
    viewColumn: settings.draftOpenIn === 'beside' ? vscode.ViewColumn.Beside : vscode.ViewColumn.Active,
    preview: false,
  });
  const contact = pickContact(application, contactName);
  services.drafts.add(document, {
    fileUri: target.uri,
    ref: { ...refOf(application), kind, ...(target.followUpIndex !== undefined ? { followUpIndex: target.followUpIndex } : {}), ...(values.contactName ? { contact: values.contactName } : {}) },
    ...(contact?.email ? { to: contact.email } : {}),
    label: nudge
      ? vscode.l10n.t('nudge about the {0} at {1}', FOLLOW_UP_NOUNS[kind], companyName(application))
      : values.contactName
        ? vscode.l10n.t('{0} to {1} at {2}', FOLLOW_UP_NOUNS[kind], values.contactName, companyName(application))
        : vscode.l10n.t('{0} at {1}', FOLLOW_UP_NOUNS[kind], companyName(application)),
    records: nudge ? 'nudged' : 'sent',
    ...(template.maxLength ? { maxLength: template.maxLength } : {}),
    hints: draft.hints,
  });
  // Messages are long paragraphs; wrap them in this editor only, unless the user already wraps everything.
  if (vscode.workspace.getConfiguration('editor', document).get('wordWrap') === 'off') await vscode.commands.executeCommand('editor.action.toggleWordWrap');
  await editor.insertSnippet(new vscode.SnippetString(draft.snippet), new vscode.Position(0, 0));
  return editor;
}
