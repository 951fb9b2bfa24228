/** Writes a prep note from its template, with the file's text shown literally, and reads back the debrief written in it. */
import * as l10n from '@vscode/l10n';
import type { DateText } from './dateText';
import type { PrepContent } from './prepNote';
import { STATUS_LABELS, TOUCH_LABELS, INTERVIEW_LABELS, type InterviewKind, type Status } from './vocabulary';
import { literalMarkdown } from './weeklyReview';
import { postingSkillText } from './postingNote';

/** Marks where the debrief starts, so it is found again whatever the headings say. */
export const DEBRIEF_MARKER = '<!-- job-search:debrief -->';

/** The placeholders a prep-note template may use, each filled with a line or a block. */
export const PREP_PLACEHOLDERS = ['company', 'role', 'link', 'when', 'kind', 'summary', 'interviewers', 'earlier', 'gaps', 'training', 'stories', 'questions', 'debrief', 'posting'] as const;

/** Questions worth asking, by the kind of interview; written to be adapted, not read out. */
function questionsFor(kind: InterviewKind | undefined): string[] {
  switch (kind) {
    case 'screening':
    case 'recruiter':
      return [l10n.t('What does the rest of the process look like, and how long does it usually take?'), l10n.t('What made this role open up now?'), l10n.t('What would make someone stand out in the next round?')];
    case 'technical':
    case 'coding':
    case 'system-design':
    case 'pair-programming':
    case 'take-home':
      return [l10n.t('What does a typical change take from idea to production here?'), l10n.t('Which technical problem is the team most focused on this quarter?'), l10n.t('How are design decisions made and written down?')];
    case 'hiring-manager':
    case 'behavioral':
      return [l10n.t('What would you want the person in this role to have done after three months?'), l10n.t('How do you give feedback on the team?'), l10n.t('What is the hardest part of this job that the posting does not say?')];
    default:
      return [l10n.t('What would success look like in the first six months?'), l10n.t('What do you enjoy most about working here?'), l10n.t('Is there anything in my background you would like me to say more about?')];
  }
}

/** A list, or an italic line saying there is nothing. */
function list(items: readonly string[], none: string): string {
  return items.length ? items.map((item) => `- ${item}`).join('\n') : `_${none}_`;
}

/** The link to the saved posting and the skills it names that came up before, or how to keep one. */
function postingSection(posting: PrepContent['posting']): string {
  if (!posting) return `_${l10n.t('No posting saved with this application. Save Posting… keeps the job description beside the file.')}_`;
  const link = `[${l10n.t('The saved posting')}](<${posting.link.replace(/[<>]/g, encodeURIComponent)}>)`;
  if (!posting.skills.length) return l10n.t('{0} names none of the skills from your gaps or training plan.', link);
  return [l10n.t('{0} names skills you have met before:', link), list(posting.skills.map((skill) => literalMarkdown(postingSkillText(skill))), '')].join('\n\n');
}

