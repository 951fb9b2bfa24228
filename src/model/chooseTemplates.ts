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
      return true;
  }
}

/**
 * The templates of `kind` whose conditions all hold, the most specific first and workspace templates before
 * bundled ones; when none fits, every template of that kind, so the user is never left without a draft.
 */
export function chooseTemplates(templates: readonly DraftTemplate[], kind: FollowUpKind, application: Application): DraftTemplate[] {
  // A nudge is drafted only as a nudge, never offered as the message itself.
  const ofKind = templates.filter((template) => template.kind === kind && !template.fits.includes('nudge'));
  const fitting = ofKind.filter((template) => template.fits.every((fit) => holds(fit, application)));
  const specificity = (template: DraftTemplate): number => template.fits.filter((fit) => fit !== 'any').length + (template.source === 'workspace' ? 0.5 : 0);
  return (fitting.length ? fitting : ofKind).sort((a, b) => specificity(b) - specificity(a));
}
