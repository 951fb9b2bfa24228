/** Commands that write to job-search.yaml: mark a follow-up sent, record a rejection, record an interview. */
import * as vscode from 'vscode';
import { askDate, askText } from './askText';
import { readSettings } from '../config/settings';
import { escapeIcons, inNotification } from '../model/displayText';
import { peopleToAsk, planRecordInterview, planRecordRejection, rejectionFollowUps, type FollowThroughSettings, type Rejection } from '../model/followThrough';
import { pickContact } from '../model/draftValues';
import { feedbackOf } from '../model/feedbackOf';
import { findApplication, refOf } from '../model/applicationRef';
import { planAddFollowUps, planMarkSent, type Plan } from '../model/planEdits';
import type { ParsedJobSearch } from '../model/parseJobSearch';
import type { Application, Person } from '../model/jobSearch';
import { nameKey } from '../model/network';
import { companyName } from '../model/summaries';
import { CLOSED_STATUSES, FOLLOW_UP_NOUNS, INTERVIEW_KINDS, INTERVIEW_LABELS, INTERVIEW_NOUNS, type InterviewKind } from '../model/vocabulary';
import { totalsPhrase, winsSummary } from '../model/wins';
import { applyPlan } from '../services/applyPlan';
import type { JobSearchStore } from '../services/jobSearchStore';
import { CommandId } from '../contributions/commandIds';
import { targetOf, type CommandTarget } from '../contributions/commandArguments';
import { resolveTarget } from './resolveTarget';

/** Plans against the application as the current file has it, wherever it moved since the command started. */
export function onCurrent(target: CommandTarget, plan: (parsed: ParsedJobSearch, text: string, application: Application) => Plan) {
  return (parsed: ParsedJobSearch, text: string): Plan => {
    const application = findApplication(parsed, refOf(target.application));
    return application ? plan(parsed, text, application) : { error: vscode.l10n.t('{0} is no longer in job-search.yaml.', companyName(target.application)) };
  };
}

/** Marks the follow-up a tree node or CodeLens stands for as sent today. */
export function markSent(store: JobSearchStore) {
  return async (arg?: unknown): Promise<boolean> => {
    const target = targetOf(arg);
    if (!target?.followUp?.kind) {
      void vscode.window.showWarningMessage(vscode.l10n.t('Choose a follow-up in the Job Search view or in job-search.yaml to mark it sent.'));
      return false;
    }
    const ref = { ...refOf(target.application), kind: target.followUp.kind, followUpIndex: target.followUpIndex, contact: target.followUp.contact };
    return applyPlan(store, target.uri, (parsed, text) => planMarkSent(parsed, text, ref, store.today));
  };
}

const isOpen = (application: Application): boolean => !application.status || !CLOSED_STATUSES.has(application.status);

/**
 * Asks when the news came and what they said, sets the application to rejected on that day, keeps the feedback,
 * and schedules the follow-through the settings ask for (by default one reply and a keep-in-touch).
 */
export function recordRejection(store: JobSearchStore) {
  return async (arg?: unknown): Promise<boolean> => {
    const target = await resolveTarget(store, arg, vscode.l10n.t('Record a rejection from which application?'), undefined, isOpen);
    if (!target) return false;
    const today = store.today;
    const { followThrough } = readSettings(vscode.workspace.getWorkspaceFolder(target.uri));
    const rejection = await askRejection(target.application, today, followThrough);
    if (!rejection) return false;
    const scheduled = rejectionFollowUps(target.application, rejection, today, followThrough);
    const done = await applyPlan(store, target.uri, onCurrent(target, (parsed, text, application) => planRecordRejection(parsed, text, application, rejection, today, followThrough)));
    if (!done) return false;
    const list = scheduled.map((followUp) => `${FOLLOW_UP_NOUNS[followUp.kind]} (${followUp.due})`).join(', ');
    const first = scheduled.find((followUp) => followUp.kind !== 'keep-in-touch');
    const draft = first && vscode.l10n.t('Draft the {0}', FOLLOW_UP_NOUNS[first.kind]);
    const reflect = vscode.l10n.t('Add Reflection…');
    const recorded = vscode.l10n.t('Recorded the rejection from {0}.', companyName(target.application));
    // A no lands better next to what has gone right: the user's own wins, counted from the file.
    const parsed = store.get(target.uri)?.parsed;
    const wins = parsed ? totalsPhrase(winsSummary(parsed, today, 0).totals, 3) : '';
    const since = wins ? ` ${vscode.l10n.t('Since you started: {0}.', wins)}` : '';
    const progress = wins ? vscode.l10n.t('Your Wins') : undefined;
    void vscode.window
      .showInformationMessage(inNotification(`${recorded}${since}${list ? ` ${vscode.l10n.t('Scheduled: {0}.', list)}` : ''}`), ...[draft, reflect, progress].filter((item): item is string => !!item))
      .then((choice) => {
        const argument = { uri: target.uri, application: target.application };
        if (choice && choice === draft) void vscode.commands.executeCommand(CommandId.draftFollowUp, { ...argument, kind: first!.kind });
        else if (choice === reflect) void vscode.commands.executeCommand(CommandId.addReflection, argument);
        else if (choice && choice === progress) void vscode.commands.executeCommand(CommandId.openDashboard);
      });
    return true;
  };
}