/** Each placeholder's text for `content`. */
export function prepValues(content: PrepContent, dates: DateText): Record<(typeof PREP_PLACEHOLDERS)[number], string> {
  const { interview } = content;
  const when = [interview.date && dates.day(interview.date), interview.time].filter(Boolean).join(', ');
  const interviewers = content.interviewers.map((person) => {
    const about = [person.role, person.met && l10n.t('met at {0}', person.met)].filter(Boolean).map((text) => literalMarkdown(text!));
    const touch = person.lastTouch?.date
      ? l10n.t('last contact {0}: {1}', dates.day(person.lastTouch.date), `${TOUCH_LABELS[person.lastTouch.kind ?? 'other']}${person.lastTouch.notes ? `, ${literalMarkdown(person.lastTouch.notes)}` : ''}`)
      : undefined;
    return [`**${literalMarkdown(person.name)}**`, ...about, touch, person.notes && literalMarkdown(person.notes)].filter(Boolean).join(' · ');
  });
  const earlier = content.earlier.map((other) => {
    const head = [other.role && literalMarkdown(other.role), other.status && STATUS_LABELS[other.status as Status], other.appliedOn && l10n.t('applied {0}', dates.day(other.appliedOn))].filter(Boolean).join(' · ');
    const said = other.feedback.map((note) => `  - ${[note.date && dates.day(note.date), note.from && literalMarkdown(note.from)].filter(Boolean).join(', ')}${note.date || note.from ? ': ' : ''}${literalMarkdown(note.text)}`);
    return [head || l10n.t('An earlier application'), ...said].join('\n');
  });
  const gaps = content.gaps.map((gap) => {
    const done = gap.done.map((item) => `  - [x] ${literalMarkdown(item.task)}${item.doneOn ? ` (${dates.day(item.doneOn)})` : ''}`);
    const open = gap.open.map((task) => `  - [ ] ${literalMarkdown(task)}`);
    const where = gap.sources.map(literalMarkdown).join('; ');
    const plan = done.length || open.length ? [...done, ...open] : [`  - _${l10n.t('No training planned for it yet.')}_`];
    return [`**${literalMarkdown(gap.skill)}** (${where})`, ...plan].join('\n');
  });
  const stories = content.stories.map((story) => {
    const parts = [
      story.situation && `${l10n.t('Situation')}: ${literalMarkdown(story.situation)}`,
      story.task && `${l10n.t('Task')}: ${literalMarkdown(story.task)}`,
      story.action && `${l10n.t('Action')}: ${literalMarkdown(story.action)}`,
      story.result && `${l10n.t('Result')}: ${literalMarkdown(story.result)}`,
    ].filter(Boolean);
    const skills = story.skills.length ? ` (${story.skills.map(literalMarkdown).join(', ')})` : '';
    return [`**${literalMarkdown(story.title)}**${skills}`, ...parts.map((part) => `  - ${part}`)].join('\n');
  });
  return {
    company: literalMarkdown(content.company),
    role: content.role ? literalMarkdown(content.role) : '',
    link: content.link ? `<${content.link.replace(/[<>\s]/g, encodeURIComponent)}>` : '',
    when,
    kind: INTERVIEW_LABELS[interview.kind ?? 'other'],
    summary: [content.role && literalMarkdown(content.role), when, content.link && `<${content.link.replace(/[<>\s]/g, encodeURIComponent)}>`].filter(Boolean).join(' · '),
    interviewers: list(interviewers, l10n.t('No interviewers recorded yet.')),
    earlier: list(earlier, l10n.t('Your first application to this company.')),
    gaps: list(gaps, l10n.t('No gaps noted in earlier interviews of this kind. Go in fresh.')),
    training: list(
      content.openTraining.map((item) => `[ ] ${literalMarkdown(item.task)} (${literalMarkdown(item.skill)})`),
      l10n.t('No other open training items.'),
    ),
    stories: list(stories, l10n.t('No stories in your bank yet: add one with “Job Search: Add a Story…”.')),
    questions: list(questionsFor(interview.kind), ''),
    posting: postingSection(content.posting),
    debrief: [
      DEBRIEF_MARKER,
      `## ${l10n.t('Debrief')}`,
      '',
      `_${l10n.t('Write here after the interview, one point per line; Add Reflection… offers what you wrote.')}_`,
      '',
      `### ${l10n.t('What went well')}`,
      '',
      `### ${l10n.t('What to improve')}`,
      '',
      `### ${l10n.t('Feedback they gave')}`,
      '',
      `### ${l10n.t('What was outside your control')}`,
      '',
      `### ${l10n.t('Stories you told')}`,
      '',
    ].join('\n'),
  };
}

/** The note: `template` with each `{{placeholder}}` replaced; anything else in the template is kept as written. */
export function renderPrepNote(template: string, content: PrepContent, dates: DateText): string {
  const values = prepValues(content, dates);
  return template.replace(/\{\{(\w+)\}\}/g, (whole, name: string) => (Object.hasOwn(values, name) ? values[name as keyof typeof values] : whole));
}

/** What the debrief of a prep note says, section by section, in the order the note writes them. */
export interface Debrief {
  readonly wentWell: readonly string[];
  readonly toImprove: readonly string[];
  readonly feedback: string;
  readonly outsideControl: string;
  readonly stories: readonly string[];
}

/** Reads the debrief after its marker: the `###` sections in order, one point per line (list markers dropped). */
export function debriefOf(note: string): Debrief | undefined {
  const at = note.indexOf(DEBRIEF_MARKER);
  if (at < 0) return undefined;
  const sections: string[][] = [];
  for (const line of note.slice(at + DEBRIEF_MARKER.length).split(/\r?\n/)) {
    if (/^###\s/.test(line)) sections.push([]);
    else if (/^##?\s/.test(line) && sections.length) break;
    else if (sections.length) {
      const point = line.replace(/^\s*(?:[-*+]|\d+[.)])\s+(?:\[[ xX]\]\s+)?/, '').trim();
      if (point && !/^_.*_$/.test(point)) sections.at(-1)!.push(point);
    }
  }
  const [wentWell = [], toImprove = [], feedback = [], outsideControl = [], stories = []] = sections;
  return { wentWell, toImprove, feedback: feedback.join(' '), outsideControl: outsideControl.join(' '), stories };
}
