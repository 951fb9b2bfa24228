/** "Prepare for Interview…": creates the interview's prep note from the file's history, or opens the one it has. */
import * as vscode from 'vscode';
import { readSettings } from '../config/settings';
import { findApplication, refOf } from '../model/applicationRef';
import { dateText } from '../model/dateText';
import { escapeIcons, inNotification } from '../model/displayText';
import type { Application, Interview } from '../model/jobSearch';
import { prepContent, prepPath, type PrepContent } from '../model/prepNote';
import { postingSkills, relativeLink } from '../model/postingNote';
import { planSetPrep } from '../model/prepEdits';
import { renderPrepNote } from '../model/prepRender';
import { companyName } from '../model/summaries';
import { INTERVIEW_LABELS } from '../model/vocabulary';
import { applyPlan } from '../services/applyPlan';
import { fileExists } from '../services/fileExists';
import type { JobSearchStore } from '../services/jobSearchStore';
import type { CommandServices } from './commandServices';

/** An interview in a file, with its application. */
export interface InterviewTarget {
  readonly uri: vscode.Uri;
  readonly application: Application;
  readonly interview: Interview;
}

type Loose = Record<string, unknown>;
const isObject = (value: unknown): value is Loose => !!value && typeof value === 'object';

/** The interview a CodeLens, a tree row (`{uri, application, interview}`) or a Needs action row (`{uri, action}`) stands for. */
export function interviewTargetOf(arg: unknown): InterviewTarget | undefined {
  if (!isObject(arg)) return undefined;
  const source: Loose = isObject(arg.action) ? { ...arg.action, uri: arg.uri } : arg;
  if (!(source.uri instanceof vscode.Uri) || !isObject(source.application) || !isObject(source.interview)) return undefined;
  return { uri: source.uri, application: source.application as unknown as Application, interview: source.interview as unknown as Interview };
}

/** The interview from `arg`, or one the user picks: those to come first, the soonest at the top. */
async function resolveInterview(store: JobSearchStore, arg: unknown): Promise<InterviewTarget | undefined> {
  const given = interviewTargetOf(arg);
  if (given) return given;
  await store.ready();
  const today = store.today;
  const all = store.files.flatMap((file) => file.parsed.applications.flatMap((application) => application.interviews.map((interview) => ({ uri: file.uri, application, interview }))));
  const upcoming = all.filter((target) => (target.interview.date ?? '') >= today).sort((a, b) => (a.interview.date! < b.interview.date! ? -1 : 1));
  const past = all.filter((target) => (target.interview.date ?? '') < today).reverse();
  const items = [...upcoming, ...past].map((target) => ({
    label: escapeIcons(`${companyName(target.application)}: ${INTERVIEW_LABELS[target.interview.kind ?? 'other']}`),
    description: escapeIcons([target.interview.date, target.interview.time, target.interview.prep && vscode.l10n.t('has a prep note')].filter(Boolean).join(' · ')),
    target,
  }));
  if (!items.length) {
    void vscode.window.showInformationMessage(vscode.l10n.t('No interviews in job-search.yaml yet; Record Interview… adds one.'));
    return undefined;
  }
  return (await vscode.window.showQuickPick(items, { placeHolder: vscode.l10n.t('Prepare for which interview?'), matchOnDescription: true }))?.target;
}

/** The prep-note template: the workspace's own (`prep-note.md` in the templates folder) or the bundled one. */
async function prepTemplate(services: CommandServices, uri: vscode.Uri): Promise<string> {
  const folder = vscode.workspace.getWorkspaceFolder(uri);
  if (folder) {
    const own = vscode.Uri.joinPath(folder.uri, readSettings(folder).templatesFolder, 'prep-note.md');
    if (await fileExists(own)) return new TextDecoder().decode(await vscode.workspace.fs.readFile(own));
  }
  return new TextDecoder().decode(await vscode.workspace.fs.readFile(vscode.Uri.joinPath(services.extensionUri, 'templates', 'prep-note.md')));
}

/** The application's saved posting as the note links it, with the skills it names; none when it has none or it is gone. */
async function savedPosting(uri: vscode.Uri, application: Application, notePath: string, search: Parameters<typeof postingSkills>[1]): Promise<PrepContent['posting']> {
  const path = application.posting?.trim();
  if (!path) return undefined;
  try {
    const text = new TextDecoder().decode(await vscode.workspace.fs.readFile(vscode.Uri.joinPath(uri, '..', path)));
    return { link: relativeLink(notePath, path), skills: postingSkills(text, search) };
  } catch {
    return undefined;
  }
}

/**
 * Opens the interview's prep note. Without one, writes it beside the file (the `jobSearch.prep.folder` setting) from
 * the file's history and links it from the interview as `prep:`, in one edit; a note already at that path, or at the
 * path `prep:` names, is opened as it is, never overwritten.
 */
export function prepareForInterview(services: CommandServices) {
  const { store } = services;
  return async (arg?: unknown): Promise<vscode.TextEditor | undefined> => {
    const target = await resolveInterview(store, arg);
    if (!target) return undefined;
    const file = store.get(target.uri);
    const application = (file && findApplication(file.parsed, refOf(target.application))) ?? target.application;
    const interview = application.interviews.find((candidate) => candidate.span.start === target.interview.span.start) ?? application.interviews.find((candidate) => candidate.date === target.interview.date && candidate.kind === target.interview.kind) ?? target.interview;
    const relative = interview.prep?.trim() || prepPath(readSettings(vscode.workspace.getWorkspaceFolder(target.uri)).prepFolder, application, interview);
    const noteUri = vscode.Uri.joinPath(target.uri, '..', relative);
    if (!(await fileExists(noteUri))) {
      const search = file?.parsed ?? { applications: [application], training: [], people: [], stories: [] };
      const posting = await savedPosting(target.uri, application, relative, search);
      const content = { ...prepContent(search, application, interview), ...(posting ? { posting } : {}) };
      const text = renderPrepNote(await prepTemplate(services, target.uri), content, dateText(store.today, vscode.env.language));
      await vscode.workspace.fs.createDirectory(vscode.Uri.joinPath(noteUri, '..'));
      await vscode.workspace.fs.writeFile(noteUri, new TextEncoder().encode(text));
    }
    if (!interview.prep) {
      const linked = await applyPlan(store, target.uri, (parsed, text) => {
        const current = findApplication(parsed, refOf(application));
        const entry = current?.interviews.find((candidate) => candidate.span.start === interview.span.start) ?? current?.interviews.find((candidate) => candidate.date === interview.date && candidate.kind === interview.kind);
        return current && entry ? planSetPrep(parsed, text, current, entry, relative) : { error: vscode.l10n.t('{0} is no longer in job-search.yaml.', companyName(application)) };
      });
      if (!linked) return undefined;
      void vscode.window.showInformationMessage(inNotification(vscode.l10n.t('Your prep note for {0} is in {1}; the interview links to it.', companyName(application), relative)));
    }
    // Beside the file being edited; with no editor open, where the user is looking.
    const column = vscode.window.activeTextEditor ? vscode.ViewColumn.Beside : vscode.ViewColumn.Active;
    return vscode.window.showTextDocument(await vscode.workspace.openTextDocument(noteUri), { preview: false, viewColumn: column });
  };
}
