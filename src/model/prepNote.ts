/** What goes into an interview's prep note, chosen from the user's own history: who, what went before, the gaps and the stories. */
import type { PostingSkill } from './postingNote';
import { slug } from './slug';
import type { Application, Feedback, Interview, IsoDate, JobSearch, Person, Story, Touch } from './jobSearch';
import { feedbackOf } from './feedbackOf';
import { findPerson, lastTouch, nameKey } from './network';
import { skillGaps, skillKey } from './trainingPlan';
import { INTERVIEW_WORDS } from './vocabulary';

/** Someone on the interview panel, with what the file knows of them. */
export interface PrepInterviewer {
  readonly name: string;
  readonly role?: string;
  readonly met?: string;
  readonly notes?: string;
  readonly lastTouch?: Pick<Touch, 'date' | 'kind' | 'notes'>;
}

/** An earlier application to the same company and what it came to. */
export interface PrepEarlier {
  readonly role?: string;
  readonly status?: string;
  readonly appliedOn?: IsoDate;
  readonly feedback: readonly Feedback[];
}

/** A gap that came up before, with what was done about it. */
export interface PrepGap {
  readonly skill: string;
  /** Where it came up: "Acme Corp / system design interview reflection, 2026-10-16". */
  readonly sources: readonly string[];
  /** Training items done for it, with their dates. */
  readonly done: readonly { readonly task: string; readonly doneOn?: IsoDate }[];
  /** Training items still open for it. */
  readonly open: readonly string[];
}

/** Everything a prep note shows, before it is written out. */
export interface PrepContent {
  readonly company: string;
  readonly role?: string;
  readonly link?: string;
  readonly interview: Pick<Interview, 'date' | 'time' | 'kind'>;
  readonly interviewers: readonly PrepInterviewer[];
  readonly earlier: readonly PrepEarlier[];
  readonly gaps: readonly PrepGap[];
  /** Open training items of skills that are not among the gaps above. */
  readonly openTraining: readonly { readonly skill: string; readonly task: string }[];
  readonly stories: readonly Story[];
  /** The saved posting, linked from the note, and the skills it names that came up before. */
  readonly posting?: { readonly link: string; readonly skills: readonly PostingSkill[] };
}

/** Rounds that cover several kinds of interview at once, so every gap named before is worth a look. */
const BROAD_KINDS: ReadonlySet<string> = new Set(['final', 'onsite', 'panel', 'other']);

/** How many stories a note suggests. */
const MAX_STORIES = 5;

/**
 * The content of a prep note for `interview` of `application`. Gaps are those named before in an interview of the
 * same kind, at the same company, or at two companies or more (every one, for a final, onsite or panel round, which
 * covers several kinds); stories are those whose skills match the gaps or the kind of interview, the closest first,
 * or the whole bank when none does.
 */
export function prepContent(search: Pick<JobSearch, 'applications' | 'training' | 'people' | 'stories'>, application: Application, interview: Interview): PrepContent {
  const company = nameKey(application.company);
  const interviewers = interview.with.map((name): PrepInterviewer => {
    const contact = application.contacts.find((candidate) => nameKey(candidate.name) === nameKey(name));
    const person: Person | undefined = findPerson(search.people, contact?.person ?? name);
    const touch = person && lastTouch(person);
    return {
      name: person?.name.trim() ?? name,
      ...((person?.role ?? contact?.role) ? { role: person?.role ?? contact?.role } : {}),
      ...(person?.met ? { met: person.met } : {}),
      ...((person?.notes ?? contact?.notes) ? { notes: person?.notes ?? contact?.notes } : {}),
      ...(touch ? { lastTouch: { date: touch.date, kind: touch.kind, notes: touch.notes } } : {}),
    };
  });
  const earlier = search.applications
    .filter((other) => other !== application && other.index !== application.index && nameKey(other.company) === company)
    .map((other) => ({
      ...(other.role ? { role: other.role } : {}),
      ...(other.status ? { status: other.status } : {}),
      ...(firstApplied(other) ? { appliedOn: firstApplied(other) } : {}),
      feedback: feedbackOf(other),
    }));
  const kindWord = interview.kind ? INTERVIEW_WORDS[interview.kind] : undefined;
  const gaps = skillGaps(search)
    .filter((gap) => {
      const companies = new Set(gap.mentions.map((mention) => nameKey(mention.application.company)));
      const sameKind = !!kindWord && gap.mentions.some((mention) => mention.source.includes(`/ ${kindWord} `));
      const broad = !interview.kind || BROAD_KINDS.has(interview.kind);
      return gap.mentions.length > 0 && (broad || sameKind || companies.has(company) || companies.size >= 2);
    })
    .map((gap): PrepGap => ({
      skill: gap.skill,
      sources: [...new Set(gap.mentions.map((mention) => mention.source))],
      done: (gap.training?.items ?? []).filter((item) => item.done).map((item) => ({ task: item.task, ...(item.doneOn ? { doneOn: item.doneOn } : {}) })),
      open: (gap.training?.items ?? []).filter((item) => !item.done).map((item) => item.task),
    }));
  const inGaps = new Set(gaps.map((gap) => skillKey(gap.skill)));
  const openTraining = search.training.filter((entry) => !inGaps.has(skillKey(entry.skill))).flatMap((entry) => entry.items.filter((item) => !item.done).map((item) => ({ skill: entry.skill, task: item.task })));
  return {
    company: application.company.trim(),
    ...(application.role ? { role: application.role } : {}),
    ...(application.link ? { link: application.link } : {}),
    interview: { date: interview.date, time: interview.time, kind: interview.kind },
    interviewers,
    earlier,
    gaps,
    openTraining,
    stories: storiesFor(search.stories, [...inGaps, ...(kindWord ? [skillKey(kindWord.replace(/ interview$| call$| round$/, ''))] : [])]),
  };
}

/** The stories whose skills match `wanted` (skill keys), the most matches first; the whole bank when none match. */
export function storiesFor(stories: readonly Story[], wanted: readonly string[]): Story[] {
  const keys = new Set(wanted);
  const scored = stories.map((story) => ({ story, score: story.skills.filter((skill) => keys.has(skillKey(skill))).length }));
  const matching = scored.filter((entry) => entry.score > 0).sort((a, b) => b.score - a.score || a.story.index - b.story.index);
  return (matching.length ? matching.map((entry) => entry.story) : stories).slice(0, MAX_STORIES);
}

/** Where a story was told, as `used` records it: "Acme Corp / system design interview, 2026-12-03". */
export function storyWhere(application: Pick<Application, 'company' | 'role'>, interview: Pick<Interview, 'date' | 'kind'>): string {
  return [`${application.company.trim()} / ${INTERVIEW_WORDS[interview.kind ?? 'other']}`, interview.date].filter(Boolean).join(', ');
}

/** The date an application was first sent. */
function firstApplied(application: Application): IsoDate | undefined {
  return application.history.filter((entry) => entry.status === 'applied' && entry.date).map((entry) => entry.date!).sort()[0];
}

/** The path a new prep note gets: `<folder>/<date>-<company>-<kind>.md`, in plain lowercase words. */
export function prepPath(folder: string, application: Pick<Application, 'company'>, interview: Pick<Interview, 'date' | 'kind'>): string {
  const name = [interview.date, slug(application.company) || 'company', interview.kind].filter(Boolean).join('-');
  const base = folder.trim().replace(/^\.?\/+/, '').replace(/\/+$/, '');
  return base ? `${base}/${name}.md` : `${name}.md`;
}
