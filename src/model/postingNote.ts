/** A job posting kept beside the file: its path, its Markdown, and the skills it names that the user has met before. */
import * as l10n from '@vscode/l10n';
import type { Application, IsoDate, JobSearch } from './jobSearch';
import { skillMatcher } from './skillMatcher';
import { slug } from './slug';
import { progressOf, skillGaps, skillKey } from './trainingPlan';
import { literalMarkdown } from './weeklyReview';

/** Where the posting of `application` is written, relative to the folder of job-search.yaml: `postings/acme-backend-engineer.md`. */
export function postingPath(folder: string, application: Pick<Application, 'company' | 'role'>): string {
  const name = [slug(application.company) || 'company', application.role && slug(application.role)].filter(Boolean).join('-');
  const base = folder.trim().replace(/^\.?\/+/, '').replace(/\/+$/, '');
  return base ? `${base}/${name}.md` : `${name}.md`;
}

/** The Markdown file: a heading, the link and the day it was saved, then the posting as pasted, untouched. */
export function postingContent(application: Pick<Application, 'company' | 'role' | 'link'>, text: string, today: IsoDate): string {
  const title = application.role ? l10n.t('{0} at {1}', application.role, application.company) : application.company;
  const lines = [`# ${literalMarkdown(title.trim())}`, ''];
  if (application.link) lines.push(`- ${l10n.t('Link')}: <${application.link.replace(/[<>\s]/g, encodeURIComponent)}>`);
  lines.push(`- ${l10n.t('Saved on {0}', today)}`, '', '---', '', text.replace(/\r\n?/g, '\n').trim(), '');
  return lines.join('\n');
}

/** A skill the posting names that the user has met before: in the training plan, or named as a gap without one. */
export interface PostingSkill {
  readonly skill: string;
  /** Items done and in all, when the skill has a training entry. */
  readonly plan?: { readonly done: number; readonly total: number };
  /** How many of the user's applications named it as a gap. */
  readonly named: number;
}

/** The skills from the user's gaps and training plan that the posting's text names, those in the plan first. */
export function postingSkills(text: string, search: Pick<JobSearch, 'applications' | 'training'>): PostingSkill[] {
  const gaps = skillGaps(search);
  const found = skillMatcher(gaps.map((gap) => gap.key))(skillKey(text.replace(/\s+/g, ' ')));
  return gaps
    .filter((gap) => found.has(gap.key))
    .map((gap) => ({
      skill: gap.skill,
      ...(gap.training ? { plan: progressOf(gap.training) } : {}),
      named: new Set(gap.mentions.map((mention) => mention.application.index)).size,
    }))
    .sort((a, b) => Number(!!b.plan) - Number(!!a.plan) || b.named - a.named || a.skill.localeCompare(b.skill));
}

/** "caching (in your plan, 2 of 4 done)", or "Kubernetes (named in 2 interviews, no plan yet)". */
export function postingSkillText(skill: PostingSkill): string {
  if (skill.plan) return l10n.t('{0} (in your plan, {1} of {2} done)', skill.skill, skill.plan.done, skill.plan.total);
  return skill.named === 1 ? l10n.t('{0} (came up once before, no plan yet)', skill.skill) : l10n.t('{0} (came up {1} times before, no plan yet)', skill.skill, skill.named);
}

/** A link from one file to another, both relative to the folder of job-search.yaml (`prep/a.md` to `postings/b.md` is `../postings/b.md`). */
export function relativeLink(from: string, to: string): string {
  const fromParts = from.split('/').slice(0, -1);
  const toParts = to.split('/');
  let shared = 0;
  while (shared < fromParts.length && shared < toParts.length - 1 && fromParts[shared] === toParts[shared]) shared++;
  return [...fromParts.slice(shared).map(() => '..'), ...toParts.slice(shared)].join('/');
}