/** When the news came, what they said, and whether to ask someone else too; undefined when cancelled. */
async function askRejection(application: Application, today: string, settings: FollowThroughSettings): Promise<Rejection | undefined> {
  const title = vscode.l10n.t('Rejection from {0}', companyName(application));
  const date = await askDate(title, vscode.l10n.t('When did they tell you? (YYYY-MM-DD)'), today);
  if (date === undefined) return undefined;
  const said = await askText({
    title,
    question: vscode.l10n.t('What did they say about why? Paste or sum it up (optional)'),
    example: vscode.l10n.t('strong on APIs, wanted more system design depth'),
  });
  if (said === undefined) return undefined;
  const usual = pickContact(application)?.name;
  const feedback = said.trim() ? { text: said.trim(), ...(usual ? { from: usual } : {}) } : undefined;
  const hasFeedback = !!feedback || feedbackOf(application).length > 0;
  const others = peopleToAsk(application, usual);
  if (hasFeedback || settings.afterRejection !== 'one-reply' || !others.length) return { date, ...(feedback ? { feedback } : {}) };
  const none = { label: vscode.l10n.t('No, the reply is enough'), name: undefined };
  const pick = await vscode.window.showQuickPick(
    [none, ...others.map((name) => ({ label: escapeIcons(name), description: escapeIcons(pickContact(application, name)?.role ?? ''), name }))],
    { title, placeHolder: vscode.l10n.t('Also ask someone you met (an interviewer, the hiring manager) for feedback?') },
  );
  if (!pick) return undefined;
  return { date, ...(pick.name ? { askAlso: pick.name } : {}) };
}

/** Schedules a feedback request to someone else the user met, after the reply to a rejection went unanswered. */
export function askSomeoneElse(store: JobSearchStore) {
  return async (arg?: unknown): Promise<boolean> => {
    const target = targetOf(arg);
    if (!target?.followUp) {
      void vscode.window.showWarningMessage(vscode.l10n.t('Choose the reply to a rejection in the Job Search view or in job-search.yaml.'));
      return false;
    }
    const people = peopleToAsk(target.application, target.followUp.contact);
    const pick = await vscode.window.showQuickPick(
      people.map((name) => ({ label: escapeIcons(name), description: escapeIcons(pickContact(target.application, name)?.role ?? ''), name })),
      { title: vscode.l10n.t('Feedback from someone else at {0}', companyName(target.application)), placeHolder: vscode.l10n.t('Whom would you like to ask? (an interviewer, the hiring manager)') },
    );
    if (!pick) return false;
    const done = await applyPlan(store, target.uri, onCurrent(target, (parsed, text, application) => planAddFollowUps(parsed, text, application, [{ kind: 'feedback-request', due: store.today, contact: pick.name }])));
    if (done) {
      const draft = vscode.l10n.t('Draft It');
      void vscode.window.showInformationMessage(inNotification(vscode.l10n.t('Scheduled a feedback request to {0} for today.', pick.name)), draft).then((choice) => {
        const parsed = store.get(target.uri)?.parsed;
        const application = choice === draft && parsed ? findApplication(parsed, refOf(target.application)) : undefined;
        const followUpIndex = application ? application.followUps.map((followUp) => followUp.kind).lastIndexOf('feedback-request') : -1;
        if (application && followUpIndex >= 0) void vscode.commands.executeCommand(CommandId.draftFollowUp, { uri: target.uri, application, followUp: application.followUps[followUpIndex], followUpIndex });
      });
    }
    return done;
  };
}

