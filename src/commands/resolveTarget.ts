/** Turns what a command was invoked with (a tree node, a CodeLens argument, or nothing) into the application it is about, asking when nothing was given. */
import * as vscode from 'vscode';
import { targetOf, type CommandTarget } from '../contributions/commandArguments';
import { CommandId } from '../contributions/commandIds';
import type { Application } from '../model/jobSearch';
import { companyName } from '../model/summaries';
import { escapeIcons } from '../model/displayText';
import { STATUS_LABELS, type FollowUpKind, type Status } from '../model/vocabulary';
import type { JobSearchStore } from '../services/jobSearchStore';

/** Which applications to list first when asking the user to choose, by what the command is for. */
const PREFERRED: Partial<Record<FollowUpKind, readonly Status[]>> = {
  'thank-you': ['interviewing', 'rejected', 'offer', 'screening'],
  'rejection-reply': ['rejected'],
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
