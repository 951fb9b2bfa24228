/** How interviews went before and after the user trained on a recurring gap: their own confidence, from reflections. */
import type { InterviewKind } from './vocabulary';
import type { IsoDate, JobSearch } from './jobSearch';
import { skillGaps, type SkillGap } from './trainingPlan';

/** Confidence over a set of interviews. */
export interface ConfidenceFigure {
  /** The mean, to one decimal. */
  readonly average: number;
  readonly interviews: number;
}

/** One recurring gap the user trained on. */
export interface GapProgress {
  readonly skill: string;
  /** The day the first training item for it was done. */
  readonly since: IsoDate;
  readonly before?: ConfidenceFigure;
  readonly after?: ConfidenceFigure;
}

const figure = (values: readonly number[]): ConfidenceFigure | undefined =>
  values.length ? { average: Math.round((values.reduce((sum, value) => sum + value, 0) / values.length) * 10) / 10, interviews: values.length } : undefined;

/**
 * For each gap named at least twice whose training has a dated item done: the confidence of reflections on
 * interviews of the kinds the gap came up in (any kind, when it came from feedback alone), before and since the
 * first item was done. `gaps` is `skillGaps(search)`, passed in when the caller has it already.
 */
export function gapProgress(search: Pick<JobSearch, 'applications' | 'training'>, gaps: readonly SkillGap[] = skillGaps(search)): GapProgress[] {
  const result: GapProgress[] = [];
  const reflections = search.applications.flatMap((application) => application.reflections).filter((reflection) => reflection.date && reflection.confidence !== undefined);
  for (const gap of gaps) {
    if (gap.mentions.length < 2 || !gap.training) continue;
    const since = gap.training.items.map((item) => (item.done ? item.doneOn : undefined)).filter((date): date is IsoDate => !!date).sort()[0];
    if (!since) continue;
    const stages = new Set<InterviewKind>();
    for (const mention of gap.mentions) {
      if (mention.origin !== 'reflection') continue;
      const stage = mention.application.reflections.find((reflection) => reflection.span.start === mention.span.start)?.stage;
      if (stage) stages.add(stage);
    }
    const relevant = reflections.filter((reflection) => !stages.size || (reflection.stage !== undefined && stages.has(reflection.stage)));
    const before = figure(relevant.filter((reflection) => reflection.date! < since).map((reflection) => reflection.confidence!));
    const after = figure(relevant.filter((reflection) => reflection.date! >= since).map((reflection) => reflection.confidence!));
    result.push({ skill: gap.skill, since, ...(before ? { before } : {}), ...(after ? { after } : {}) });
  }
  return result;
}
