/** The CodeLens actions job-search.yaml shows, worked out from the model so the editor adapter only draws them. */
import * as l10n from '@vscode/l10n';
import type { Application, FollowUp, JobSearch, TrainingEntry, TrainingItem } from './jobSearch';
import type { Span } from './problem';
import { escapeIcons } from './displayText';
import { companyName } from './summaries';
import { progressOf, reflectionSource, skillKey } from './trainingPlan';
import { CLOSED_STATUSES, FOLLOW_UP_LABELS, FOLLOW_UP_NOUNS, type FollowUpKind } from './vocabulary';

/** What a lens does when clicked; `progress` only shows a figure. */
export type LensAction =
  | { readonly type: 'draft'; readonly application: Application; readonly kind: FollowUpKind; readonly followUp?: FollowUp; readonly followUpIndex?: number }
  | { readonly type: 'markSent'; readonly application: Application; readonly followUp: FollowUp; readonly followUpIndex: number }
  | { readonly type: 'recordInterview' | 'recordRejection'; readonly application: Application }
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

/** The three messages that follow a rejection, in the order they are sent. */
export const AFTER_REJECTION: readonly FollowUpKind[] = ['thank-you', 'feedback-request', 'keep-in-touch'];

/** The lens titles for drafting each after-rejection message, in the display language. */
function draftTitle(kind: FollowUpKind): string {
  if (kind === 'feedback-request') return `$(comment-discussion) ${l10n.t('Ask for feedback')}`;
  if (kind === 'keep-in-touch') return `$(person-add) ${l10n.t('Keep in touch')}`;
  return `$(mail) ${FOLLOW_UP_LABELS['thank-you']}`;
}

/**
 * On each application, the drafts that fit its state (the after-rejection messages once rejected, a thank-you once
 * interviewed) and the stage changes that start the follow-through; on each unsent follow-up, Draft and Mark sent;
 * on gaps named in reflections and skill gaps, a way into the plan; on each training entry its progress and Add
 * item, and on each item its checkbox.
 */
export function lensPlan(search: Pick<JobSearch, 'applications' | 'training'>): LensSpec[] {
  const lenses: LensSpec[] = [];
  const planned = new Set(search.training.map((entry) => skillKey(entry.skill)));
  const planLens = (span: Span, skill: string, source: string): void => {
    if (!planned.has(skillKey(skill))) lenses.push({ span, title: `$(add) ${l10n.t('Plan: {0}', escapeIcons(skill))}`, action: { type: 'addToTraining', skill, source } });
  };
  for (const application of search.applications) {
    const at = application.fields.company ?? application.span;
    const open = application.status !== undefined && !CLOSED_STATUSES.has(application.status);
    const kinds: FollowUpKind[] = application.status === 'rejected' ? [...AFTER_REJECTION] : open && application.interviews.length ? ['thank-you'] : [];
    for (const kind of kinds) lenses.push({ span: at, title: draftTitle(kind), action: { type: 'draft', application, kind } });
    if (open) {
      lenses.push({ span: at, title: `$(calendar) ${l10n.t('Record interview…')}`, action: { type: 'recordInterview', application } });
      if (application.status !== 'wishlist') lenses.push({ span: at, title: `$(circle-slash) ${l10n.t('Record rejection…')}`, action: { type: 'recordRejection', application } });
    }
    application.followUps.forEach((followUp, followUpIndex) => {
      if (followUp.sent || !followUp.kind) return;
      lenses.push({ span: followUp.span, title: `$(edit) ${l10n.t('Draft {0}', FOLLOW_UP_NOUNS[followUp.kind])}`, action: { type: 'draft', application, kind: followUp.kind, followUp, followUpIndex } });
      lenses.push({ span: followUp.span, title: `$(check) ${l10n.t('Mark sent')}`, action: { type: 'markSent', application, followUp, followUpIndex } });
    });
    for (const reflection of application.reflections) {
      for (const skill of reflection.toImprove) planLens(reflection.span, skill, reflectionSource(application, reflection));
    }
    if (application.fields.skillGaps) {
      for (const skill of application.skillGaps) planLens(application.fields.skillGaps, skill, `${companyName(application)} / skill gaps`);
    }
  }
  for (const entry of search.training) {
    const { done, total } = progressOf(entry);
    const progress = l10n.t('{0}/{1} done', done, total);
    const target = entry.target ? ` · ${l10n.t('target {0}', entry.target)}` : '';
    lenses.push({ span: entry.span, title: `$(mortar-board) ${progress}${target}`, action: { type: 'progress' } });
    lenses.push({ span: entry.span, title: `$(add) ${l10n.t('Add item')}`, action: { type: 'addTrainingItem', entry } });
    for (const item of entry.items) {
      const title = item.done ? `☑ ${l10n.t('Done — undo')}` : `☐ ${l10n.t('Mark done')}`;
      lenses.push({ span: item.span, title, action: { type: 'toggleItem', entry, item, done: !item.done } });
    }
  }
  return lenses;
}
