/** Checks that span several entries: duplicates, unknown contacts, dates out of order, a status its history contradicts. */
import * as l10n from '@vscode/l10n';
import type { ReadContext } from './readContext';
import type { Application, JobSearch, Person } from './jobSearch';
import { closestMatch } from './closestMatch';
import { nameKey as normalize, referenceKey } from './network';
import { CLOSED_STATUSES, FOLLOW_UP_NOUNS, STATUS_LABELS } from './vocabulary';

/** Adds the cross-entry problems of `search` to `ctx`. */
export function validateJobSearch(search: Omit<JobSearch, 'problems'>, ctx: ReadContext): void {
  checkDuplicateApplications(search.applications, ctx);
  checkAppliedBefore(search.applications, ctx);
  const people = new Set(search.people.map((person) => normalize(person.name)));
  for (const application of search.applications) {
    checkFollowUps(application, people, ctx);
    checkHistory(application, ctx);
    checkContacts(application, people, search.people, ctx);
  }
  checkDuplicateSkills(search, ctx);
  checkPeople(search, ctx);
  checkStories(search, ctx);
}

/** A story without skills cannot be found by them, and prep notes never suggest it; a title told that the bank lacks. */
function checkStories(search: Omit<JobSearch, 'problems'>, ctx: ReadContext): void {
  for (const story of search.stories) {
    if (!story.skills.length) ctx.report(story.fields.title ?? story.span, 'warning', 'story-without-skills', l10n.t('“{0}” has no skills; add “skills:” so prep notes can suggest it.', story.title.trim()));
  }
  const titles = new Set(search.stories.map((story) => normalize(story.title)));
  for (const application of search.applications) {
    for (const interview of application.interviews) {
      if (!interview.fields.stories) continue;
      const unknown = interview.stories.filter((title) => !titles.has(normalize(title)));
      if (!unknown.length) continue;
      const guess = closestMatch(unknown[0]!, search.stories.map((story) => story.title));
      const hint = guess ? l10n.t('Did you mean “{0}”?', guess) : l10n.t('Add it under “stories:”.');
      ctx.report(interview.fields.stories, 'warning', 'unknown-story', `${l10n.t('“{0}” is not in your stories.', unknown[0]!)} ${hint}`);
    }
  }
}

/** A contact that names a person must name one listed under `people`. */
function checkContacts(application: Application, known: ReadonlySet<string>, people: readonly Person[], ctx: ReadContext): void {
  for (const contact of application.contacts) {
    if (contact.person === undefined || !contact.fields.person || known.has(normalize(contact.person))) continue;
    const guess = closestMatch(contact.person, people.map((person) => person.name));
    const unknown = l10n.t('{0} is not listed under “people:”.', contact.person);
    const hint = guess ? l10n.t('Did you mean “{0}”?', guess) : l10n.t('Add them under “people:”, or write “name:” instead of “person:”.');
    ctx.report(contact.fields.person, 'warning', 'unknown-person', `${unknown} ${hint}`, undefined, guess);
  }
}

/** People listed twice, touches out of date order, and touches about an application the file does not have. */
function checkPeople(search: Omit<JobSearch, 'problems'>, ctx: ReadContext): void {
  const seen = new Map<string, Person>();
  const applications = search.applications.filter((application) => application.company);
  // Every way a touch may name an application, looked up once per touch rather than against every application.
  const references = new Set(applications.flatMap((application) => [normalize(application.company), `${normalize(application.company)} / ${normalize(application.role)}`]));
  for (const person of search.people) {
    const key = normalize(person.name);
    const earlier = seen.get(key);
    if (earlier && person.fields.name) {
      const where = ctx.range(earlier.fields.name ?? earlier.span);
      ctx.report(person.fields.name, 'warning', 'duplicate-person', l10n.t('{0} is already listed on line {1}; keep one entry and merge the touches.', person.name.trim(), where.start.line + 1), [
        { message: l10n.t('The earlier entry'), range: where },
      ]);
    } else seen.set(key, person);
    let previous: string | undefined;
    for (const touch of person.touches) {
      if (touch.date && previous && touch.date < previous) {
        ctx.report(touch.fields.date ?? touch.span, 'warning', 'touch-order', l10n.t('Touches should be in date order: {0} comes after {1}.', touch.date, previous));
      }
      if (touch.date && (!previous || touch.date > previous)) previous = touch.date;
      if (touch.application !== undefined && touch.fields.application && !references.has(referenceKey(touch.application))) {
        const guess = closestMatch(touch.application, applications.map((application) => application.company.trim()));
        const unknown = l10n.t('No application is called “{0}”.', touch.application);
        const hint = guess ? l10n.t('Did you mean “{0}”?', guess) : l10n.t('Write the company as its application writes it, or “Company / Role”.');
        ctx.report(touch.fields.application, 'warning', 'unknown-application', `${unknown} ${hint}`, undefined, guess);
      }
    }
  }
}

