/** "Add Reflection…": a short guided input after an interview, appended to the application's reflections. */
import * as vscode from 'vscode';
import { askText } from './askText';
import { toIsoDate } from '../model/calendarDate';
import { latestInterview } from '../model/draftValues';
import { findApplication, planAppend, refOf } from '../model/planEdits';
import { reflectionEntry } from '../model/reflectionEntry';
import { companyName } from '../model/summaries';
import { INTERVIEW_KINDS, INTERVIEW_LABELS, type InterviewKind } from '../model/vocabulary';
import { applyPlan } from '../services/applyPlan';
import type { JobSearchStore } from '../services/jobSearchStore';
import { resolveTarget } from './commandTarget';

/** The five confidence levels as the picker shows them, in the display language. */
const confidenceLevels = (): string[] => [vscode.l10n.t('rough'), vscode.l10n.t('shaky'), vscode.l10n.t('okay'), vscode.l10n.t('good'), vscode.l10n.t('great')];

/** Asks for stage, confidence, what went well, what to improve and feedback, then appends the reflection. */
export function addReflection(store: JobSearchStore) {
  return async (arg?: unknown): Promise<boolean> => {
    const target = await resolveTarget(store, arg, vscode.l10n.t('Reflect on which application?'));
    if (!target) return false;
    const title = vscode.l10n.t('Reflection: {0}', companyName(target.application));
    const today = toIsoDate(new Date());
    const last = latestInterview(target.application, today)?.kind;
    const stages = INTERVIEW_KINDS.map((kind) => ({ label: INTERVIEW_LABELS[kind], description: kind === last ? vscode.l10n.t('latest interview') : '', stage: kind }));
    if (last) stages.unshift(stages.splice(INTERVIEW_KINDS.indexOf(last), 1)[0]!);
    const stage = await vscode.window.showQuickPick(stages, { title, placeHolder: vscode.l10n.t('Which stage are you reflecting on?') });
    if (!stage) return false;
    const levels = confidenceLevels().map((word, index) => ({ label: `${index + 1} — ${word}`, level: index + 1 }));
    const confidence = await vscode.window.showQuickPick(levels, { title, placeHolder: vscode.l10n.t('How confident did you feel?') });
    if (!confidence) return false;
    const ask = (question: string, example: string): Thenable<string | undefined> => askText({ title, question, example });
    const wentWell = await ask(vscode.l10n.t('What went well? (comma-separated, optional)'), vscode.l10n.t('clarifying requirements, API design'));
    if (wentWell === undefined) return false;
    const toImprove = await ask(vscode.l10n.t('What would you improve? Each item can become a training item. (comma-separated, optional)'), vscode.l10n.t('system design, caching'));
    if (toImprove === undefined) return false;
    const feedback = await ask(vscode.l10n.t('Feedback you received, if any (optional)'), vscode.l10n.t('Strong fundamentals; go deeper on trade-offs'));
    if (feedback === undefined) return false;
    const entry = reflectionEntry({ date: today, stage: stage.stage as InterviewKind, confidence: confidence.level, wentWell, toImprove, feedback });
    return applyPlan(store, target.uri, (parsed, text) => {
      const application = findApplication(parsed, refOf(target.application));
      return application ? planAppend(parsed, text, application, 'reflections', [entry]) : { error: vscode.l10n.t('{0} is no longer in job-search.yaml.', companyName(target.application)) };
    });
  };
}
