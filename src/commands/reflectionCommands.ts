/** "Add Reflection…": a short guided input after an interview, appended to the application's reflections. */
import * as vscode from 'vscode';
import { askText } from './askText';
import { latestInterview } from '../model/draftValues';
import { findApplication, refOf } from '../model/applicationRef';
import { combinePlans, planAddFeedback, planAppend } from '../model/planEdits';
import { reflectionEntry } from '../model/reflectionEntry';
import { storyWhere } from '../model/prepNote';
import { debriefOf, type Debrief } from '../model/prepRender';
import { planStoriesTold } from '../model/storyEdits';
import { inNotification } from '../model/displayText';
import type { Reflection } from '../model/jobSearch';
import { companyName } from '../model/summaries';
import { reflectionSource } from '../model/trainingPlan';
import { INTERVIEW_KINDS, INTERVIEW_LABELS, type InterviewKind } from '../model/vocabulary';
import { applyPlan } from '../services/applyPlan';
import type { JobSearchStore } from '../services/jobSearchStore';
import { CommandId } from '../contributions/commandIds';
import { resolveTarget } from './resolveTarget';

/** The five confidence levels as the picker shows them, in the display language. */
const confidenceLevels = (): string[] => [vscode.l10n.t('rough'), vscode.l10n.t('shaky'), vscode.l10n.t('okay'), vscode.l10n.t('good'), vscode.l10n.t('great')];

/** Asks for stage, confidence, what went well, what to improve, feedback and what was outside the user's control, then appends the reflection. */
export function addReflection(store: JobSearchStore) {
  return async (arg?: unknown): Promise<boolean> => {
    const target = await resolveTarget(store, arg, vscode.l10n.t('Reflect on which application?'));
    if (!target) return false;
    const title = vscode.l10n.t('Reflection: {0}', companyName(target.application));
    const today = store.today;
    const last = latestInterview(target.application, today)?.kind;
    const stages = INTERVIEW_KINDS.map((kind) => ({ label: INTERVIEW_LABELS[kind], description: kind === last ? vscode.l10n.t('latest interview') : '', stage: kind }));
    if (last) stages.unshift(stages.splice(INTERVIEW_KINDS.indexOf(last), 1)[0]!);
    const stage = await vscode.window.showQuickPick(stages, { title, placeHolder: vscode.l10n.t('Which stage are you reflecting on?') });
    if (!stage) return false;
    const levels = confidenceLevels().map((word, index) => ({ label: `${index + 1} — ${word}`, level: index + 1 }));
    const confidence = await vscode.window.showQuickPick(levels, { title, placeHolder: vscode.l10n.t('How confident did you feel?') });
    if (!confidence) return false;
    // The interview reflected on: the latest of that stage up to today. Its prep note's debrief fills in the answers.
    const interview = target.application.interviews
      .filter((candidate) => candidate.kind === stage.stage && candidate.date && candidate.date <= today)
      .sort((a, b) => (a.date! < b.date! ? -1 : 1))
      .at(-1);
    const debrief = interview?.prep ? await readDebrief(target.uri, interview.prep) : undefined;
    const ask = (question: string, example: string, value?: string): Thenable<string | undefined> => askText({ title, question, example, ...(value ? { value } : {}) });
    const wentWell = await ask(vscode.l10n.t('What went well? (comma-separated, optional)'), vscode.l10n.t('clarifying requirements, API design'), debrief?.wentWell.join(', '));
    if (wentWell === undefined) return false;
    const toImprove = await ask(vscode.l10n.t('What would you improve? Each item can become a training item. (comma-separated, optional)'), vscode.l10n.t('system design, caching'), debrief?.toImprove.join(', '));
    if (toImprove === undefined) return false;
    const feedback = await ask(vscode.l10n.t('Feedback you received, if any (optional)'), vscode.l10n.t('Strong fundamentals; go deeper on trade-offs'), debrief?.feedback);
    if (feedback === undefined) return false;
    // Naming what was not theirs to decide helps people stop carrying it; the answer stays in the reflection.
    const outsideControl = await ask(vscode.l10n.t('What was outside your control? (optional)'), vscode.l10n.t('the timing; an internal candidate'), debrief?.outsideControl);
    if (outsideControl === undefined) return false;
    const entry = reflectionEntry({ date: today, stage: stage.stage as InterviewKind, confidence: confidence.level, wentWell, toImprove, outsideControl, ...(interview?.date ? { interview: interview.date } : {}) });
    // Feedback has one home, the application's `feedback` list, whichever command it is typed into.
    const done = await applyPlan(store, target.uri, (parsed, text) => {
      const application = findApplication(parsed, refOf(target.application));
      if (!application) return { error: vscode.l10n.t('{0} is no longer in job-search.yaml.', companyName(target.application)) };
      // Stories the debrief names, when they are in the bank, are recorded as told in the same edit.
      const current = interview && application.interviews.find((candidate) => candidate.span.start === interview.span.start);
      const told = parsed.stories.filter((story) => debrief?.stories.some((title) => title.trim().toLowerCase() === story.title.trim().toLowerCase()));
      return combinePlans(
        planAppend(parsed, text, application, 'reflections', [entry]),
        feedback.trim() ? planAddFeedback(parsed, text, application, { date: today, text: feedback }) : { edits: [] },
        current && told.length ? planStoriesTold(parsed, text, application, current, told, storyWhere(application, current)) : { edits: [] },
      );
    });
    const source = reflectionSource(target.application, { stage: stage.stage as InterviewKind, date: today } as Reflection);
    if (done) void offerToPlan(target.uri, companyName(target.application), (entry.toImprove as readonly string[] | undefined) ?? [], source);
    return done;
  };
}

/** The debrief of the prep note at `prep` (relative to the file's folder), or undefined when there is none to read. */
async function readDebrief(uri: vscode.Uri, prep: string): Promise<Debrief | undefined> {
  try {
    return debriefOf(new TextDecoder().decode(await vscode.workspace.fs.readFile(vscode.Uri.joinPath(uri, '..', prep))));
  } catch {
    return undefined;
  }
}

/** After a reflection: says it is saved, and offers to turn what it names to improve into the training plan. */
async function offerToPlan(uri: vscode.Uri, company: string, toImprove: readonly string[], source: string): Promise<void> {
  const saved = vscode.l10n.t('Saved your reflection on {0}.', company);
  if (!toImprove.length) {
    void vscode.window.showInformationMessage(inNotification(saved));
    return;
  }
  const plan = vscode.l10n.t('Add to Training Plan');
  const message = toImprove.length === 1 ? vscode.l10n.t('{0} Plan how to work on {1}?', saved, toImprove[0]!) : vscode.l10n.t('{0} Plan how to work on the {1} things it names?', saved, toImprove.length);
  if ((await vscode.window.showInformationMessage(inNotification(message), plan)) !== plan) return;
  // One gap goes straight in; with several, the picker lists the gaps without a plan first.
  await vscode.commands.executeCommand(CommandId.addToTraining, toImprove.length === 1 ? { uri, skill: toImprove[0], source } : undefined);
}
