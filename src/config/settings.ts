/** A typed view of the extension's settings; every `jobSearch.*` setting in package.json is read here. */
import * as vscode from 'vscode';

/** The file every workspace folder is searched for. */
export const DEFAULT_FILE_NAME = 'job-search.yaml';

/** The settings as the extension uses them, with defaults applied and bad values clamped. */
export interface JobSearchSettings {
  /** Extra files to read, as paths or globs relative to each workspace folder. */
  readonly files: readonly string[];
  /** How many days ahead "Needs action" looks for follow-ups and interviews. */
  readonly lookaheadDays: number;
}

/** Reads the current settings for `scope` (a workspace folder in multi-root workspaces). */
export function readSettings(scope?: vscode.ConfigurationScope): JobSearchSettings {
  const config = vscode.workspace.getConfiguration('jobSearch', scope);
  const files = config.get<unknown>('files');
  const lookahead = config.get<number>('needsAction.lookaheadDays', 2);
  return {
    files: Array.isArray(files) ? files.filter((file): file is string => typeof file === 'string' && file.trim() !== '') : [],
    lookaheadDays: Number.isFinite(lookahead) ? Math.max(0, Math.min(60, Math.floor(lookahead))) : 2,
  };
}

/** Whether a configuration change touches any setting of this extension. */
export function affectsSettings(event: vscode.ConfigurationChangeEvent): boolean {
  return event.affectsConfiguration('jobSearch');
}
