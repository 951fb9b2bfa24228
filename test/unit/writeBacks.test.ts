import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { syntheticJobSearch } from '../../bench/syntheticJobSearch';
import { parseJobSearch, type ParsedJobSearch } from '../../src/model/parseJobSearch';
import { refOf, type FollowUpRef } from '../../src/model/applicationRef';
import { combinePlans, planAddApplication, planAddFeedback, planAppend, planFollowUpFields, planMarkSent, planSetStatus, type Plan } from '../../src/model/planEdits';
import { DEFAULT_FOLLOW_THROUGH, planRecordRejection } from '../../src/model/followThrough';
import { applyEdits } from './support/applyEdits';
import { planAddItem, planAddToTraining, planSetItemDone } from '../../src/model/trainingEdits';
import { planAddContact, planAddPerson, planLogTouch } from '../../src/model/peopleEdits';
import { planAddWin, planSetGoals, planSetPosting, planSetReapply } from '../../src/model/resilienceEdits';
import { planSetPrep } from '../../src/model/prepEdits';
import { stringify } from 'csv-stringify/sync';
import { readCsvTable } from '../../src/model/csvTable';
import { matchColumns } from '../../src/model/importColumns';
import { existingKeys, planImport } from '../../src/model/importEdits';
import { importPreview } from '../../src/model/importRows';
import { planAddStory, planStoriesTold } from '../../src/model/storyEdits';
import { GOAL_KEYS } from '../../src/model/weeklyGoals';
import { findPerson } from '../../src/model/network';
import { STATUSES } from '../../src/model/vocabulary';
import { sampleText } from './support/fixtures';

const BASES: Record<string, string> = {
  sample: sampleText(),
  'sample, CRLF': sampleText().replace(/\n/g, '\r\n'),
  synthetic: syntheticJobSearch(6, 11),
};

/** Values a user types into the extension's prompts, heavy on what YAML treats specially. */
const typed = fc.oneof(
  fc.string({ unit: fc.constantFrom('a', 'Z', ' ', ':', '-', '#', '"', "'", '[', ']', '{', '}', ',', '&', '*', '|', '\\', '$', 'é', '\n'), minLength: 1, maxLength: 16 }),
  fc.constantFrom('Staff Engineer', 'Note:', 'a: b', '#1', 'null', '2026-10-15', '- x'),
).filter((text) => text.trim() !== '');

type Command = (parsed: ParsedJobSearch, text: string) => Plan;

/** A write-back and how to tell, from the parse of the result, that it wrote what it meant to. */
interface WriteBack {
  readonly name: string;
  readonly run: Command;
  readonly wrote: (after: ParsedJobSearch) => boolean;
}

/** The first follow-up of the `pick`-th application that has one, as the write-backs name it. */
function followUpRef(parsed: ParsedJobSearch, pick: number): FollowUpRef | undefined {
  const withFollowUps = parsed.applications.filter((application) => application.followUps.some((followUp) => followUp.kind));
  const application = withFollowUps[pick % Math.max(1, withFollowUps.length)];
  if (!application) return undefined;
  const followUpIndex = application.followUps.findIndex((followUp) => followUp.kind);
  return { ...refOf(application), followUpIndex, kind: application.followUps[followUpIndex]!.kind! };
}

