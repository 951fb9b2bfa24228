/** Plain-text labels, descriptions and tooltip lines for each entry, shared by the tree and later views. */
import { ASKS_FOR_ANSWER, followUpState } from './followUpState';
import * as l10n from '@vscode/l10n';
import { daysBetween } from './calendarDate';
import type { DateText } from './dateText';
import type { Application, Contact, Feedback, FollowUp, Interview, Reflection } from './jobSearch';
import type { ActionItem } from './needsAction';
import { stageSince } from './pipeline';
import { describeAge, describeDue, describeUpcoming } from './relativeDates';
import { FOLLOW_UP_LABELS, INTERVIEW_LABELS, STATUS_LABELS } from './vocabulary';

/** What a view shows for one entry; `details` are tooltip lines, always plain text. */
export interface Summary {
  readonly label: string;
  readonly description: string;
  readonly details: readonly string[];
}

const joinParts = (...parts: (string | undefined | false)[]): string => parts.filter(Boolean).join(' · ');

/** The company name, or a stand-in for an entry that lacks one. */
export function companyName(application: Application): string {
  return application.company.trim() || l10n.t('Unnamed application');
}

/** Company, role and how long the application has been in its stage. */
export function summarizeApplication(application: Application, dates: DateText): Summary {
  const since = stageSince(application);
  const today = dates.today;
  const details = (): string[] => {
    const status = application.status ? STATUS_LABELS[application.status] : l10n.t('Unknown status');
    const lines = [
      application.role ? `${companyName(application)} — ${application.role}` : companyName(application),
      since ? l10n.t('{0} since {1} ({2})', status, dates.day(since), dates.relative(since)) : status,
      ...application.history.filter((entry) => entry.date && entry.status).map((entry) => `${dates.day(entry.date!)}: ${STATUS_LABELS[entry.status!]}`),
    ];
    if (application.location) lines.push(l10n.t('Location: {0}', application.location));
    if (application.link) lines.push(application.link);
    if (application.source) lines.push(l10n.t('Source: {0}', application.source));
    if (application.resume) lines.push(l10n.t('Résumé sent: {0}', application.resume));
    if (application.posting) lines.push(l10n.t('Posting saved in {0}', application.posting));
    for (const note of application.feedback) {
      const from = [note.from, note.date && dates.day(note.date)].filter(Boolean).join(', ');
      lines.push(from ? l10n.t('Feedback ({0}): {1}', from, note.text) : l10n.t('Feedback: {0}', note.text));
    }
    if (application.notes) lines.push(l10n.t('Notes: {0}', application.notes));
    return lines;
  };
  return {
    label: companyName(application),
    description: joinParts(application.role, since && describeAge(since, today)),
    get details() {
      return details();
    },
  };
}

/** A contact's name and role. */
export function summarizeContact(contact: Contact): Summary {
  return {
    label: contact.name,
    description: contact.role ?? '',
    get details() {
      return [contact.role ? `${contact.name}, ${contact.role}` : contact.name, contact.email, contact.phone, contact.linkedin, contact.notes].filter((line): line is string => !!line);
    },
  };
}

/** The interview's kind, date and interviewers. */
export function summarizeInterview(interview: Interview, dates: DateText): Summary {
  const label = interview.kind ? INTERVIEW_LABELS[interview.kind] : INTERVIEW_LABELS.other;
  const withWhom = interview.with.length ? l10n.t('with {0}', interview.with.join(', ')) : undefined;
  return {
    label,
    description: joinParts(interview.date && dates.relative(interview.date), withWhom),
    get details() {
      const when = interview.date ? `${dates.day(interview.date)}${interview.time ? ` ${interview.time}` : ''}` : l10n.t('no date');
      return [`${label}, ${when}`, withWhom ?? '', interview.notes ?? ''].filter(Boolean);
    },
  };
}

/** The follow-up's kind, and where it stands: due when, awaiting a reply for how long, answered or skipped. */
export function summarizeFollowUp(followUp: FollowUp, dates: DateText): Summary {
  const label = followUp.kind ? FOLLOW_UP_LABELS[followUp.kind] : FOLLOW_UP_LABELS.other;
  const days = followUp.due ? daysBetween(dates.today, followUp.due) : undefined;
  const waited = followUp.sent ? daysBetween(followUp.sent, dates.today) : 0;
  const stage = followUpState(followUp);
  // Overdue and due soon get the urgent wording; further out, the date reads relative to today.
  const state = stage === 'replied'
    ? l10n.t('replied {0}', dates.relative(followUp.replied!))
    : stage === 'skipped'
      ? l10n.t('skipped')
      : stage === 'awaiting-reply'
        ? followUp.kind && ASKS_FOR_ANSWER.has(followUp.kind) && waited > 0 && waited <= 14
          ? waited === 1 ? l10n.t('sent yesterday, awaiting reply') : l10n.t('awaiting reply, {0} days', waited)
          : l10n.t('sent {0}', dates.relative(followUp.sent!))
        : days === undefined
      ? l10n.t('not scheduled')
      : days <= 7
        ? describeDue(days)
        : l10n.t({ message: 'due {0}', args: [dates.relative(followUp.due!)], comment: ['{0} is a relative date such as "in 3 weeks"'] });
  const to = followUp.contact ? l10n.t('to {0}', followUp.contact) : undefined;
  return {
    label,
    description: joinParts(state, to),
    get details() {
      return [
        joinParts(label, to),
        followUp.due ? l10n.t('Due {0}', dates.day(followUp.due)) : '',
        followUp.sent ? l10n.t('Sent {0}', dates.day(followUp.sent)) : followUp.skipped ? '' : l10n.t('Not sent yet'),
        followUp.replied ? l10n.t('Replied {0}', dates.day(followUp.replied)) : '',
        followUp.reply ? l10n.t('Reply: {0}', followUp.reply) : '',
        followUp.skipped ? (joinParts(l10n.t('Skipped {0}', dates.day(followUp.skipped)), followUp.skipReason) ?? '') : '',
        followUp.notes ?? '',
      ].filter(Boolean);
    },
  };
}

