/** Staying resilient from the editor: weekly goals, a win of the user's own, the way back to a company (Apply Again…, a date to). */
import * as vscode from 'vscode';
import { isCalendarDate } from '../model/calendarDate';
import { inNotification } from '../model/displayText';
import { workedOn } from '../model/draftValues';
import { monthsAfter } from '../model/followThrough';
import type { Application, IsoDate, WeeklyGoals } from '../model/jobSearch';
import { referenceOf } from '../model/network';
import { planAddApplication } from '../model/planEdits';
import { planAddWin, planSetGoals, planSetReapply } from '../model/resilienceEdits';
import { companyName } from '../model/summaries';
import { CLOSED_STATUSES, STATUS_LABELS } from '../model/vocabulary';
import { activeGoals, GOAL_KEYS, type GoalKey } from '../model/weeklyGoals';
import { goalLabel } from '../model/weeklyReview';
import { applyPlan } from '../services/applyPlan';
import type { JobSearchStore } from '../services/jobSearchStore';
import { targetOf } from '../contributions/commandArguments';
import { askStageDate, pickStatus } from './applicationCommands';
import { askDate, askText } from './askText';
import { onCurrent } from './followThroughCommands';
import { pickFile } from './pickFile';
import { resolveTarget } from './resolveTarget';

/** What a goal's question suggests when none is set yet: small enough to keep in a hard week. */
const SUGGESTED: Readonly<Record<GoalKey, number>> = { applications: 3, outreach: 3, training: 2 };

/** The question for each goal. */
function goalQuestion(key: GoalKey): string {
  switch (key) {
    case 'applications':
      return vscode.l10n.t('Applications to send each week (blank for no goal)');
    case 'outreach':
      return vscode.l10n.t('Messages to people each week: follow-ups and touches (blank for no goal)');
    case 'training':
      return vscode.l10n.t('Training items to finish each week (blank for no goal)');
  }
}

const wholeNumber = (value: string): string | undefined =>
  !value.trim() || (/^\d+$/.test(value.trim()) && Number(value.trim()) <= 100) ? undefined : vscode.l10n.t('Write a whole number from 0 to 100, or leave it blank.');

/** Asks for each weekly goal (the current one, or a small suggestion, filled in) and writes them to the profile. */
export function setWeeklyGoals(store: JobSearchStore) {
  return async (arg?: unknown): Promise<boolean> => {
    const file = await pickFile(store, arg, vscode.l10n.t('Set the goals of which file?'));
    if (!file) return false;
    const title = vscode.l10n.t('Weekly goals');
    const now = file.parsed.profile?.goals;
    const hasGoals = activeGoals(now).length > 0;
    const goals: { -readonly [K in GoalKey]?: number } = {};
    for (const key of GOAL_KEYS) {
      const current = now?.[key];
      const value = current !== undefined ? String(current) : hasGoals ? '' : String(SUGGESTED[key]);
      const answer = await askText({ title, question: goalQuestion(key), value, validateInput: wholeNumber });
      if (answer === undefined) return false;
      if (answer.trim() && Number(answer.trim()) > 0) goals[key] = Number(answer.trim());
    }
    const done = await applyPlan(store, file.uri, (parsed, text) => planSetGoals(parsed, text, goals as WeeklyGoals));
    if (!done) return false;
    const set = activeGoals(goals);
    const message = set.length
      ? vscode.l10n.t('Weekly goals set: {0}. This week’s progress shows in the dashboard and the status bar.', set.map((goal) => `${goalLabel(goal.key)}: ${goal.goal}`).join('; '))
      : vscode.l10n.t('Weekly goals cleared.');
    void vscode.window.showInformationMessage(inNotification(message));
    return true;
  };
}

/** What Add a Win… may be given: a file or an application, and the words when a caller has them. */
interface WinArgument {
  readonly uri?: vscode.Uri;
  readonly text?: string;
}

