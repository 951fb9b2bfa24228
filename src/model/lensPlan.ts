/** The CodeLens actions job-search.yaml shows, worked out from the model so the editor adapter only draws them. */
import * as l10n from '@vscode/l10n';
import { canAskSomeoneElse } from './followThrough';
import { followUpState, needsNudge } from './followUpState';
import type { Application, FollowUp, Interview, IsoDate, JobSearch, TrainingEntry, TrainingItem } from './jobSearch';
import type { Span } from './problem';
import { escapeIcons } from './displayText';
import { companyName } from './summaries';
import { progressOf, reflectionSource, skillKey } from './trainingPlan';
import { CLOSED_STATUSES, FOLLOW_UP_KINDS, FOLLOW_UP_LABELS, FOLLOW_UP_NOUNS, type FollowUpKind } from './vocabulary';

/** What a lens does when clicked; `progress` only shows a figure. */
export type LensAction =
  | { readonly type: 'draft'; readonly application: Application; readonly kind: FollowUpKind; readonly followUp?: FollowUp; readonly followUpIndex?: number }
  | { readonly type: 'markSent' | 'skip' | 'reschedule' | 'replyReceived' | 'nudge' | 'askSomeoneElse'; readonly application: Application; readonly followUp: FollowUp; readonly followUpIndex: number }
  | { readonly type: 'recordInterview' | 'recordRejection'; readonly application: Application }
  | { readonly type: 'prepare'; readonly application: Application; readonly interview: Interview }
  | { readonly type: 'toggleItem'; readonly entry: TrainingEntry; readonly item: TrainingItem; readonly done: boolean }
  | { readonly type: 'addTrainingItem'; readonly entry: TrainingEntry }
  | { readonly type: 'addToTraining'; readonly skill: string; readonly source: string }
  | { readonly type: 'progress' };

/** One lens: where it sits, its title (with codicons) and its action. */
export interface LensSpec {
  readonly span: Span;
  readonly title: string;
  readonly action: LensAction;
}

/** The messages that can follow a rejection, in the order they are sent. */
export const AFTER_REJECTION: readonly FollowUpKind[] = ['rejection-reply', 'thank-you', 'feedback-request', 'keep-in-touch'];

/** Kinds that answer the rejection itself: once one of them is sent or skipped, the reply is done with. */
const ANSWERS_REJECTION: ReadonlySet<FollowUpKind> = new Set<FollowUpKind>(['rejection-reply', 'thank-you']);

/**
 * The after-rejection messages still worth a lens on the company line: the reply and the keep-in-touch, plus a
 * thank-you or feedback request the file schedules, each until one of its kind is sent or skipped.
 */
export function openAfterRejection(application: Pick<Application, 'followUps' | 'history'>): FollowUpKind[] {
  const since = application.history.filter((entry) => entry.status === 'rejected' && entry.date).map((entry) => entry.date!).sort().at(-1);
  // A thank-you for an interview before the rejection is not the answer to it.
  const after = application.followUps.filter((followUp) => !since || followUp.kind !== 'thank-you' || (followUp.sent ?? followUp.skipped ?? followUp.due ?? since) >= since);
  const done = (kind: FollowUpKind): boolean =>
    after.some((followUp) => followUp.kind !== undefined && (followUp.kind === kind || (ANSWERS_REJECTION.has(kind) && ANSWERS_REJECTION.has(followUp.kind))) && followUpState(followUp) !== 'to-send');
  const scheduled = new Set(after.map((followUp) => followUp.kind));
  const wanted = AFTER_REJECTION.filter((kind) => kind === 'keep-in-touch' || (kind === 'rejection-reply' ? !scheduled.has('thank-you') : scheduled.has(kind)));
  return wanted.filter((kind) => !done(kind));
}

/** The fixed lens titles in the display language, looked up once per plan rather than once per lens. */
function lensTitles() {
  return {
    afterRejection: {
      'rejection-reply': `$(reply) ${FOLLOW_UP_LABELS['rejection-reply']}`,
      'thank-you': `$(mail) ${FOLLOW_UP_LABELS['thank-you']}`,
      'feedback-request': `$(comment-discussion) ${l10n.t('Ask for feedback')}`,
      'keep-in-touch': `$(person-add) ${l10n.t('Keep in touch')}`,
    } as Partial<Record<FollowUpKind, string>>,
    draft: Object.fromEntries(FOLLOW_UP_KINDS.map((kind) => [kind, `$(edit) ${l10n.t('Draft {0}', FOLLOW_UP_NOUNS[kind])}`])) as Record<FollowUpKind, string>,
    markSent: `$(check) ${l10n.t('Mark sent')}`,
    skip: `$(debug-step-over) ${l10n.t('Skip…')}`,
    reschedule: `$(history) ${l10n.t('Reschedule…')}`,
    replyReceived: `$(reply) ${l10n.t('Reply received…')}`,
    nudge: `$(bell) ${l10n.t('No answer yet: draft one gentle nudge')}`,
    askSomeoneElse: `$(person) ${l10n.t('Ask someone else for feedback…')}`,
    recordInterview: `$(calendar) ${l10n.t('Record interview…')}`,
    recordRejection: `$(circle-slash) ${l10n.t('Record rejection…')}`,
    prepare: `$(notebook) ${l10n.t('Prepare…')}`,
    openPrep: `$(notebook) ${l10n.t('Open prep note')}`,
    addItem: `$(add) ${l10n.t('Add item')}`,
    undo: `☑ ${l10n.t('Done — undo')}`,
    markDone: `☐ ${l10n.t('Mark done')}`,
  };
}

