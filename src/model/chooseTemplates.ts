/** Which templates fit a follow-up for an application, best fit first. */
import type { DraftTemplate, TemplateFit } from './draftTemplate';
import { reachedLateStage } from './draftValues';
import { feedbackOf } from './feedbackOf';
import type { Application } from './jobSearch';
import type { FollowUpKind } from './vocabulary';

/** Whether one `fits` condition holds for the application. */
function holds(fit: TemplateFit, application: Application): boolean {
  switch (fit) {
    case 'any':
      return true;
    case 'rejected':
      return application.status === 'rejected';
    case 'interviewed':
      return application.interviews.length > 0 && application.status !== 'rejected';
    case 'late-stage':
      return reachedLateStage(application);
    case 'early-stage':
      return !reachedLateStage(application);
    case 'has-feedback':
      return feedbackOf(application).length > 0;
    case 'no-feedback':
      return feedbackOf(application).length === 0;
    case 'nudge':
    case 'referral':
      return true;
    case 'person':
      return false;
  }
}

/** Fits that make a template a variant drafted only when asked for by name: a nudge, a thank-you for a referral. */
const ON_REQUEST: readonly TemplateFit[] = ['nudge', 'referral'];

/** The templates for a variant (`nudge`, `referral`), for a message of `kind` when one is given. */
export function variantTemplates(templates: readonly DraftTemplate[], variant: 'nudge' | 'referral', kind?: FollowUpKind): DraftTemplate[] {
  return templates.filter((template) => template.fits.includes(variant) && (!kind || variant === 'nudge' || template.kind === kind));
}

/**
 * The templates of `kind` for a message to a person with no application behind it: those written for that case
 * (`fits: [person]`) when there are any, else every plain one of the kind.
 */
export function personTemplates(templates: readonly DraftTemplate[], kind: FollowUpKind): DraftTemplate[] {
  const ofKind = templates.filter((template) => template.kind === kind && !template.fits.some((fit) => ON_REQUEST.includes(fit)));
  const forPeople = ofKind.filter((template) => template.fits.includes('person'));
  return forPeople.length ? forPeople.sort(workspaceFirst) : ofKind.sort(workspaceFirst);
}

const workspaceFirst = (a: DraftTemplate, b: DraftTemplate): number => (a.source === 'workspace' ? 0 : 1) - (b.source === 'workspace' ? 0 : 1);

/**
 * The templates of `kind` whose conditions all hold, the most specific first and workspace templates before
 * bundled ones; when none fits, every template of that kind, so the user is never left without a draft.
 */
export function chooseTemplates(templates: readonly DraftTemplate[], kind: FollowUpKind, application: Application): DraftTemplate[] {
  // A nudge or a referral thank-you is drafted only when asked for; a person's template only without an application.
  const ofKind = templates.filter((template) => template.kind === kind && !template.fits.some((fit) => ON_REQUEST.includes(fit) || fit === 'person'));
  const fitting = ofKind.filter((template) => template.fits.every((fit) => holds(fit, application)));
  const specificity = (template: DraftTemplate): number => template.fits.filter((fit) => fit !== 'any').length + (template.source === 'workspace' ? 0.5 : 0);
  return (fitting.length ? fitting : ofKind).sort((a, b) => specificity(b) - specificity(a));
}