/** A reference ("Company" or "Company / Role") as the lookup keys of `checkPeople` write it. */

/** Two open applications to the same company and role are one too many; a closed one may be applied to again. */
function checkDuplicateApplications(applications: readonly Application[], ctx: ReadContext): void {
  const open = new Map<string, Application>();
  for (const application of applications) {
    if (!application.company) continue;
    const key = `${normalize(application.company)}\u0000${normalize(application.role)}`;
    const earlier = open.get(key);
    if (earlier) {
      const where = ctx.range(earlier.fields.company!);
      const what = [application.company.trim(), application.role?.trim()].filter(Boolean).join(' – ');
      ctx.report(
        application.fields.company!,
        'warning',
        'duplicate-application',
        l10n.t('{0} is already listed on line {1}. Merge the two entries, or close the earlier one.', what, where.start.line + 1),
        [{ message: l10n.t('The earlier entry'), range: where }],
      );
    }
    if (!application.status || !CLOSED_STATUSES.has(application.status)) open.set(key, application);
    else open.delete(key);
  }
}

/** Statuses that mean the company said no, or never answered. */
const TURNED_DOWN = new Set(['rejected', 'ghosted']);

/** The date an application entered `status`, from its history. */
const dateOf = (application: Application, status: string): string | undefined =>
  application.history.filter((entry) => entry.status === status && entry.date).map((entry) => entry.date!).sort().at(-1);

/** An open application to a company that turned the user down before gets a note with the earlier dates. */
function checkAppliedBefore(applications: readonly Application[], ctx: ReadContext): void {
  // Turned-down applications so far, by company, so each application looks only at its own company's.
  const turnedDown = new Map<string, Application[]>();
  for (const application of applications) {
    if (!application.company) continue;
    const company = normalize(application.company);
    const earlier = turnedDown.get(company) ?? [];
    if (application.status && TURNED_DOWN.has(application.status)) turnedDown.set(company, [...earlier, application]);
    if ((application.status && CLOSED_STATUSES.has(application.status)) || !earlier.length) continue;
    const described = earlier.map((other) => {
      const applied = dateOf(other, 'applied');
      const ended = dateOf(other, other.status!);
      const what = [other.role, other.status === 'rejected' ? l10n.t('rejected') : l10n.t('no answer')].filter(Boolean).join(', ');
      if (ended && applied) return l10n.t('{0} on {1} (applied {2})', what, ended, applied);
      if (ended) return l10n.t('{0} on {1}', what, ended);
      return applied ? l10n.t('{0} (applied {1})', what, applied) : what;
    });
    ctx.report(
      application.fields.company!,
      'information',
      'applied-before',
      l10n.t('You applied to {0} before: {1}. Worth saying what has changed since.', application.company.trim(), described.join('; ')),
      earlier.map((other) => ({ message: l10n.t('The earlier application'), range: ctx.range(other.fields.company!) })),
    );
  }
}

