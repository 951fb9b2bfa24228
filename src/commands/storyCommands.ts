/** The story bank from the editor: Add a Story…, Find a Story… by skill, and Record Stories Told… after an interview. */
import * as vscode from 'vscode';
import { findApplication, refOf } from '../model/applicationRef';
import { escapeIcons, inNotification } from '../model/displayText';
import type { Story } from '../model/jobSearch';
import { storyWhere } from '../model/prepNote';
import { planAddStory, planStoriesTold } from '../model/storyEdits';
import { companyName } from '../model/summaries';
import { applyPlan } from '../services/applyPlan';
import type { JobSearchStore } from '../services/jobSearchStore';
import { askText } from './askText';
import { pickFile } from './pickFile';
import { interviewTargetOf } from './prepCommands';
import { revealInFile } from './revealInFile';

/** Asks for a story's title and skills, then its situation, task, action and result (each optional), and adds it. */
export function addStory(store: JobSearchStore) {
  return async (arg?: unknown): Promise<boolean> => {
    const file = await pickFile(store, arg, vscode.l10n.t('Add the story to which file?'));
    if (!file) return false;
    const title = vscode.l10n.t('A story for interviews');
    const ask = (question: string, example?: string, required = false): Thenable<string | undefined> =>
      askText({ title, question, ...(example ? { example } : {}), ...(required ? { validateInput: (value: string) => (value.trim() ? undefined : vscode.l10n.t('Give it a short title.')) } : {}) });
    const name = await ask(vscode.l10n.t('A short title to find it by'), vscode.l10n.t('Cutting checkout latency in half'), true);
    if (!name?.trim()) return false;
    const skills = await ask(vscode.l10n.t('The skills it shows (comma-separated)'), vscode.l10n.t('performance, caching, working with product'));
    if (skills === undefined) return false;
    const situation = await ask(vscode.l10n.t('Situation: where and when (optional)'), vscode.l10n.t('Checkout timed out under Black Friday load'));
    if (situation === undefined) return false;
    const task = await ask(vscode.l10n.t('Task: what you had to do (optional)'));
    if (task === undefined) return false;
    const action = await ask(vscode.l10n.t('Action: what you did (optional)'));
    if (action === undefined) return false;
    const result = await ask(vscode.l10n.t('Result: how it ended, with a figure if you have one (optional)'), vscode.l10n.t('p99 from 2 s to 200 ms'));
    if (result === undefined) return false;
    const done = await applyPlan(store, file.uri, (parsed, text) => planAddStory(parsed, text, { title: name, skills, situation, task, action, result }));
    if (done) void vscode.window.showInformationMessage(inNotification(vscode.l10n.t('Added “{0}” to your stories.', name.trim())));
    return done;
  };
}

/** A story as a quick pick row: its skills to filter by, and the situation and result to recognise it. */
function storyItem(story: Story) {
  return {
    label: escapeIcons(story.title),
    description: escapeIcons(story.skills.join(', ')),
    detail: escapeIcons([story.situation, story.result].filter(Boolean).join(' → ')),
    story,
  };
}

/** Lists the stories, filtered by typing a skill or a word of the title, and reveals the one picked in the file. */
export function findStory(store: JobSearchStore) {
  return async (): Promise<Story | undefined> => {
    await store.ready();
    const items = store.files.flatMap((file) => file.parsed.stories.map((story) => ({ ...storyItem(story), uri: file.uri })));
    if (!items.length) {
      const add = vscode.l10n.t('Add a Story');
      if ((await vscode.window.showInformationMessage(vscode.l10n.t('No stories in your bank yet.'), add)) === add) await vscode.commands.executeCommand('jobSearch.addStory');
      return undefined;
    }
    const pick = await vscode.window.showQuickPick(items, { placeHolder: vscode.l10n.t('Find a story by skill or title'), matchOnDescription: true, matchOnDetail: true });
    if (pick) await revealInFile(pick.uri, pick.story.span.start, pick.story.span.end);
    return pick?.story;
  };
}

/** After an interview: which stories were told (those in the note's debrief ticked first), written to both sides. */
export function recordStoriesTold(store: JobSearchStore) {
  return async (arg?: unknown): Promise<boolean> => {
    const target = interviewTargetOf(arg);
    if (!target) {
      void vscode.window.showWarningMessage(vscode.l10n.t('Choose an interview in the Job Search view or in job-search.yaml.'));
      return false;
    }
    const file = store.get(target.uri);
    const stories = file?.parsed.stories ?? [];
    if (!stories.length) {
      void vscode.window.showInformationMessage(vscode.l10n.t('No stories in your bank yet.'));
      return false;
    }
    const told = new Set(target.interview.stories.map((title) => title.trim().toLowerCase()));
    const items = stories.map((story) => ({ ...storyItem(story), picked: told.has(story.title.trim().toLowerCase()) }));
    const picked = await vscode.window.showQuickPick(items, { canPickMany: true, placeHolder: vscode.l10n.t('Which stories did you tell?'), matchOnDescription: true });
    if (!picked?.length) return false;
    const where = storyWhere(target.application, target.interview);
    return applyPlan(store, target.uri, (parsed, text) => {
      const application = findApplication(parsed, refOf(target.application));
      const interview = application?.interviews.find((candidate) => candidate.span.start === target.interview.span.start);
      const chosen = parsed.stories.filter((story) => picked.some((item) => item.story.title === story.title));
      return application && interview ? planStoriesTold(parsed, text, application, interview, chosen, where) : { error: vscode.l10n.t('{0} is no longer in job-search.yaml.', companyName(target.application)) };
    });
  };
}
