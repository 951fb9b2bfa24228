/**
 * The skill-gap view of a job search: every gap named in reflections, skill gaps and feedback, linked across
 * applications to the training entry that works on it, with progress and target dates.
 */
import { feedbackOf } from './feedbackOf';
import { daysBetween } from './calendarDate';
import type { Application, IsoDate, JobSearch, Reflection, TrainingEntry } from './jobSearch';
import type { Span } from './problem';
import { companyName } from './summaries';
import { skillMatcher } from './skillMatcher';
import { INTERVIEW_WORDS } from './vocabulary';

/** One place a gap was named. */
export interface GapMention {
  readonly application: Application;
  readonly origin: 'reflection' | 'skillGap' | 'feedback';
  /** Where the mention is written, for revealing it. */
  readonly span: Span;
  /** "Acme Corp / system design interview, 2026-10-16": written into the training entry's `source`. */
  readonly source: string;
}

/** A skill that needs work: where it was named and the training entry for it, if there is one. */
export interface SkillGap {
  readonly key: string;
  /** As the user first wrote it. */
  readonly skill: string;
  readonly mentions: readonly GapMention[];
  readonly training?: TrainingEntry;
}

/** The key two spellings of one skill share ("System  Design" and "system design"). */
export function skillKey(skill: string): string {
  return skill.trim().toLowerCase().replace(/\s+/g, ' ');
}

/** Where a reflection's gap came from, for a training entry's `source`: "Acme Corp / technical interview reflection, 2026-10-16". */
export function reflectionSource(application: Application, reflection: Reflection): string {
  const stage = reflection.stage ? INTERVIEW_WORDS[reflection.stage] : 'interview';
  return [`${companyName(application)} / ${stage} reflection`, reflection.date].filter(Boolean).join(', ');
}

/**
 * Every gap, linked by skill across applications: `toImprove` of reflections, `skillGaps`, and feedback (the
 * application's or a reflection's) that names a known skill. Gaps seen most often come first; training entries with
 * no mention are included so the plan is complete.
 */
export function skillGaps(search: Pick<JobSearch, 'applications' | 'training'>): SkillGap[] {
  const gaps = new Map<string, { skill: string; mentions: GapMention[] }>();
  const mention = (skill: string, entry: GapMention): void => {
    const key = skillKey(skill);
    if (!key) return;
    const gap = gaps.get(key) ?? { skill: skill.trim(), mentions: [] };
    gap.mentions.push(entry);
    gaps.set(key, gap);
  };
  for (const application of search.applications) {
    for (const reflection of application.reflections) {
      for (const skill of reflection.toImprove) {
        mention(skill, { application, origin: 'reflection', span: reflection.span, source: reflectionSource(application, reflection) });
      }
    }
    for (const skill of application.skillGaps) {
      mention(skill, { application, origin: 'skillGap', span: application.fields.company ?? application.span, source: `${companyName(application)} / skill gaps` });
    }
  }
  for (const entry of search.training) {
    if (!gaps.has(skillKey(entry.skill))) gaps.set(skillKey(entry.skill), { skill: entry.skill, mentions: [] });
  }
  // Feedback is free text: it counts for a skill when it names one that is already known.
  const named = skillMatcher(gaps.keys());
  for (const application of search.applications) {
    const texts = feedbackOf(application).map((note) => note.text);
    const keys = new Set(texts.flatMap((text) => [...named(skillKey(text))]));
    for (const key of keys) {
      gaps.get(key)!.mentions.push({ application, origin: 'feedback', span: application.fields.company ?? application.span, source: `${companyName(application)} / interviewer feedback` });
    }
  }
  const training = new Map(search.training.map((entry) => [skillKey(entry.skill), entry]));
  return [...gaps.entries()]
    .map(([key, gap]) => ({ key, ...gap, ...(training.has(key) ? { training: training.get(key) } : {}) }))
    .sort((a, b) => b.mentions.length - a.mentions.length || a.key.localeCompare(b.key));
}

/** How many applications named the gap, the figure the tree shows as "seen in N". */
export function applicationCount(gap: SkillGap): number {
  return new Set(gap.mentions.map((mention) => mention.application.index)).size;
}

/** Checklist progress of a training entry. */
export interface Progress {
  readonly done: number;
  readonly total: number;
}

/** Done and total items. */
export function progressOf(entry: TrainingEntry): Progress {
  return { done: entry.items.filter((item) => item.done).length, total: entry.items.length };
}

/** Whether the target date has passed with items still open, and by how many days. */
export function overdueDays(entry: TrainingEntry, today: IsoDate): number {
  if (!entry.target) return 0;
  const { done, total } = progressOf(entry);
  if (total > 0 && done === total) return 0;
  return Math.max(0, daysBetween(entry.target, today));
}

/** The skills without a plan yet that the application's feedback names, as the file writes them. */
export function unplannedFeedbackGaps(search: Pick<JobSearch, 'applications' | 'training'>, application: Application): string[] {
  return skillGaps(search)
    .filter((gap) => !gap.training && gap.mentions.some((mention) => mention.origin === 'feedback' && mention.application.span.start === application.span.start))
    .map((gap) => gap.skill);
}
