/** What is due today or overdue across every job-search file (follow-ups and people to reach out to): the status bar's count and the startup reminder's. */
import { CommandId } from '../contributions/commandIds';
import { needsAction } from '../model/needsAction';
import { summarizeAction } from '../model/summaries';
import type { JobSearchStore } from './jobSearchStore';

/** One message that is due, with the command that drafts it. */
export interface DueFollowUp {
  readonly label: string;
  readonly description: string;
  /** Days until it is due: 0 today, negative when overdue. */
  readonly days: number;
  /** The draft command and what it is given. */
  readonly command: CommandId;
  readonly argument: unknown;
}

/** Follow-ups and touches due today or overdue in every file, most overdue first. */
export function dueFollowUps(store: JobSearchStore, today = store.today): DueFollowUp[] {
  return store.files
    .flatMap((file) =>
      needsAction(file.parsed, today, 0).flatMap((item): DueFollowUp[] => {
        if (item.kind === 'interview' || item.kind === 'wayBack') return [];
        const summary = summarizeAction(item);
        const base = { label: summary.label, description: summary.description, days: item.days };
        if (item.kind === 'person') return [{ ...base, command: CommandId.draftToPerson, argument: { uri: file.uri, person: item.person } }];
        const followUpIndex = item.application.followUps.indexOf(item.followUp);
        return [{ ...base, command: CommandId.draftFollowUp, argument: { uri: file.uri, application: item.application, followUp: item.followUp, followUpIndex } }];
      }),
    )
    .sort((a, b) => a.days - b.days);
}