function checkFollowUps(application: Application, people: ReadonlySet<string>, ctx: ReadContext): void {
  const contactNames = application.contacts.map((contact) => contact.name);
  const known = new Set(contactNames.map(normalize));
  const interviewDates = application.interviews.map((interview) => interview.date).filter((date) => date !== undefined);
  const firstInterview = interviewDates.sort()[0];
  for (const followUp of application.followUps) {
    // A follow-up may go to a contact of the application or to anyone listed under `people`.
    if (followUp.contact !== undefined && !known.has(normalize(followUp.contact)) && !people.has(normalize(followUp.contact))) {
      const listed = contactNames.length ? l10n.t('Known contacts: {0}.', contactNames.join(', ')) : l10n.t('Add them under “contacts:” first.');
      const notKnown = application.company
        ? l10n.t("{0} is not one of {1}'s contacts.", followUp.contact, application.company)
        : l10n.t('{0} is not one of the contacts of this application.', followUp.contact);
      ctx.report(followUp.fields.contact!, 'warning', 'unknown-contact', `${notKnown} ${listed}`);
    }
    const aboutInterview = followUp.kind === 'thank-you' || followUp.kind === 'feedback-request';
    if (aboutInterview && followUp.sent && firstInterview && followUp.sent < firstInterview) {
      ctx.report(
        followUp.fields.sent!,
        'warning',
        'sent-before-interview',
        l10n.t('This {0} is marked sent on {1}, before the first interview on {2}.', FOLLOW_UP_NOUNS[followUp.kind!], followUp.sent, firstInterview),
      );
    }
    if (followUp.replied && followUp.sent && followUp.replied < followUp.sent) {
      ctx.report(followUp.fields.replied!, 'warning', 'reply-before-sent', l10n.t('The reply on {0} comes before the message was sent on {1}; is one of the dates mistyped?', followUp.replied, followUp.sent));
    }
    if (followUp.nudged && (!followUp.sent || followUp.nudged < followUp.sent)) {
      const message = followUp.sent
        ? l10n.t('The nudge on {0} comes before the message was sent on {1}; is one of the dates mistyped?', followUp.nudged, followUp.sent)
        : l10n.t('A nudge follows up a message that was sent; add the day it was sent (“sent:”).');
      ctx.report(followUp.fields.nudged!, 'warning', 'nudge-before-sent', message);
    }
  }
}

function checkHistory(application: Application, ctx: ReadContext): void {
  let previous: string | undefined;
  for (const entry of application.history) {
    if (!entry.date) continue;
    if (previous && entry.date < previous) {
      ctx.report(entry.span, 'warning', 'history-order', l10n.t('History entries should be in date order: {0} comes after {1}.', entry.date, previous));
    }
    if (!previous || entry.date > previous) previous = entry.date;
  }
  const dated = application.history.filter((entry) => entry.date && entry.status);
  const latest = dated.reduce<(typeof dated)[number] | undefined>((best, entry) => (!best || entry.date! >= best.date! ? entry : best), undefined);
  const statusSpan = application.fields.status;
  if (latest && statusSpan && application.status && latest.status !== application.status) {
    ctx.report(
      statusSpan,
      'warning',
      'status-mismatch',
      l10n.t(
        'The status is {0}, but the latest history entry ({1}) says {2}. Add a dated history entry for the change.',
        STATUS_LABELS[application.status],
        latest.date!,
        STATUS_LABELS[latest.status!],
      ),
    );
  }
}

function checkDuplicateSkills(search: Omit<JobSearch, 'problems'>, ctx: ReadContext): void {
  const seen = new Map<string, number>();
  for (const entry of search.training) {
    const key = normalize(entry.skill);
    const first = seen.get(key);
    if (first === undefined) {
      seen.set(key, entry.span.start);
      continue;
    }
    const line = ctx.range({ start: first, end: first }).start.line + 1;
    const lineEnd = ctx.text.indexOf('\n', entry.span.start);
    const head = { start: entry.span.start, end: Math.min(entry.span.end, lineEnd < 0 ? ctx.text.length : lineEnd) };
    ctx.report(head, 'warning', 'duplicate-skill', l10n.t('{0} already has a training entry on line {1}; add these items there instead.', entry.skill, line));
  }
}
