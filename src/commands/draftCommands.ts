/** The draft commands: one per message kind, drafting a follow-up entry, and Copy / Mail / Mark as sent on a draft. */
import * as vscode from 'vscode';
import { mailtoLink, parseDraft } from '../model/draftMessage';
import { escapeIcons, inNotification } from '../model/displayText';
import { fitsMessage } from '../model/messageFits';
import { planMarkSent } from '../model/planEdits';
import { FOLLOW_UP_NOUNS, type FollowUpKind } from '../model/vocabulary';
import { applyPlan } from '../services/applyPlan';
import type { DraftRegistry } from '../services/draftRegistry';
import type { CommandServices } from './commandServices';
import { openDraft } from './openDraft';
import { targetOf } from '../contributions/commandArguments';
import { resolveContact, resolveTarget } from './resolveTarget';

/** A command that drafts a message of `kind` for the application it is given, or one the user picks. */
export function draftOfKind(services: CommandServices, kind: FollowUpKind) {
  return async (arg?: unknown): Promise<vscode.TextEditor | undefined> => {
    const target = await resolveTarget(services.store, arg, vscode.l10n.t('Draft a {0} for which application?', FOLLOW_UP_NOUNS[kind]), kind, (application) => fitsMessage(application, kind));
    const contact = target && (await resolveContact(target));
    return target && contact ? openDraft(services, target, kind, contact.name) : undefined;
  };
}

/** Drafts the message for a follow-up entry, or of the kind a CodeLens names. */
export function draftFollowUp(services: CommandServices) {
  return async (arg?: unknown): Promise<vscode.TextEditor | undefined> => {
    const target = targetOf(arg);
    const kind = (arg as { kind?: FollowUpKind } | undefined)?.kind ?? target?.followUp?.kind;
    if (!target || !kind) {
      void vscode.window.showWarningMessage(vscode.l10n.t('Choose a follow-up in the Job Search view or in job-search.yaml to draft it.'));
      return undefined;
    }
    const contact = await resolveContact(target);
    return contact ? openDraft(services, target, kind, contact.name) : undefined;
  };
}

function activeDraft(drafts: DraftRegistry): { document: vscode.TextDocument; info: NonNullable<ReturnType<DraftRegistry['get']>> } | undefined {
  const document = vscode.window.activeTextEditor?.document;
  const info = drafts.get(document);
  if (!document || !info) {
    void vscode.window.showWarningMessage(vscode.l10n.t('Open a Job Search draft first.'));
    return undefined;
  }
  return { document, info };
}

/** Copies the message of the active draft (without its subject line) to the clipboard. */
export function copyDraft(drafts: DraftRegistry) {
  return async (): Promise<string | undefined> => {
    const draft = activeDraft(drafts);
    if (!draft) return undefined;
    const message = parseDraft(draft.document.getText());
    await vscode.env.clipboard.writeText(message.body);
    const copied = message.subject
      ? vscode.l10n.t('Copied the {0} (subject: {1})', escapeIcons(draft.info.label), escapeIcons(message.subject))
      : vscode.l10n.t('Copied the {0}', escapeIcons(draft.info.label));
    vscode.window.setStatusBarMessage(`$(copy) ${copied}`, 5000);
    return message.body;
  };
}

/** Opens the active draft in the mail client; nothing is sent until the user sends it there. */
export function openDraftInMail(drafts: DraftRegistry) {
  return async (): Promise<string | undefined> => {
    const draft = activeDraft(drafts);
    if (!draft) return undefined;
    const link = mailtoLink(draft.info.to, parseDraft(draft.document.getText()));
    // A Uri re-encodes an already encoded query (https://github.com/microsoft/vscode/issues/85930); the string is passed as is.
    await vscode.env.openExternal(link as unknown as vscode.Uri);
    return link;
  };
}

/** Writes `sent: <today>` into the follow-up the active draft answers (adding it when there is none), then closes the draft. */
export function markDraftSent(services: CommandServices) {
  return async (): Promise<boolean> => {
    const draft = activeDraft(services.drafts);
    if (!draft) return false;
    const today = services.store.today;
    const done = await applyPlan(services.store, draft.info.fileUri, (parsed, text) => planMarkSent(parsed, text, draft.info.ref, today));
    if (!done) return false;
    // The message has gone out, so its draft is done with: close it without asking to save an untitled text.
    if (!draft.document.isClosed) {
      await vscode.window.showTextDocument(draft.document);
      await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    }
    void vscode.window.showInformationMessage(inNotification(vscode.l10n.t('Marked the {0} as sent on {1}, and closed its draft.', draft.info.label, today)));
    return true;
  };
}
