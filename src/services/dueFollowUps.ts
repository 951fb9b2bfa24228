/** The follow-ups due today or overdue across every job-search file: the status bar's count and the startup reminder's. */
import type { CommandTarget } from '../contributions/commandArguments';
import { needsAction } from '../model/needsAction';
import { summarizeAction } from '../model/summaries';
import type { JobSearchStore } from './jobSearchStore';

/** One follow-up that is due, with what the draft command needs. */
export interface DueFollowUp {
  readonly label: string;
  readonly description: string;
  /** Days until it is due: 0 today, negative when overdue. */
  readonly days: number;
  /** What the draft command is given. */
  readonly target: CommandTarget;
}

/** Follow-ups due today or overdue in every file, most overdue first. */
export function dueFollowUps(store: JobSearchStore, today = store.today): DueFollowUp[] {
  return store.files.flatMap((file) =>
    needsAction(file.parsed, today, 0).flatMap((item) => {
      if (item.kind !== 'followUp') return [];
      const summary = summarizeAction(item);
      const followUpIndex = item.application.followUps.indexOf(item.followUp);
      return [{ label: summary.label, description: summary.description, days: item.days, target: { uri: file.uri, application: item.application, followUp: item.followUp, followUpIndex } }];
    }),
  );
}