/** Asks what went well (and for which application, when it came from one) and adds it to `wins`. */
export function addWin(store: JobSearchStore) {
  return async (arg?: unknown): Promise<boolean> => {
    const target = targetOf(arg);
    const file = await pickFile(store, target ?? arg, vscode.l10n.t('Add the win to which file?'));
    if (!file) return false;
    const title = target ? vscode.l10n.t('A win at {0}', companyName(target.application)) : vscode.l10n.t('A win');
    const given = (arg as WinArgument | undefined)?.text;
    const text =
      typeof given === 'string' && given.trim()
        ? given
        : await askText({
            title,
            question: vscode.l10n.t('What went well? Big or small, it counts'),
            example: vscode.l10n.t('explained my project clearly in the screening call'),
            validateInput: (value) => (value.trim() ? undefined : vscode.l10n.t('Write a few words about it.')),
          });
    if (!text?.trim()) return false;
    const date = await askDate(title, vscode.l10n.t('When? (YYYY-MM-DD)'), store.today);
    if (!date) return false;
    const application = target && referenceOf(target.application, file.parsed.applications);
    const done = await applyPlan(store, file.uri, (parsed, current) => planAddWin(parsed, current, { date, text, ...(application ? { application } : {}) }));
    if (done) void vscode.window.showInformationMessage(inNotification(vscode.l10n.t('Added to your wins: {0}', text.trim())));
    return done;
  };
}

const isClosed = (application: Application): boolean => !!application.status && CLOSED_STATUSES.has(application.status);

/**
 * Starts a new application to a company that said no: the role (the last one filled in), what changed since (the
 * training done from its feedback filled in), the stage and its date. The company's people come along as contacts.
 */
export function applyAgain(store: JobSearchStore) {
  return async (arg?: unknown): Promise<boolean> => {
    const target = await resolveTarget(store, arg, vscode.l10n.t('Apply again to which company?'), 'keep-in-touch', isClosed);
    if (!target) return false;
    const company = companyName(target.application);
    const title = vscode.l10n.t('Apply again: {0}', company);
    const role = await askText({ title, question: vscode.l10n.t('Role (optional)'), value: target.application.role ?? '' });
    if (role === undefined) return false;
    const training = store.get(target.uri)?.parsed.training ?? [];
    const since = workedOn(target.application, training);
    const changed = await askText({
      title,
      question: vscode.l10n.t('What has changed since you last applied? (optional)'),
      example: vscode.l10n.t('worked through system design; shipped a side project'),
      value: since ? vscode.l10n.t('Worked on {0}', since) : '',
    });
    if (changed === undefined) return false;
    const status = await pickStatus(title);
    if (!status) return false;
    const date = await askStageDate(title, status, store.today);
    if (!date) return false;
    const rejectedOn = target.application.history.filter((entry) => entry.status === 'rejected' && entry.date).map((entry) => entry.date!).sort().at(-1);
    const before = rejectedOn ? vscode.l10n.t('Applying again after the no on {0}.', rejectedOn) : vscode.l10n.t('Applying again.');
    const notes = changed.trim() ? `${before} ${changed.trim()}` : before;
    const entry = { company: target.application.company.trim(), status, date, notes, ...(role.trim() ? { role: role.trim() } : {}) };
    const done = await applyPlan(store, target.uri, (parsed, text) => planAddApplication(parsed, text, entry));
    if (done) void vscode.window.showInformationMessage(inNotification(vscode.l10n.t('Added {0} as {1}. Good luck this time.', company, STATUS_LABELS[status])));
    return done;
  };
}

/** Asks when to go back to a company (three months from now filled in; blank clears it) and writes `reapply`. */
export function setReapplyDate(store: JobSearchStore) {
  return async (arg?: unknown): Promise<boolean> => {
    const target = await resolveTarget(store, arg, vscode.l10n.t('Set a date to apply again to which company?'), 'keep-in-touch', isClosed);
    if (!target) return false;
    const company = companyName(target.application);
    const suggested: IsoDate = target.application.reapply ?? monthsAfter(store.today, 3);
    const answer = await askText({
      title: vscode.l10n.t('Apply again: {0}', company),
      question: vscode.l10n.t('When do you want to go back to {0}? (YYYY-MM-DD, blank for no date)', company),
      value: suggested,
      validateInput: (value) => (!value.trim() || isCalendarDate(value.trim()) ? undefined : vscode.l10n.t('Write a real date as YYYY-MM-DD, for example 2026-10-15.')),
    });
    if (answer === undefined) return false;
    const date = answer.trim() || null;
    const done = await applyPlan(store, target.uri, onCurrent(target, (parsed, text, application) => planSetReapply(parsed, text, application, date)));
    if (done) {
      const message = date ? vscode.l10n.t('Needs action will suggest the way back to {0} on {1}.', company, date) : vscode.l10n.t('No date set to go back to {0}.', company);
      void vscode.window.showInformationMessage(inNotification(message));
    }
    return done;
  };
}
