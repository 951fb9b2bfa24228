/** The draft commands: one per message kind, drafting a follow-up entry, and Copy / Mail / Mark as sent on a draft. */
import * as vscode from 'vscode';
import { mailtoLink, parseDraft } from '../model/draftMessage';
import { escapeIcons, inNotification } from '../model/displayText';
import { fitsMessage } from '../model/messageFits';
import { combinePlans, planFollowUpFields, planMarkSent } from '../model/planEdits';
import { planLogTouch } from '../model/peopleEdits';
import { checkDraft, hasProblems } from '../model/draftChecks';
import { CommandId } from '../contributions/commandIds';
import { FOLLOW_UP_NOUNS, type FollowUpKind } from '../model/vocabulary';
import { applyPlan } from '../services/applyPlan';
import type { DraftInfo, DraftRegistry } from '../services/draftRegistry';
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

/** Drafts the one gentle nudge about a sent message that has had no answer; Mark as sent then records `nudged`. */
export function draftNudge(services: CommandServices) {
  return async (arg?: unknown): Promise<vscode.TextEditor | undefined> => {
    const target = targetOf(arg);
    if (!target?.followUp?.kind || !target.followUp.sent) {
      void vscode.window.showWarningMessage(vscode.l10n.t('Choose a sent follow-up in the Job Search view or in job-search.yaml to nudge about it.'));
      return undefined;
    }
    return openDraft(services, target, target.followUp.kind, target.followUp.contact, true);
  };
}

type ActiveDraft = { document: vscode.TextDocument; info: DraftInfo };

/** Whether `arg` asks to go ahead despite the checks (the "… Anyway" buttons pass it). */
const forced = (arg: unknown): boolean => (arg as { force?: unknown } | undefined)?.force === true;

/**
 * The active draft, once it passes its checks: with a hint still unedited or the message over its limit, a warning
 * says which, offers to go to the hint or to go ahead anyway, and the command stops.
 */
function readyDraft(drafts: DraftRegistry, command: CommandId, anyway: string, arg: unknown): ActiveDraft | undefined {
  const document = vscode.window.activeTextEditor?.document;
  const info = drafts.get(document);
  if (!document || !info) {
    void vscode.window.showWarningMessage(vscode.l10n.t('Open a Job Search draft first.'));
    return undefined;
  }
  if (forced(arg)) return { document, info };
  const check = checkDraft(document.getText(), info.hints, info.maxLength);
  if (!hasProblems(check)) return { document, info };
  const parts = [
    check.unedited.length ? vscode.l10n.t('Still as inserted: {0}.', check.unedited.map((hint) => `“${hint}”`).join(', ')) : '',
    check.over ? vscode.l10n.t('The message is {0}/{1} characters; the limit is {1}.', check.over.count, check.over.max) : '',
  ].filter(Boolean);
  const goTo = vscode.l10n.t('Go to It');
  void vscode.window.showWarningMessage(inNotification(`${vscode.l10n.t('This draft is not ready yet.')} ${parts.join(' ')}`), ...(check.unedited.length ? [goTo] : []), anyway).then((choice) => {
    if (choice === anyway) void vscode.commands.executeCommand(command, { force: true });
    else if (choice === goTo) void selectFirstHint(document, info);
  });
  return undefined;
}

/** Selects the first hint still as inserted, so typing replaces it. */
async function selectFirstHint(document: vscode.TextDocument, info: DraftInfo): Promise<void> {
  const text = document.getText().replace(/\r\n/g, '\n');
  for (const hint of info.hints) {
    const at = text.indexOf(`${hint.before}${hint.hint}${hint.after}`);
    if (at < 0) continue;
    const start = document.positionAt(at + hint.before.length);
    const editor = await vscode.window.showTextDocument(document);
    editor.selection = new vscode.Selection(start, start.translate(0, hint.hint.length));
    editor.revealRange(editor.selection);
    return;
  }
}

/** Copies the message of the active draft (without its subject line) to the clipboard. */
export function copyDraft(drafts: DraftRegistry) {
  return async (arg?: unknown): Promise<string | undefined> => {
    const draft = readyDraft(drafts, CommandId.copyDraft, vscode.l10n.t('Copy Anyway'), arg);
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
  return async (arg?: unknown): Promise<string | undefined> => {
    const draft = readyDraft(drafts, CommandId.openDraftInMail, vscode.l10n.t('Open Anyway'), arg);
    if (!draft) return undefined;
    const link = mailtoLink(draft.info.to, parseDraft(draft.document.getText()));
    // A Uri re-encodes an already encoded query (https://github.com/microsoft/vscode/issues/85930); the string is passed as is.
    await vscode.env.openExternal(link as unknown as vscode.Uri);
    return link;
  };
}

/**
 * Writes `sent: <today>` into the follow-up the active draft answers (adding it when there is none), or `nudged:` for
 * a nudge, then closes the draft.
 */
export function markDraftSent(services: CommandServices) {
  return async (arg?: unknown): Promise<boolean> => {
    const draft = readyDraft(services.drafts, CommandId.markDraftSent, vscode.l10n.t('Mark Sent Anyway'), arg);
    if (!draft) return false;
    const today = services.store.today;
    const { ref, touch, records } = draft.info;
    const done = await applyPlan(services.store, draft.info.fileUri, (parsed, text) =>
      combinePlans(
        ...(ref ? [records === 'nudged' ? planFollowUpFields(parsed, text, ref, [['nudged', today]]) : planMarkSent(parsed, text, ref, today)] : []),
        ...(touch ? [planLogTouch(parsed, text, { name: touch.person }, { date: today, kind: touch.kind, ...(touch.application ? { application: touch.application } : {}) }, touch.next)] : []),
      ),
    );
    if (!done) return false;
    // The message has gone out, so its draft is done with: close it without asking to save an untitled text.
    if (!draft.document.isClosed) {
      await vscode.window.showTextDocument(draft.document);
      await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    }
    const sent = vscode.l10n.t('Marked the {0} as sent on {1}, and closed its draft.', draft.info.label, today);
    const logged = touch?.next ? ` ${vscode.l10n.t('Logged with {0}; reach out next on {1}.', touch.person, touch.next)}` : touch && !ref ? ` ${vscode.l10n.t('Logged with {0}.', touch.person)}` : '';
    void vscode.window.showInformationMessage(inNotification(sent + logged));
    return true;
  };
}