/** Adds an interview (date, kind, interviewers) and schedules its thank-you note. */
export function recordInterview(store: JobSearchStore) {
  return async (arg?: unknown): Promise<boolean> => {
    const target = await resolveTarget(store, arg, vscode.l10n.t('Record an interview for which application?'), undefined, isOpen);
    if (!target) return false;
    const title = vscode.l10n.t('Interview at {0}', companyName(target.application));
    const date = await askDate(title, vscode.l10n.t('Date of the interview (YYYY-MM-DD)'), store.today);
    if (date === undefined) return false;
    const kind = await vscode.window.showQuickPick(
      INTERVIEW_KINDS.map((value) => ({ label: INTERVIEW_LABELS[value], description: value, value })),
      { title, placeHolder: vscode.l10n.t('What kind of interview?') },
    );
    if (!kind) return false;
    const interviewers = await pickInterviewers(target.application, store.get(target.uri)?.parsed.people ?? [], title);
    if (!interviewers) return false;
    const { followThrough } = readSettings(vscode.workspace.getWorkspaceFolder(target.uri));
    const interview = { date, kind: kind.value as InterviewKind, with: interviewers };
    const done = await applyPlan(store, target.uri, onCurrent(target, (parsed, text, application) => planRecordInterview(parsed, text, application, interview, followThrough)));
    if (done) {
      const recorded = interviewers.length > 1
        ? vscode.l10n.t('Recorded the {0} at {1} and scheduled a thank-you note to each interviewer.', INTERVIEW_NOUNS[interview.kind], companyName(target.application))
        : vscode.l10n.t('Recorded the {0} at {1} and scheduled a thank-you note.', INTERVIEW_NOUNS[interview.kind], companyName(target.application));
      void vscode.window
        .showInformationMessage(inNotification(recorded), vscode.l10n.t('Draft Thank-You Note'))
        .then((choice) => choice && vscode.commands.executeCommand(CommandId.draftThankYou, { uri: target.uri, application: target.application }));
    }
    return done;
  };
}

/**
 * The interviewers: picked from the contacts and the people at the company (anyone else listed under people too),
 * or typed when there is nobody to pick or "Someone else…" is ticked. Undefined when cancelled.
 */
async function pickInterviewers(application: Application, people: readonly Person[], title: string): Promise<string[] | undefined> {
  const ask = async (): Promise<string[] | undefined> => {
    const typed = await askText({ title, question: vscode.l10n.t('Who interviewed you? Names separated by commas (optional)'), example: vscode.l10n.t('Jamie Rivera, Sam Ortiz') });
    return typed === undefined ? undefined : typed.split(',').map((name) => name.trim()).filter(Boolean);
  };
  const contacts = application.contacts.map((contact) => nameKey(contact.person ?? contact.name));
  const company = nameKey(application.company);
  const others = people.filter((person) => !contacts.includes(nameKey(person.name))).sort((a, b) => Number(nameKey(b.company) === company) - Number(nameKey(a.company) === company));
  if (!application.contacts.length && !others.length) return ask();
  const someoneElse = { label: `$(add) ${vscode.l10n.t('Someone else…')}`, name: undefined };
  const picks = await vscode.window.showQuickPick(
    [
      ...application.contacts.map((contact) => ({ label: escapeIcons(contact.name), description: escapeIcons(contact.role ?? ''), name: contact.name as string | undefined })),
      ...others.map((person) => ({ label: escapeIcons(person.name.trim()), description: escapeIcons([person.role, person.company, vscode.l10n.t('from your people')].filter(Boolean).join(' · ')), name: person.name.trim() as string | undefined })),
      someoneElse,
    ],
    { title, canPickMany: true, placeHolder: vscode.l10n.t('Who interviewed you? (none is fine)') },
  );
  if (!picks) return undefined;
  const named = picks.flatMap((pick) => (pick.name ? [pick.name] : []));
  if (!picks.includes(someoneElse)) return named;
  const typed = await ask();
  return typed && [...named, ...typed];
}
