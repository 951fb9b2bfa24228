/** Training-plan commands: tick an item, add an item, and add a gap to the plan. */
import { feedbackOf } from '../model/feedbackOf';
import * as vscode from 'vscode';
import { askText } from './askText';
import { escapeIcons, inNotification } from '../model/displayText';
import { isCalendarDate } from '../model/calendarDate';
import { gapOf, trainingEntryOf, trainingItemOf, type GapTarget, type TrainingItemTarget } from '../contributions/commandArguments';
import { companyName } from '../model/summaries';
import { planAddItem, planAddToTraining, planSetItemDone } from '../model/trainingEdits';
import { skillGaps, skillKey } from '../model/trainingPlan';
import { applyPlan } from '../services/applyPlan';
import type { JobSearchStore } from '../services/jobSearchStore';

/** Sets a training item done (with today's date) or not done: the one write-back behind every way of ticking. */
function setTrainingItemDone(store: JobSearchStore, target: TrainingItemTarget): Thenable<boolean> {
  return applyPlan(store, target.uri, (parsed, text) => planSetItemDone(parsed, text, target.ref, target.done, store.today));
}

/**
 * The item under the keyboard focus in the Training Plan view. The API tells an extension only what is selected, so
 * the focused row is selected first (`list.select`, which also shows it in the file without taking the focus).
 */
async function focusedItem(selection: () => readonly unknown[]): Promise<TrainingItemTarget | undefined> {
  const before = selection();
  await vscode.commands.executeCommand('list.select');
  // The selection reaches the extension host a moment later; it stays as it was when the focused row was selected already.
  for (let waited = 0; waited < 500 && selection() === before; waited += 25) await new Promise((resolve) => setTimeout(resolve, 25));
  return selection().map(trainingItemOf).find((target) => target !== undefined);
}

/**
 * Ticks or unticks a training item. The tree's checkboxes, inline action and context menu, the CodeLens and the
 * dashboard pass the item; the Space key binding passes nothing, and then the focused item of the Training Plan view
 * is ticked.
 */
export function toggleTrainingItem(store: JobSearchStore, selection: () => readonly unknown[] = () => []) {
  return async (given?: unknown): Promise<boolean> => {
    const target = given === undefined ? await focusedItem(selection) : trainingItemOf(given);
    if (!target) {
      void vscode.window.showWarningMessage(vscode.l10n.t('Choose a training item in the Training Plan view or in job-search.yaml.'));
      return false;
    }
    return setTrainingItemDone(store, target);
  };
}

/** Asks for a task and appends it to a training entry's checklist. */
export function addTrainingItem(store: JobSearchStore) {
  return async (arg?: unknown): Promise<boolean> => {
    const target = trainingEntryOf(arg);
    if (!target) {
      void vscode.window.showWarningMessage(vscode.l10n.t('Choose a skill in the Training Plan view or in job-search.yaml.'));
      return false;
    }
    const { uri, entry } = target;
    const task = await askText({
      title: vscode.l10n.t('Training: {0}', entry.skill),
      question: vscode.l10n.t('A concrete step you can tick off'),
      example: vscode.l10n.t('Design a URL shortener and write it up'),
    });
    if (!task?.trim()) return false;
    return applyPlan(store, uri, (parsed, text) => planAddItem(parsed, text, entry.skill, task.trim()));
  };
}

/** Adds a gap to the training plan (a new entry, or a new source and task for an existing one). */
export function addToTraining(store: JobSearchStore) {
  return async (arg?: unknown): Promise<boolean> => {
    const choice = gapOf(arg) ?? (await pickGap(store));
    if (!choice) return false;
    const planned = store.get(choice.uri)?.parsed.training.some((entry) => skillKey(entry.skill) === skillKey(choice.skill));
    const title = vscode.l10n.t('Training: {0}', choice.skill);
    const task = await askText({
      title,
      question: vscode.l10n.t('A first concrete step (optional)'),
      example: vscode.l10n.t('Read a chapter, build a small project, do a mock interview'),
    });
    if (task === undefined) return false;
    let target: string | undefined;
    if (!planned) {
      target = await askText({
        title,
        question: vscode.l10n.t('Target date, YYYY-MM-DD (optional)'),
        validateInput: (value) => (!value.trim() || isCalendarDate(value.trim()) ? undefined : vscode.l10n.t('Write a real date as YYYY-MM-DD, or leave it empty.')),
      });
      if (target === undefined) return false;
    }
    const gap = { skill: choice.skill, source: choice.source, ...(task.trim() ? { task: task.trim() } : {}), ...(target?.trim() ? { target: target.trim() } : {}) };
    const done = await applyPlan(store, choice.uri, (parsed, text) => planAddToTraining(parsed, text, gap));
    if (done) {
      const message = planned ? vscode.l10n.t('Added to {0} in your training plan.', choice.skill) : vscode.l10n.t('{0} is in your training plan now; tick its steps in the Training Plan view.', choice.skill);
      void vscode.window.showInformationMessage(inNotification(message));
    }
    return done;
  };
}


/** Lets the user choose among the gaps of every file, or name one from an application's feedback. */
async function pickGap(store: JobSearchStore): Promise<GapTarget | undefined> {
  await store.ready();
  const gaps = store.files.flatMap((file) =>
    skillGaps(file.parsed)
      .filter((gap) => gap.mentions.length)
      .map((gap) => ({
        label: escapeIcons(gap.skill),
        description: gap.training ? vscode.l10n.t('in the plan') : vscode.l10n.t('from {0}', escapeIcons(gap.mentions[0]!.source)),
        planned: !!gap.training,
        choice: { uri: file.uri, skill: gap.skill, source: gap.mentions[0]!.source },
      })),
  );
  // Gaps without a plan first: they are the ones that need a decision.
  const ordered = [...gaps.filter((gap) => !gap.planned), ...gaps.filter((gap) => gap.planned)];
  const title = vscode.l10n.t('Add to Training Plan');
  const picked = await vscode.window.showQuickPick([...ordered, { label: `$(edit) ${vscode.l10n.t('Another skill, from interviewer feedback…')}`, choice: undefined }], {
    title,
    placeHolder: vscode.l10n.t('Which gap do you want to work on?'),
  });
  if (!picked) return undefined;
  if (picked.choice) return picked.choice;
  const withFeedback = store.files.flatMap((file) =>
    file.parsed.applications.flatMap((application) =>
      feedbackOf(application).map((note) => ({
        label: escapeIcons(companyName(application)),
        description: escapeIcons([note.from, note.date].filter(Boolean).join(' · ')),
        detail: escapeIcons(note.text),
        uri: file.uri,
        company: companyName(application),
        feedback: note.text,
      })),
    ),
  );
  if (!withFeedback.length) {
    void vscode.window.showInformationMessage(vscode.l10n.t('No feedback is recorded yet. Write down what the interviewers told you first (Record Rejection… and Reply Received… ask for it).'));
    return undefined;
  }
  const source = await vscode.window.showQuickPick(withFeedback, { title, placeHolder: vscode.l10n.t('Whose feedback?'), matchOnDescription: true, matchOnDetail: true });
  if (!source) return undefined;
  const skill = await askText({ title, question: vscode.l10n.t('Which skill does this feedback point to? “{0}”', source.feedback ?? '') });
  return skill?.trim() ? { uri: source.uri, skill: skill.trim(), source: `${source.company} / interviewer feedback` } : undefined;
}