/**
 * On each application, the drafts that fit its state (the after-rejection messages once rejected, a thank-you once
 * interviewed) and the stage changes that start the follow-through; on each interview to come, its prep note; on
 * each unsent follow-up, Draft and Mark sent;
 * on gaps named in reflections and skill gaps, a way into the plan; on each training entry its progress and Add
 * item, and on each item its checkbox.
 */
export function lensPlan(search: Pick<JobSearch, 'applications' | 'training'>, nudges?: { readonly today: IsoDate; readonly afterDays: number }): LensSpec[] {
  const lenses: LensSpec[] = [];
  const titles = lensTitles();
  const planned = new Set(search.training.map((entry) => skillKey(entry.skill)));
  const planLens = (span: Span, skill: string, source: () => string): void => {
    if (!planned.has(skillKey(skill))) lenses.push({ span, title: `$(add) ${l10n.t('Plan: {0}', escapeIcons(skill))}`, action: { type: 'addToTraining', skill, source: source() } });
  };
  for (const application of search.applications) {
    const at = application.fields.company ?? application.span;
    const open = application.status !== undefined && !CLOSED_STATUSES.has(application.status);
    const kinds: FollowUpKind[] = application.status === 'rejected' ? openAfterRejection(application) : open && application.interviews.length ? ['thank-you'] : [];
    for (const kind of kinds) lenses.push({ span: at, title: titles.afterRejection[kind]!, action: { type: 'draft', application, kind } });
    if (open) {
      lenses.push({ span: at, title: titles.recordInterview, action: { type: 'recordInterview', application } });
      if (application.status !== 'wishlist') lenses.push({ span: at, title: titles.recordRejection, action: { type: 'recordRejection', application } });
    }
    // Each interview to come gets its prep note; one that has a note keeps the way to it.
    for (const interview of application.interviews) {
      if (interview.prep) lenses.push({ span: interview.span, title: titles.openPrep, action: { type: 'prepare', application, interview } });
      else if (nudges && interview.date && interview.date >= nudges.today) lenses.push({ span: interview.span, title: titles.prepare, action: { type: 'prepare', application, interview } });
    }
    application.followUps.forEach((followUp, followUpIndex) => {
      if (!followUp.kind) return;
      const state = followUpState(followUp);
      const on = { application, followUp, followUpIndex };
      if (state === 'awaiting-reply') lenses.push({ span: followUp.span, title: titles.replyReceived, action: { type: 'replyReceived', ...on } });
      if (nudges && needsNudge(followUp, nudges.today, nudges.afterDays)) lenses.push({ span: followUp.span, title: titles.nudge, action: { type: 'nudge', ...on } });
      if (nudges && canAskSomeoneElse(application, followUp, nudges.today, nudges.afterDays)) lenses.push({ span: followUp.span, title: titles.askSomeoneElse, action: { type: 'askSomeoneElse', ...on } });
      if (state !== 'to-send') return;
      lenses.push({ span: followUp.span, title: titles.draft[followUp.kind], action: { type: 'draft', application, kind: followUp.kind, followUp, followUpIndex } });
      lenses.push({ span: followUp.span, title: titles.markSent, action: { type: 'markSent', ...on } });
      lenses.push({ span: followUp.span, title: titles.skip, action: { type: 'skip', ...on } });
      lenses.push({ span: followUp.span, title: titles.reschedule, action: { type: 'reschedule', ...on } });
    });
    for (const reflection of application.reflections) {
      for (const skill of reflection.toImprove) planLens(reflection.span, skill, () => reflectionSource(application, reflection));
    }
    if (application.fields.skillGaps) {
      for (const skill of application.skillGaps) planLens(application.fields.skillGaps, skill, () => `${companyName(application)} / skill gaps`);
    }
  }
  for (const entry of search.training) {
    const { done, total } = progressOf(entry);
    const progress = l10n.t('{0}/{1} done', done, total);
    const target = entry.target ? ` · ${l10n.t('target {0}', entry.target)}` : '';
    lenses.push({ span: entry.span, title: `$(mortar-board) ${progress}${target}`, action: { type: 'progress' } });
    lenses.push({ span: entry.span, title: titles.addItem, action: { type: 'addTrainingItem', entry } });
    for (const item of entry.items) {
      lenses.push({ span: item.span, title: item.done ? titles.undo : titles.markDone, action: { type: 'toggleItem', entry, item, done: !item.done } });
    }
  }
  return lenses;
}