/** Every write-back the extension makes, aimed at a random application or training entry. */
const command: fc.Arbitrary<WriteBack> = fc.oneof(
  fc.record({ pick: fc.nat(), date: fc.constantFrom('2026-11-22', '2027-01-05') }).map(({ pick, date }) => ({
    name: 'mark a follow-up sent',
    run: (parsed: ParsedJobSearch, text: string) => {
      const ref = followUpRef(parsed, pick);
      return ref ? planMarkSent(parsed, text, ref, date) : { edits: [] };
    },
    wrote: (after: ParsedJobSearch) => after.applications.some((application) => application.followUps.some((followUp) => followUp.sent === date)),
  })),
  fc.record({ pick: fc.nat(), field: fc.constantFrom('reply', 'skipReason'), said: typed, date: fc.constantFrom('2026-11-22', '2027-01-05') }).map(({ pick, field, said, date }) => ({
    name: field === 'reply' ? 'record a reply' : 'skip a follow-up with a reason',
    run: (parsed: ParsedJobSearch, text: string) => {
      const ref = followUpRef(parsed, pick);
      const fields: [string, string][] = field === 'reply' ? [['replied', date], ['reply', said]] : [['skipped', date], ['skipReason', said]];
      return ref ? planFollowUpFields(parsed, text, ref, fields) : { edits: [] };
    },
    wrote: (after: ParsedJobSearch) =>
      after.applications.some((application) => application.followUps.some((followUp) => (field === 'reply' ? followUp.replied === date && followUp.reply === said : followUp.skipped === date && followUp.skipReason === said))),
  })),
  fc.record({ pick: fc.nat(), due: fc.constantFrom('2026-11-23', '2027-02-01') }).map(({ pick, due }) => ({
    name: 'reschedule a follow-up',
    run: (parsed: ParsedJobSearch, text: string) => {
      const ref = followUpRef(parsed, pick);
      return ref ? planFollowUpFields(parsed, text, ref, [['due', due]]) : { edits: [] };
    },
    wrote: (after: ParsedJobSearch) => after.applications.some((application) => application.followUps.some((followUp) => followUp.due === due)),
  })),
  fc.record({ pick: fc.nat(), status: fc.constantFrom(...STATUSES), date: fc.constantFrom('2025-01-02', '2026-10-01', '2026-11-22', '2027-01-05') }).map(({ pick, status, date }) => ({
    name: `set the status to ${status} on ${date}`,
    run: (parsed: ParsedJobSearch, text: string) => planSetStatus(parsed, text, parsed.applications[pick % parsed.applications.length]!, status, date),
    // The entry is in the history, and the status is what the latest entry says (the new one, unless a later one exists).
    wrote: (after: ParsedJobSearch) => {
      const application = after.applications[pick % after.applications.length]!;
      const latest = application.history.filter((entry) => entry.date && entry.status).reduce((best, entry) => (entry.date! >= best.date! ? entry : best));
      return application.history.some((entry) => entry.date === date && entry.status === status) && application.status === latest.status;
    },
  })),
  fc.record({ pick: fc.nat(), notes: typed }).map(({ pick, notes }) => ({
    name: 'add a reflection, its feedback to the application',
    run: (parsed: ParsedJobSearch, text: string) => {
      const application = parsed.applications[pick % parsed.applications.length]!;
      return combinePlans(
        planAppend(parsed, text, application, 'reflections', [{ date: '2026-11-22', confidence: 3, toImprove: [notes] }]),
        planAddFeedback(parsed, text, application, { date: '2026-11-22', text: notes }),
      );
    },
    wrote: (after: ParsedJobSearch) => {
      const application = after.applications[pick % after.applications.length]!;
      return application.reflections.some((reflection) => reflection.toImprove.includes(notes)) && application.feedback.at(-1)?.text === notes.trim();
    },
  })),
  fc.record({ pick: fc.nat(), said: typed, from: fc.option(typed, { nil: undefined }) }).map(({ pick, said, from }) => ({
    name: 'keep an answer as feedback',
    run: (parsed: ParsedJobSearch, text: string) => planAddFeedback(parsed, text, parsed.applications[pick % parsed.applications.length]!, { date: '2026-11-23', text: said, ...(from ? { from } : {}) }),
    wrote: (after: ParsedJobSearch) => {
      const last = after.applications[pick % after.applications.length]!.feedback.at(-1);
      return last?.text === said.trim() && last.date === '2026-11-23' && last.from === (from?.trim() || undefined);
    },
  })),
  fc.record({ pick: fc.nat(), said: fc.option(typed, { nil: undefined }), askAlso: fc.option(typed, { nil: undefined }), date: fc.constantFrom('2026-11-02', '2026-11-22') }).map(({ pick, said, askAlso, date }) => ({
    name: 'record a rejection, with what they said',
    run: (parsed: ParsedJobSearch, text: string) =>
      planRecordRejection(parsed, text, parsed.applications[pick % parsed.applications.length]!, { date, ...(said ? { feedback: { text: said } } : {}), ...(askAlso ? { askAlso } : {}) }, '2026-11-22', DEFAULT_FOLLOW_THROUGH),
    wrote: (after: ParsedJobSearch) => {
      const application = after.applications[pick % after.applications.length]!;
      return application.history.some((entry) => entry.date === date && entry.status === 'rejected') && (!said || application.feedback.some((note) => note.text === said.trim() && note.date === date));
    },
  })),
  fc.record({ pick: fc.nat() }).map(({ pick }) => ({
    name: 'record the one nudge',
    run: (parsed: ParsedJobSearch, text: string) => {
      const ref = followUpRef(parsed, pick);
      return ref ? planFollowUpFields(parsed, text, ref, [['nudged', '2026-12-02']]) : { edits: [] };
    },
    wrote: (after: ParsedJobSearch) => after.applications.some((application) => application.followUps.some((followUp) => followUp.nudged === '2026-12-02')),
  })),
  fc.record({ company: typed, role: typed }).map(({ company, role }) => ({
    name: 'add an application',
    run: (parsed: ParsedJobSearch, text: string) => planAddApplication(parsed, text, { company, role, status: 'applied', date: '2026-11-22' }),
    wrote: (after: ParsedJobSearch) => after.applications.at(-1)?.company === company && after.applications.at(-1)?.role === role,
  })),
  fc.record({ name: typed, company: fc.option(typed, { nil: undefined }), met: fc.option(typed, { nil: undefined }) }).map(({ name, company, met }) => ({
    name: 'add a person',
    run: (parsed: ParsedJobSearch, text: string) => planAddPerson(parsed, text, { name, company, met, connected: '2026-11-22' }),
    wrote: (after: ParsedJobSearch) => {
      const person = after.people.at(-1);
      return person?.name === name.trim() && person.company === (company?.trim() || undefined) && person.met === (met?.trim() || undefined) && person.connected === '2026-11-22';
    },
  })),
  fc.record({ pick: fc.nat(), name: typed, linked: fc.boolean() }).map(({ pick, name, linked }) => ({
    name: linked ? 'add a contact who is one of the people' : 'add a contact by name',
    run: (parsed: ParsedJobSearch, text: string) => {
      const person = parsed.people[pick % Math.max(1, parsed.people.length)];
      const application = parsed.applications[pick % parsed.applications.length]!;
      return planAddContact(parsed, text, application, linked && person ? { person: person.name } : { name, role: 'Recruiter' });
    },
    wrote: (after: ParsedJobSearch) => {
      const contact = after.applications[pick % after.applications.length]!.contacts.at(-1);
      return linked && after.people.length ? contact?.person === after.people[pick % after.people.length]!.name.trim() : contact?.name === name.trim() && contact.role === 'Recruiter';
    },
  })),
  fc.record({ pick: fc.nat(), notes: typed, date: fc.constantFrom('2026-09-01', '2026-11-22', '2027-01-05'), next: fc.constantFrom(undefined, null, '2027-02-01') }).map(({ pick, notes, date, next }) => ({
    name: `log a touch on ${date}, next ${String(next)}`,
    run: (parsed: ParsedJobSearch, text: string) => {
      const person = parsed.people[pick % Math.max(1, parsed.people.length)];
      return person ? planLogTouch(parsed, text, person, { date, kind: 'call', notes }, next) : { edits: [] };
    },
    wrote: (after: ParsedJobSearch) => {
      // A name listed twice is logged on its first entry, as the problems ask the user to merge them.
      const person = findPerson(after.people, after.people[pick % after.people.length]!.name)!;
      const dates = person.touches.map((touch) => touch.date ?? '');
      const inOrder = dates.every((day, index) => index === 0 || !day || !dates[index - 1] || dates[index - 1]! <= day);
      return person.touches.some((touch) => touch.date === date && touch.kind === 'call' && touch.notes === notes.trim()) && inOrder && (next === undefined || person.next === (next ?? undefined));
    },
  })),
  fc.record({ pick: fc.nat(), done: fc.boolean() }).map(({ pick, done }) => ({
    name: 'tick a training item',
    run: (parsed: ParsedJobSearch, text: string) => {
      const entries = parsed.training.filter((entry) => entry.items.length);
      const entry = entries[pick % Math.max(1, entries.length)];
      if (!entry) return { edits: [] };
      const item = entry.items[pick % entry.items.length]!;
      return planSetItemDone(parsed, text, { skill: entry.skill, itemIndex: item.index, task: item.task }, done, '2026-11-22');
    },
    wrote: (after: ParsedJobSearch) => after.training.some((entry) => entry.items.some((item) => item.done === done)),
  })),
  fc.record({ pick: fc.nat(), task: typed }).map(({ pick, task }) => ({
    name: 'add a training item',
    run: (parsed: ParsedJobSearch, text: string) => {
      const entry = parsed.training[pick % Math.max(1, parsed.training.length)];
      return entry ? planAddItem(parsed, text, entry.skill, task) : { edits: [] };
    },
    wrote: (after: ParsedJobSearch) => after.training.some((entry) => entry.items.some((item) => item.task === task)),
  })),
  fc.record({ applications: fc.option(fc.integer({ min: 0, max: 100 }), { nil: undefined }), outreach: fc.option(fc.integer({ min: 1, max: 100 }), { nil: undefined }), training: fc.option(fc.integer({ min: 1, max: 100 }), { nil: undefined }) }).map((goals) => ({
    name: 'set weekly goals',
    run: (parsed: ParsedJobSearch, text: string) => planSetGoals(parsed, text, goals),
    wrote: (after: ParsedJobSearch) => {
      const written = after.profile?.goals;
      return GOAL_KEYS.every((key) => (written?.[key] ?? undefined) === goals[key]);
    },
  })),
  fc.record({ text: typed, linked: fc.boolean() }).map(({ text, linked }) => ({
    name: 'add a win',
    run: (parsed: ParsedJobSearch, current: string) => planAddWin(parsed, current, { date: '2026-11-22', text, ...(linked ? { application: 'Acme Corp' } : {}) }),
    wrote: (after: ParsedJobSearch) => after.wins.at(-1)?.text === text.trim() && after.wins.at(-1)?.application === (linked ? 'Acme Corp' : undefined),
  })),
  fc.record({ pick: fc.nat(), date: fc.constantFrom('2027-03-01', null) }).map(({ pick, date }) => ({
    name: `set the date to apply again to ${String(date)}`,
    run: (parsed: ParsedJobSearch, text: string) => planSetReapply(parsed, text, parsed.applications[pick % parsed.applications.length]!, date),
    wrote: (after: ParsedJobSearch) => after.applications[pick % after.applications.length]!.reapply === (date ?? undefined),
  })),
  fc.record({ pick: fc.nat(), path: fc.constantFrom('prep/2026-12-03-acme-final.md', 'notes/a b.md') }).map(({ pick, path }) => ({
    name: 'link a prep note',
    run: (parsed: ParsedJobSearch, text: string) => {
      const withInterviews = parsed.applications.filter((application) => application.interviews.length);
      const application = withInterviews[pick % Math.max(1, withInterviews.length)];
      return application ? planSetPrep(parsed, text, application, application.interviews[pick % application.interviews.length]!, path) : { edits: [] };
    },
    wrote: (after: ParsedJobSearch) => after.applications.every((application) => !application.interviews.length) || after.applications.some((application) => application.interviews.some((interview) => interview.prep === path)),
  })),
  fc.record({ pick: fc.nat(), path: fc.constantFrom('postings/acme-corp.md', 'saved jobs/a: b.md') }).map(({ pick, path }) => ({
    name: 'link a saved posting',
    run: (parsed: ParsedJobSearch, text: string) => planSetPosting(parsed, text, parsed.applications[pick % parsed.applications.length]!, path),
    wrote: (after: ParsedJobSearch) => after.applications[pick % after.applications.length]!.posting === path,
  })),
  fc.record({ company: typed, role: typed, notes: typed }).map(({ company, role, notes }) => ({
    name: 'import a row from a spreadsheet',
    run: (parsed: ParsedJobSearch, text: string) => {
      const table = readCsvTable(stringify([['Company', 'Role', 'Status', 'Date Applied', 'Notes'], [`Imported ${company}`, role, 'applied', '2026-11-02', notes]]));
      if ('error' in table) return { error: table.error };
      const preview = importPreview(table, matchColumns(table.headers), {}, existingKeys(parsed));
      return preview.added.length ? planImport(parsed, text, preview.added) : { edits: [] };
    },
    wrote: (after: ParsedJobSearch) => after.applications.some((application) => application.company === `Imported ${company}`.replace(/\s*\n\s*/g, ' ').trim()),
  })),
  fc.record({ title: typed, skills: typed, result: fc.option(typed, { nil: undefined }) }).map(({ title, skills, result }) => ({
    name: 'add a story',
    run: (parsed: ParsedJobSearch, text: string) => planAddStory(parsed, text, { title, skills, ...(result ? { result } : {}) }),
    wrote: (after: ParsedJobSearch) => after.stories.at(-1)?.title === title.trim() && after.stories.at(-1)?.result === (result?.trim() || undefined),
  })),
  fc.record({ pick: fc.nat() }).map(({ pick }) => ({
    name: 'record the stories told',
    run: (parsed: ParsedJobSearch, text: string) => {
      const withInterviews = parsed.applications.filter((application) => application.interviews.length);
      const application = withInterviews[pick % Math.max(1, withInterviews.length)];
      if (!application || !parsed.stories.length) return { edits: [] };
      const interview = application.interviews[pick % application.interviews.length]!;
      return planStoriesTold(parsed, text, application, interview, parsed.stories.slice(0, 1), 'Acme / final round, 2026-12-03');
    },
    wrote: (after: ParsedJobSearch) => !after.stories.length || after.stories[0]!.used.includes('Acme / final round, 2026-12-03'),
  })),
  fc.record({ skill: typed, task: typed }).map(({ skill, task }) => ({
    name: 'add a gap to the training plan',
    run: (parsed: ParsedJobSearch, text: string) => planAddToTraining(parsed, text, { skill, source: 'Acme / skill gaps', task }),
    wrote: (after: ParsedJobSearch) => after.training.some((entry) => entry.items.some((item) => item.task === task)),
  })),
);

