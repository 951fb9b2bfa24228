/** What happens to a follow-up after it is written: a reply received, a message skipped, a new due date. */
import * as vscode from 'vscode';
import { targetOf, type CommandTarget } from '../contributions/commandArguments';
import { CommandId } from '../contributions/commandIds';
import { findApplication, refOf } from '../model/applicationRef';
import { escapeIcons, inNotification } from '../model/displayText';
import { followUpState, type FollowUpState } from '../model/followUpState';
import type { FollowUp } from '../model/jobSearch';
import { planAddFeedback, planFollowUpFields, type NewFeedback } from '../model/planEdits';
import { ASKS_FOR_FEEDBACK } from '../model/feedbackAsked';
import { unplannedFeedbackGaps } from '../model/trainingPlan';
import { companyName, summarizeFollowUp } from '../model/summaries';
import { dateText } from '../model/dateText';
import { FOLLOW_UP_LABELS, FOLLOW_UP_NOUNS } from '../model/vocabulary';
import { applyPlan } from '../services/applyPlan';
import type { JobSearchStore } from '../services/jobSearchStore';
import { askDate, askText } from './askText';

/** A follow-up with the position the write-back finds it by. */
type FollowUpTarget = CommandTarget & { readonly followUp: FollowUp; readonly followUpIndex: number };

/** The follow-up a lens, tree row or Needs action row stands for, or one the user picks among those in `states`. */
async function resolveFollowUp(store: JobSearchStore, arg: unknown, purpose: string, states: readonly FollowUpState[]): Promise<FollowUpTarget | undefined> {
  const given = targetOf(arg);
  if (given?.followUp && given.followUpIndex !== undefined) return given as FollowUpTarget;
  await store.ready();
  const dates = dateText(store.today, vscode.env.language);
  const items = store.files.flatMap((file) =>
    file.parsed.applications.flatMap((application) =>
      application.followUps.flatMap((followUp, followUpIndex) => {
        if (!followUp.kind || !states.includes(followUpState(followUp))) return [];
        const summary = summarizeFollowUp(followUp, dates);
        return [{ label: escapeIcons(`${summary.label} · ${companyName(application)}`), description: escapeIcons(summary.description ?? ''), target: { uri: file.uri, application, followUp, followUpIndex } }];
      }),
    ),
  );
  if (!items.length) {
    void vscode.window.showInformationMessage(states.includes('to-send') ? vscode.l10n.t('No follow-up is waiting to be sent.') : vscode.l10n.t('No sent message is waiting for a reply.'));
    return undefined;
  }
  return (await vscode.window.showQuickPick(items, { placeHolder: purpose, matchOnDescription: true }))?.target;
}

/** The write-back reference of a follow-up target. */
function refOfFollowUp(target: FollowUpTarget) {
  return { ...refOf(target.application), kind: target.followUp.kind!, followUpIndex: target.followUpIndex, ...(target.followUp.contact ? { contact: target.followUp.contact } : {}) };
}

/** Records that a sent message was answered: when, and what they said (optional). */
export function replyReceived(store: JobSearchStore) {
  return async (arg?: unknown): Promise<boolean> => {
    const target = await resolveFollowUp(store, arg, vscode.l10n.t('Which message was answered?'), ['awaiting-reply']);
    if (!target) return false;
    const { followUp } = target;
    const title = vscode.l10n.t('Reply to your {0} · {1}', FOLLOW_UP_NOUNS[followUp.kind!], companyName(target.application));
    const sent = followUp.sent;
    const date = await askDate(title, vscode.l10n.t('When did they reply? (YYYY-MM-DD)'), store.today, sent ? { date: sent, why: vscode.l10n.t('The reply cannot come before the message, sent {0}.', sent) } : undefined);
    if (date === undefined) return false;
    const reply = await askText({ title, question: vscode.l10n.t('What did they say? Paste it or sum it up (optional)'), example: vscode.l10n.t('Happy to stay in touch; the team valued your API design.') });
    if (reply === undefined) return false;
    const fields: [string, string][] = [['replied', date], ...(reply.trim() ? [['reply', reply.trim()] as [string, string]] : [])];
    const done = await applyPlan(store, target.uri, (parsed, text) => planFollowUpFields(parsed, text, refOfFollowUp(target), fields));
    if (!done) return false;
    const recorded = vscode.l10n.t('Recorded the reply from {0}.', followUp.contact ?? companyName(target.application));
    // Feedback that stays inside a reply reaches nothing; kept as the application's, it feeds the gaps and the plan.
    if (ASKS_FOR_FEEDBACK.has(followUp.kind!) && reply.trim()) void offerAsFeedback(store, target, { date, text: reply.trim(), ...(followUp.contact ? { from: followUp.contact } : {}) }, recorded);
    else void vscode.window.showInformationMessage(inNotification(recorded));
    return true;
  };
}

