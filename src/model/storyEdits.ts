/** Plans the write-backs of the story bank: a new story, and the stories told in an interview. */
import * as l10n from '@vscode/l10n';
import { isSeq } from 'yaml';
import type { Application, Interview, Story } from './jobSearch';
import { listStyleOf } from './listStyle';
import type { ParsedJobSearch } from './parseJobSearch';
import { applicationNode, combinePlans, notFound, type Plan } from './planEdits';
import { splitList } from './reflectionEntry';
import { skillKey } from './trainingPlan';
import type { YamlValue } from './yamlEdits';
import { appendToKey, appendTopLevel, mapAt, pairOf } from './yamlNodes';

/** A story as Add a Story… collects it; `skills` comma-separated, as typed. */
export interface NewStory {
  readonly title: string;
  readonly skills: string;
  readonly situation?: string;
  readonly task?: string;
  readonly action?: string;
  readonly result?: string;
}

const blank = (text: string | undefined): string | undefined => text?.trim() || undefined;

/** Appends a story to `stories`, creating the list when the file has none. */
export function planAddStory(parsed: ParsedJobSearch, text: string, story: NewStory): Plan {
  const skills = splitList(story.skills);
  const entry = {
    title: story.title.trim(),
    skills: skills.length ? skills : undefined,
    situation: blank(story.situation),
    task: blank(story.task),
    action: blank(story.action),
    result: blank(story.result),
  } as YamlValue;
  return appendTopLevel(parsed.document, text, 'stories', [entry], listStyleOf(parsed.document));
}

/**
 * Records the stories told in an interview: their titles under the interview's `stories` (those not there yet), and
 * where each was told (`Company / kind, date`) under the story's `used`.
 */
export function planStoriesTold(parsed: ParsedJobSearch, text: string, application: Application, interview: Interview, stories: readonly Story[], where: string): Plan {
  const appNode = applicationNode(parsed, application);
  const list = appNode && pairOf(appNode, 'interviews')?.value;
  const node = isSeq(list) ? mapAt(list, interview.span.start) : undefined;
  if (!node) return { error: appNode ? l10n.t('That interview is no longer in job-search.yaml; it may have been edited or removed.') : notFound(parsed) };
  const style = listStyleOf(parsed.document);
  const told = new Set(interview.stories.map(skillKey));
  const fresh = stories.filter((story) => !told.has(skillKey(story.title)));
  const plans: Plan[] = fresh.length ? [appendToKey(text, node, 'stories', fresh.map((story) => story.title.trim()), style)] : [];
  const bank = parsed.document.get('stories', true);
  for (const story of stories) {
    if (story.used.some((place) => skillKey(place) === skillKey(where))) continue;
    const storyNode = mapAt(bank as never, story.span.start);
    if (!storyNode) return { error: l10n.t('The story “{0}” is no longer in job-search.yaml.', story.title) };
    plans.push(appendToKey(text, storyNode, 'used', [where], style));
  }
  return combinePlans(...plans);
}