/** The reflection's stage, confidence and what to improve. */
export function summarizeReflection(reflection: Reflection, dates: DateText): Summary {
  const stage = reflection.stage ? INTERVIEW_LABELS[reflection.stage] : undefined;
  const confidence = reflection.confidence !== undefined ? l10n.t('confidence {0}/5', reflection.confidence) : undefined;
  return {
    label: stage ? l10n.t('Reflection: {0}', stage) : l10n.t('Reflection'),
    description: joinParts(reflection.date && dates.relative(reflection.date), confidence),
    get details() {
      return [
        joinParts(reflection.date && dates.day(reflection.date), stage, confidence),
        reflection.wentWell.length ? l10n.t('Went well: {0}', reflection.wentWell.join(', ')) : '',
        reflection.toImprove.length ? l10n.t('To improve: {0}', reflection.toImprove.join(', ')) : '',
        reflection.feedback ? l10n.t('Feedback: {0}', reflection.feedback) : '',
        reflection.notes ?? '',
      ].filter(Boolean);
    },
  };
}

/** One piece of feedback: who said it and when, with its text (shortened in the row, whole in the tooltip). */
export function summarizeFeedback(feedback: Feedback, dates: DateText): Summary {
  const label = feedback.from ? l10n.t('Feedback from {0}', feedback.from) : l10n.t('Feedback');
  // Cut at a word, so the row never ends in half a word.
  const cut = feedback.text.lastIndexOf(' ', 59);
  const short = feedback.text.length > 60 ? `${feedback.text.slice(0, cut > 20 ? cut : 59).trimEnd()}…` : feedback.text;
  return {
    label,
    description: joinParts(feedback.date && dates.relative(feedback.date), short),
    get details() {
      return [joinParts(label, feedback.date && dates.day(feedback.date)) ?? label, feedback.text];
    },
  };
}

/** A "Needs action" entry: what to do, for which company and how urgent it is; `byCompany` leads with the company. */
export interface ActionSummary extends Summary {
  /** The company first and what to do after it, so a narrow view still shows whose it is. */
  readonly byCompany: { readonly label: string; readonly description: string };
}

/** A "Needs action" row: what to do, for which company, and how urgent it is. */
export function summarizeAction(item: ActionItem): ActionSummary {
  if (item.kind === 'person') {
    const what = l10n.t('Reach out');
    const name = item.person.name.trim();
    const when = describeDue(item.days);
    const who = item.person.company?.trim() ? l10n.t('{0} at {1}', name, item.person.company.trim()) : name;
    return { label: what, description: joinParts(when, name), details: [l10n.t('Reach out to {0}', who), l10n.t('Due {0}', item.date)], byCompany: { label: name, description: joinParts(what, when) } };
  }
  const company = companyName(item.application);
  if (item.kind === 'wayBack') {
    const what = l10n.t('The way back');
    const why = item.wayBack.reason === 'date' ? l10n.t('your date to apply again has come') : l10n.t('you worked through what they flagged');
    const details =
      item.wayBack.reason === 'date'
        ? [l10n.t('You planned to go back to {0} on {1}.', company, item.date)]
        : [l10n.t('Every training item from {0} is done: {1}.', company, item.wayBack.skills.join(', '))];
    return {
      label: what,
      description: joinParts(why, company),
      details: [...details, l10n.t('Write to say what you worked on, or apply again.')],
      byCompany: { label: company, description: joinParts(what, why) },
    };
  }
  if (item.kind === 'followUp') {
    const what = item.followUp.kind ? FOLLOW_UP_LABELS[item.followUp.kind] : FOLLOW_UP_LABELS.other;
    const line = item.followUp.contact ? l10n.t('{0} to {1} for {2}', what, item.followUp.contact, company) : l10n.t('{0} for {1}', what, company);
    const when = describeDue(item.days);
    return { label: what, description: joinParts(when, company), details: [line, l10n.t('Due {0}', item.date)], byCompany: { label: company, description: joinParts(what, when) } };
  }
  const what = item.interview.kind ? INTERVIEW_LABELS[item.interview.kind] : INTERVIEW_LABELS.other;
  const when = joinParts(describeUpcoming(item.days), item.interview.time);
  // An interview to come without a prep note is something to do, not only something to know.
  const prep = item.interview.prep ? undefined : l10n.t('no prep note yet');
  return {
    label: what,
    description: joinParts(when, company, prep),
    details: [l10n.t('{0} at {1}', what, company), `${item.date}${item.interview.time ? ` ${item.interview.time}` : ''}`, ...(prep ? [l10n.t('Prepare for Interview… writes a prep note from what went before.')] : [])],
    byCompany: { label: company, description: joinParts(what, when, prep) },
  };
}
