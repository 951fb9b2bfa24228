/** Turns what a command was invoked with (a tree node, a CodeLens argument, or nothing) into the application it is about. */
import * as vscode from 'vscode';
import { CommandId } from './commandIds';
import type { Application, FollowUp } from '../model/jobSearch';
import { companyName } from '../model/summaries';
import { escapeIcons } from '../model/displayText';
import { STATUS_LABELS, type FollowUpKind, type Status } from '../model/vocabulary';
import type { JobSearchStore } from '../services/jobSearchStore';

/** An application in a file, and optionally one of its follow-ups. */
export interface CommandTarget {
  readonly uri: vscode.Uri;
  readonly application: Application;
  readonly followUp?: FollowUp;
  readonly followUpIndex?: number;
}

/** The shapes commands are called with: tree nodes and CodeLens arguments all carry a uri and an application. */
type Invocation = { uri?: unknown; application?: unknown; followUp?: unknown; followUpIndex?: unknown; action?: unknown };

/** The target carried by a tree node or CodeLens argument, if any. */
export function targetOf(arg: unknown): CommandTarget | undefined {
  if (!arg || typeof arg !== 'object') return undefined;
  const candidate = arg as Invocation;
  // "Needs action" rows carry the application and follow-up inside their action.
  const source = candidate.action && typeof candidate.action === 'object' ? { ...(candidate.action as Invocation), uri: candidate.uri } : candidate;
  if (!(source.uri instanceof vscode.Uri) || !source.application || typeof source.application !== 'object') return undefined;
  const followUp = source.followUp as FollowUp | undefined;
  const application = source.application as Application;
  const followUpIndex = typeof source.followUpIndex === 'number' ? source.followUpIndex : followUp ? application.followUps.indexOf(followUp) : undefined;
  return { uri: source.uri, application, ...(followUp ? { followUp } : {}), ...(followUpIndex !== undefined && followUpIndex >= 0 ? { followUpIndex } : {}) };
}

/** Which applications to list first when asking the user to choose, by what the command is for. */
const PREFERRED: Partial<Record<FollowUpKind, readonly Status[]>> = {
  'thank-you': ['interviewing', 'rejected', 'offer', 'screening'],
  'feedback-request': ['rejected'],
  'keep-in-touch': ['rejected', 'ghosted', 'withdrawn'],
  'referral-request': ['rejected', 'ghosted'],
};

/** The target from `arg`, or one the user picks from every application in the workspace. */
export async function resolveTarget(store: JobSearchStore, arg: unknown, purpose: string, kind?: FollowUpKind, include?: (application: Application) => boolean): Promise<CommandTarget | undefined> {
  const given = targetOf(arg);
  if (given) return given;
  await store.ready();
  const preferred = (kind && PREFERRED[kind]) ?? [];
  const rank = (application: Application): number => {
    const index = application.status ? preferred.indexOf(application.status) : -1;
    return index < 0 ? preferred.length : index;
  };
  const items = store.files
    .flatMap((file) => file.parsed.applications.filter((application) => include?.(application) ?? true).map((application) => ({ uri: file.uri, application })))
    .sort((a, b) => rank(a.application) - rank(b.application))
    .map((target) => ({
      label: escapeIcons(companyName(target.application)),
      description: escapeIcons([target.application.role, target.application.status && STATUS_LABELS[target.application.status]].filter(Boolean).join(' · ')),
      target,
    }));
  if (!items.length) {
    const add = vscode.l10n.t('Add Application');
    void vscode.window.showInformationMessage(vscode.l10n.t('There are no applications to choose from yet.'), add).then((choice) => {
      if (choice === add) void vscode.commands.executeCommand(CommandId.addApplication);
    });
    return undefined;
  }
  return (await vscode.window.showQuickPick(items, { placeHolder: purpose, matchOnDescription: true }))?.target;
}

/** The contact to write to (the follow-up's, the only one, or the user's pick); undefined when the user cancelled. */
export async function resolveContact(target: CommandTarget): Promise<{ readonly name?: string } | undefined> {
  if (target.followUp?.contact) return { name: target.followUp.contact };
  const contacts = target.application.contacts;
  if (contacts.length <= 1) return { name: contacts[0]?.name };
  const pick = await vscode.window.showQuickPick(
    contacts.map((contact) => ({ label: escapeIcons(contact.name), description: escapeIcons(contact.role ?? ''), name: contact.name })),
    { placeHolder: vscode.l10n.t('Who at {0} is it for?', companyName(target.application)) },
  );
  return pick && { name: pick.name };
}