/** Offers to keep the answer to a request for feedback with the application's feedback, then to plan the gaps it names. */
async function offerAsFeedback(store: JobSearchStore, target: FollowUpTarget, feedback: NewFeedback, recorded: string): Promise<void> {
  const company = companyName(target.application);
  const keep = vscode.l10n.t('Save as Feedback');
  const choice = await vscode.window.showInformationMessage(inNotification(`${recorded} ${vscode.l10n.t('Keep it as the feedback from {0}, so what it names can go into your training plan?', company)}`), keep);
  if (choice !== keep) return;
  const saved = await applyPlan(store, target.uri, (parsed, text) => {
    const application = findApplication(parsed, refOf(target.application));
    return application ? planAddFeedback(parsed, text, application, feedback) : { error: vscode.l10n.t('{0} is no longer in job-search.yaml.', company) };
  });
  if (!saved) return;
  // A skill the file already names (in a reflection, a skill gap) that this feedback names too is a gap to plan now.
  const parsed = store.get(target.uri)?.parsed;
  const application = parsed && findApplication(parsed, refOf(target.application));
  const named = parsed && application ? unplannedFeedbackGaps(parsed, application) : [];
  const plan = named.length === 1 ? vscode.l10n.t('Plan “{0}”', named[0]!) : vscode.l10n.t('Add to Training Plan');
  const next = await vscode.window.showInformationMessage(inNotification(vscode.l10n.t('Saved as the feedback from {0}.', company)), plan);
  if (next !== plan) return;
  const source = `${company} / interviewer feedback`;
  await vscode.commands.executeCommand(CommandId.addToTraining, named.length === 1 ? { uri: target.uri, skill: named[0], source } : undefined);
}

/** Decides not to send a follow-up, with an optional reason; it stops showing as due. */
export function skipFollowUp(store: JobSearchStore) {
  return async (arg?: unknown): Promise<boolean> => {
    const target = await resolveFollowUp(store, arg, vscode.l10n.t('Skip which follow-up?'), ['to-send']);
    if (!target) return false;
    const label = FOLLOW_UP_LABELS[target.followUp.kind!];
    const reason = await askText({
      title: vscode.l10n.t('Skip: {0} · {1}', label, companyName(target.application)),
      question: vscode.l10n.t('Why not send it? (optional, for your own record)'),
      example: vscode.l10n.t('They asked not to be contacted; already said it on the call'),
    });
    if (reason === undefined) return false;
    const fields: [string, string][] = [['skipped', store.today], ...(reason.trim() ? [['skipReason', reason.trim()] as [string, string]] : [])];
    return applyPlan(store, target.uri, (parsed, text) => planFollowUpFields(parsed, text, refOfFollowUp(target), fields));
  };
}

/** Moves a follow-up to another due date. */
export function rescheduleFollowUp(store: JobSearchStore) {
  return async (arg?: unknown): Promise<boolean> => {
    const target = await resolveFollowUp(store, arg, vscode.l10n.t('Reschedule which follow-up?'), ['to-send']);
    if (!target) return false;
    const title = vscode.l10n.t('Reschedule: {0} · {1}', FOLLOW_UP_LABELS[target.followUp.kind!], companyName(target.application));
    const due = await askDate(title, vscode.l10n.t('New due date (YYYY-MM-DD)'), target.followUp.due && target.followUp.due > store.today ? target.followUp.due : store.today);
    if (due === undefined) return false;
    return applyPlan(store, target.uri, (parsed, text) => planFollowUpFields(parsed, text, refOfFollowUp(target), [['due', due]]));
  };
}
