/** "Add Reflection…": a short guided input after an interview, appended to the application's reflections. */
import * as vscode from 'vscode';
import { toIsoDate } from '../model/calendarDate';
import { latestInterview } from '../model/draftValues';
import { findApplication, planAppend, refOf } from '../model/planEdits';
import { reflectionEntry } from '../model/reflectionEntry';
import { companyName } from '../model/summaries';
import { INTERVIEW_KINDS, INTERVIEW_LABELS, type InterviewKind } from '../model/vocabulary';
import { applyPlan } from '../services/applyPlan';
import type { JobSearchStore } from '../services/jobSearchStore';
import { resolveTarget } from './commandTarget';

const CONFIDENCE = ['1 — rough', '2 — shaky', '3 — okay', '4 — good', '5 — great'];

/** Asks for stage, confidence, what went well, what to improve and feedback, then appends the reflection. */
export function addReflection(store: JobSearchStore) {
  return async (arg?: unknown): Promise<boolean> => {
    const target = await resolveTarget(store, arg, 'Reflect on which application?');
    if (!target) return false;
    const title = `Reflection: ${companyName(target.application)}`;
    const today = toIsoDate(new Date());
    const last = latestInterview(target.application, today)?.kind;
    const stages = INTERVIEW_KINDS.map((kind) => ({ label: INTERVIEW_LABELS[kind], description: kind === last ? 'latest interview' : '', stage: kind }));
    if (last) stages.unshift(stages.splice(INTERVIEW_KINDS.indexOf(last), 1)[0]!);
    const stage = await vscode.window.showQuickPick(stages, { title, placeHolder: 'Which stage are you reflecting on?' });
    if (!stage) return false;
    const confidence = await vscode.window.showQuickPick(CONFIDENCE, { title, placeHolder: 'How confident did you feel?' });
    if (!confidence) return false;
    const ask = (prompt: string, placeHolder: string): Thenable<string | undefined> => vscode.window.showInputBox({ title, prompt, placeHolder });
    const wentWell = await ask('What went well? (comma-separated, optional)', 'clarifying requirements, API design');
    if (wentWell === undefined) return false;
    const toImprove = await ask('What would you improve? Each item can become a training item. (comma-separated, optional)', 'system design, caching');
    if (toImprove === undefined) return false;
    const feedback = await ask('Feedback you received, if any (optional)', 'Strong fundamentals; go deeper on trade-offs');
    if (feedback === undefined) return false;
    const entry = reflectionEntry({ date: today, stage: stage.stage as InterviewKind, confidence: CONFIDENCE.indexOf(confidence) + 1, wentWell, toImprove, feedback });
    return applyPlan(store, target.uri, (parsed, text) => {
      const application = findApplication(parsed, refOf(target.application));
      return application ? planAppend(parsed, text, application, 'reflections', [entry]) : { error: `${companyName(target.application)} is no longer in job-search.yaml.` };
    });
  };
}
