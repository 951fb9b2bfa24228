/** Save Posting…: the job description, from the clipboard or a file, kept as Markdown beside the file and linked from the application. */
import * as vscode from 'vscode';
import { readSettings } from '../config/settings';
import { inNotification } from '../model/displayText';
import { postingContent, postingPath, postingSkills, postingSkillText } from '../model/postingNote';
import { planSetPosting } from '../model/resilienceEdits';
import { companyName } from '../model/summaries';
import { applyPlan } from '../services/applyPlan';
import { fileExists } from '../services/fileExists';
import type { JobSearchStore } from '../services/jobSearchStore';
import { onCurrent } from './followThroughCommands';
import { resolveTarget } from './resolveTarget';

/** What a caller can pass instead of the clipboard or a file picker. */
export interface PostingArguments {
  /** The posting's text. */
  readonly text?: string;
}

/** How many skills the notification names. */
const SKILLS_NAMED = 3;

/** Asks where the posting comes from and returns its text; the clipboard is offered first when it holds text. */
async function postingText(arg: unknown): Promise<string | undefined> {
  const given = (arg as PostingArguments | undefined)?.text;
  if (typeof given === 'string') return given;
  const clipboard = (await vscode.env.clipboard.readText()).trim();
  const fromClipboard = {
    label: `$(clippy) ${vscode.l10n.t('From the clipboard')}`,
    description: clipboard ? `${clipboard.replace(/\s+/g, ' ').slice(0, 60)}${clipboard.length > 60 ? '…' : ''}` : vscode.l10n.t('the clipboard is empty'),
    source: 'clipboard' as const,
  };
  const fromFile = { label: `$(file) ${vscode.l10n.t('From a file…')}`, description: vscode.l10n.t('Markdown or plain text'), source: 'file' as const };
  const picked = await vscode.window.showQuickPick(clipboard ? [fromClipboard, fromFile] : [fromFile, fromClipboard], {
    title: vscode.l10n.t('Save posting'),
    placeHolder: vscode.l10n.t('Copy the job description from the posting, then choose where it comes from.'),
  });
  if (!picked) return undefined;
  if (picked.source === 'clipboard') {
    if (!clipboard) void vscode.window.showWarningMessage(vscode.l10n.t('The clipboard is empty. Copy the job description from the posting first.'));
    return clipboard || undefined;
  }
  const [file] =
    (await vscode.window.showOpenDialog({ title: vscode.l10n.t('Save posting'), canSelectMany: false, filters: { [vscode.l10n.t('Text')]: ['md', 'txt', 'markdown'] }, openLabel: vscode.l10n.t('Use This File') })) ?? [];
  return file ? new TextDecoder().decode(await vscode.workspace.fs.readFile(file)).trim() || undefined : undefined;
}

/**
 * Opens the application's saved posting; without one, saves the text from the clipboard or a file as
 * `postings/<company>-<role>.md` (the `jobSearch.postings.folder` setting) and links it as `posting:`. An existing
 * file is never overwritten.
 */
export function savePosting(store: JobSearchStore) {
  return async (arg?: unknown): Promise<vscode.TextEditor | undefined> => {
    const target = await resolveTarget(store, arg, vscode.l10n.t('Save the posting of which application?'));
    if (!target) return undefined;
    const { application } = target;
    const company = companyName(application);
    const linked = application.posting?.trim();
    const relative = linked || postingPath(readSettings(vscode.workspace.getWorkspaceFolder(target.uri)).postingsFolder, application);
    const uri = vscode.Uri.joinPath(target.uri, '..', relative);
    if (!(await fileExists(uri))) {
      const text = await postingText(arg);
      if (!text) return undefined;
      await vscode.workspace.fs.createDirectory(vscode.Uri.joinPath(uri, '..'));
      await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(postingContent(application, text, store.today)));
      const skills = postingSkills(text, store.get(target.uri)?.parsed ?? { applications: [application], training: [] });
      const named = skills.slice(0, SKILLS_NAMED).map(postingSkillText).join('; ');
      const message = skills.length ? vscode.l10n.t('Saved the posting for {0}. It names skills you have met before: {1}.', company, named) : vscode.l10n.t('Saved the posting for {0} in {1}.', company, relative);
      void vscode.window.showInformationMessage(inNotification(message));
    }
    if (!linked && !(await applyPlan(store, target.uri, onCurrent(target, (parsed, text, current) => planSetPosting(parsed, text, current, relative))))) return undefined;
    const column = vscode.window.activeTextEditor ? vscode.ViewColumn.Beside : vscode.ViewColumn.Active;
    return vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri), { preview: false, viewColumn: column });
  };
}
