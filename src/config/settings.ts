/** A typed view of the extension's settings; every `jobSearch.*` setting in package.json is read here. */
import * as vscode from 'vscode';
import { DEFAULT_FOLLOW_THROUGH, type FollowThroughSettings } from '../model/followThrough';
import type { DraftFormat } from '../model/renderDraft';
import { WEEK_START_SETTINGS, type WeekStartSetting } from '../model/weekStart';

/** The days a weekly review reminder may come on, or never. */
export const REVIEW_DAYS = ['off', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'] as const;

/** One of those. */
export type ReviewDay = (typeof REVIEW_DAYS)[number];

/** The file every workspace folder is searched for. */
export const DEFAULT_FILE_NAME = 'job-search.yaml';

/** The settings as the extension uses them, with defaults applied and bad values clamped. */
export interface JobSearchSettings {
  /** Extra files to read, as paths or globs relative to each workspace folder. */
  readonly files: readonly string[];
  /** How many days ahead "Needs action" looks for follow-ups and interviews. */
  readonly lookaheadDays: number;
  /** Whether job-search.yaml shows CodeLens actions. */
  readonly codeLens: boolean;
  /** Whether the status bar shows the number of follow-ups due. */
  readonly statusBar: boolean;
  /** Whether startup brings a reminder when follow-ups are overdue. */
  readonly remindOnStartup: boolean;
  /** How many days "Snooze" quiets that reminder. */
  readonly snoozeDays: number;
  /** The language drafts open in. */
  readonly draftFormat: DraftFormat;
  /** Whether drafts open beside the current editor or in its place. */
  readonly draftOpenIn: 'beside' | 'active';
  /** Where the workspace's own templates live, relative to each folder. */
  readonly templatesFolder: string;
  /** How far out the follow-through after an interview or rejection is scheduled. */
  readonly followThrough: FollowThroughSettings;
  /** Which day weekly goals and the review count a week from. */
  readonly weekStartsOn: WeekStartSetting;
  /** Whether reminders that can wait hold back for a day after a rejection is recorded. */
  readonly quietDayAfterRejection: boolean;
  /** Where weekly reviews are saved, relative to the file's folder; empty keeps them unsaved. */
  readonly reviewFolder: string;
  /** The day a weekly review is offered at startup, or `off`. */
  readonly reviewReminderDay: ReviewDay;
  /** Where prep notes are written, relative to the file's folder. */
  readonly prepFolder: string;
  /** Where saved job postings are written, relative to the file's folder. */
  readonly postingsFolder: string;
  /** Whether the chat's language model tools are offered. */
  readonly chatEnabled: boolean;
  /** Whether a read tool asks before handing the job search to the chat. */
  readonly chatAskBeforeSharing: boolean;
}

const whole = (value: unknown, fallback: number, max: number): number =>
  typeof value === 'number' && Number.isFinite(value) ? Math.max(0, Math.min(max, Math.floor(value))) : fallback;

/** Reads the current settings for `scope` (a workspace folder in multi-root workspaces). */
export function readSettings(scope?: vscode.ConfigurationScope): JobSearchSettings {
  const config = vscode.workspace.getConfiguration('jobSearch', scope);
  const files = config.get<unknown>('files');
  const folder = config.get<unknown>('drafts.templatesFolder');
  const reviewFolder = config.get<unknown>('review.folder');
  const prepFolder = config.get<unknown>('prep.folder');
  const postingsFolder = config.get<unknown>('postings.folder');
  return {
    files: Array.isArray(files) ? files.filter((file): file is string => typeof file === 'string' && file.trim() !== '') : [],
    lookaheadDays: whole(config.get('needsAction.lookaheadDays'), 2, 60),
    codeLens: config.get<boolean>('codeLens.enabled', true) !== false,
    statusBar: config.get<boolean>('statusBar.enabled', true) !== false,
    remindOnStartup: config.get<boolean>('reminders.onStartup', true) !== false,
    snoozeDays: Math.max(1, whole(config.get('reminders.snoozeDays'), 3, 30)),
    draftFormat: config.get('drafts.format') === 'markdown' ? 'markdown' : 'plaintext',
    draftOpenIn: config.get('drafts.openIn') === 'active' ? 'active' : 'beside',
    templatesFolder: typeof folder === 'string' && folder.trim() ? folder.trim() : '.job-search/snippets',
    followThrough: {
      thankYouBusinessDays: whole(config.get('followThrough.thankYouBusinessDays'), DEFAULT_FOLLOW_THROUGH.thankYouBusinessDays, 30),
      feedbackRequestBusinessDays: whole(config.get('followThrough.feedbackRequestBusinessDays'), DEFAULT_FOLLOW_THROUGH.feedbackRequestBusinessDays, 30),
      keepInTouchMonths: whole(config.get('followThrough.keepInTouchMonths'), DEFAULT_FOLLOW_THROUGH.keepInTouchMonths, 24),
      afterRejection: config.get('followThrough.afterRejection') === 'separate-messages' ? 'separate-messages' : 'one-reply',
      nudgeAfterDays: Math.max(3, whole(config.get('followThrough.nudgeAfterDays'), DEFAULT_FOLLOW_THROUGH.nudgeAfterDays, 60)),
      connectionNote: connectionNoteOf(config.get('followThrough.connectionNote')),
    },
    weekStartsOn: oneOf(WEEK_START_SETTINGS, config.get('goals.weekStartsOn'), 'locale'),
    quietDayAfterRejection: config.get<boolean>('reminders.quietDayAfterRejection', true) !== false,
    reviewFolder: typeof reviewFolder === 'string' ? reviewFolder.trim() : 'reviews',
    reviewReminderDay: oneOf(REVIEW_DAYS, config.get('review.reminderDay'), 'off'),
    prepFolder: typeof prepFolder === 'string' ? prepFolder.trim() : 'prep',
    postingsFolder: typeof postingsFolder === 'string' ? postingsFolder.trim() : 'postings',
    chatEnabled: config.get<boolean>('chat.enabled', true) !== false,
    chatAskBeforeSharing: config.get<boolean>('chat.askBeforeSharing', true) !== false,
  };
}

/** `value` when it is one of `values`, else `fallback`. */
function oneOf<T extends string>(values: readonly T[], value: unknown, fallback: T): T {
  return (values as readonly unknown[]).includes(value) ? (value as T) : fallback;
}

/** The connection-note setting, off unless it names one of its values. */
function connectionNoteOf(value: unknown): JobSearchSettings['followThrough']['connectionNote'] {
  return value === 'after-interview' || value === 'after-rejection' ? value : 'off';
}

/** Whether a configuration change touches any setting of this extension. */
export function affectsSettings(event: vscode.ConfigurationChangeEvent): boolean {
  return event.affectsConfiguration('jobSearch');
}