/** Warnings a write-back could cause: history or touches out of date order, a status its history contradicts. */
function ownWarnings(parsed: ParsedJobSearch): number {
  return parsed.problems.filter((problem) => problem.code === 'history-order' || problem.code === 'status-mismatch' || problem.code === 'touch-order').length;
}

describe('write-backs on random targets', function () {
  this.timeout(60_000);
  for (const [name, base] of Object.entries(BASES)) {
    it(`change only what they target, keep the file valid, and read back what they wrote (${name})`, () => {
      let applied = 0;
      let refused = 0;
      fc.assert(
        fc.property(fc.array(command, { minLength: 1, maxLength: 5 }), (commands) => {
          let text = base;
          for (const { name: what, run, wrote } of commands) {
            const parsed = parseJobSearch(text);
            const errorsBefore = parsed.problems.filter((problem) => problem.severity === 'error').length;
            const plan = run(parsed, text);
            if ('error' in plan || !plan.edits.length) {
              refused++;
              continue;
            }
            applied++;
            const next = applyEdits(text, plan.edits);
            // Every byte outside the edited spans is where it was.
            const sorted = [...plan.edits].sort((a, b) => a.start - b.start);
            let shift = 0;
            let previousEnd = 0;
            for (const edit of sorted) {
              assert.equal(next.slice(previousEnd + shift, edit.start + shift), text.slice(previousEnd, edit.start), `${what}: text before an edit moved`);
              shift += edit.newText.length - (edit.end - edit.start);
              previousEnd = edit.end;
            }
            assert.equal(next.slice(previousEnd + shift), text.slice(previousEnd), `${what}: text after the last edit changed`);
            // The file still reads, with no new errors.
            const after = parseJobSearch(next);
            assert.equal(after.problems.filter((problem) => problem.severity === 'error').length, errorsBefore, `${what}:\n${next}`);
            // New lines stay readable: entries that would not fit are written key by key.
            for (const edit of plan.edits) {
              for (const line of edit.newText.split(/\r?\n/)) assert.ok(line.length <= 100, `${what} wrote a line of ${line.length} characters: ${line}`);
            }
            // The extension's own writes never put history out of order or make it contradict the status.
            assert.ok(ownWarnings(after) <= ownWarnings(parsed), `${what} added a warning: ${after.problems.map((problem) => problem.message).join(' / ')}\n${next}`);
            assert.ok(wrote(after), `${what} did not read back:\n${next}`);
            text = next;
          }
        }),
        { numRuns: 120, seed: 20261122 },
      );
      // The property says little if most commands found nothing to do.
      assert.ok(applied > refused * 3, `${applied} applied, ${refused} refused`);
    });
  }
});
