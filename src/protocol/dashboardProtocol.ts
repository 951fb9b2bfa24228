/** The messages between the dashboard webview and the extension host; both sides import these types. */
import type { DashboardModel } from '../model/dashboardModel';
import { FOLLOW_UP_KINDS, type FollowUpKind } from '../model/vocabulary';

/** Host → webview: the whole view model, sent after `webview/ready` and on every change of the file. */
export interface DashboardDidChange {
  readonly type: 'dashboard/didChange';
  readonly model: DashboardModel | undefined;
}

/** Webview → host: the page has loaded and wants the model. */
export interface WebviewReady {
  readonly type: 'webview/ready';
}

/** Webview → host: open a draft for a follow-up in "Needs action". */
export interface FollowUpDraft {
  readonly type: 'followUp/draft';
  readonly applicationIndex: number;
  readonly company: string;
  readonly followUpIndex: number;
  readonly kind: FollowUpKind;
}

/** Webview → host: draft a message to someone due a touch in "Needs action". */
export interface PersonDraft {
  readonly type: 'person/draft';
  readonly name: string;
}

/** Webview → host: tick or untick a training item. */
export interface TrainingItemSetDone {
  readonly type: 'trainingItem/setDone';
  readonly skill: string;
  readonly itemIndex: number;
  readonly task: string;
  readonly done: boolean;
}

/** The commands the page may ask to run, by name; the host maps each to its command. */
export const RUNNABLE_COMMANDS = ['setWeeklyGoals', 'addWin', 'weeklyReview', 'importApplications'] as const;

/** One of those. */
export type RunnableCommand = (typeof RUNNABLE_COMMANDS)[number];

/** Webview → host: one of the section buttons (Set Weekly Goals…, Add a Win…, Weekly Review…). */
export interface RunCommand {
  readonly type: 'run';
  readonly command: RunnableCommand;
}

/** Everything the webview may send. */
export type WebviewMessage = WebviewReady | FollowUpDraft | PersonDraft | TrainingItemSetDone | RunCommand;

/** Everything the host sends. */
export type HostMessage = DashboardDidChange;

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
const isIndex = (value: unknown): value is number => typeof value === 'number' && Number.isInteger(value) && value >= 0 && value < 1_000_000;
const isText = (value: unknown): value is string => typeof value === 'string' && value.length <= 10_000;

/**
 * Checks a message from the webview against the allow-list of types and fields; anything else is dropped. The host
 * acts only on these shapes and never runs a command name that came from the page.
 */
export function parseWebviewMessage(value: unknown): WebviewMessage | undefined {
  if (!isRecord(value)) return undefined;
  switch (value.type) {
    case 'webview/ready':
      return { type: 'webview/ready' };
    case 'followUp/draft':
      if (isIndex(value.applicationIndex) && isText(value.company) && isIndex(value.followUpIndex) && (FOLLOW_UP_KINDS as readonly unknown[]).includes(value.kind)) {
        return { type: 'followUp/draft', applicationIndex: value.applicationIndex, company: value.company, followUpIndex: value.followUpIndex, kind: value.kind as FollowUpKind };
      }
      return undefined;
    case 'person/draft':
      return isText(value.name) && value.name.trim() ? { type: 'person/draft', name: value.name } : undefined;
    case 'trainingItem/setDone':
      if (isText(value.skill) && isIndex(value.itemIndex) && isText(value.task) && typeof value.done === 'boolean') {
        return { type: 'trainingItem/setDone', skill: value.skill, itemIndex: value.itemIndex, task: value.task, done: value.done };
      }
      return undefined;
    case 'run':
      return (RUNNABLE_COMMANDS as readonly unknown[]).includes(value.command) ? { type: 'run', command: value.command as RunnableCommand } : undefined;
    default:
      return undefined;
  }
}
