/** The user settings and trust flags every VS Code the tests start gets: code-server and desktop alike. */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** User settings that keep the workbench quiet and the screenshots about the extension. */
export const QUIET_SETTINGS = {
  'workbench.startupEditor': 'none',
  'workbench.tips.enabled': false,
  'workbench.secondarySideBar.defaultVisibility': 'hidden',
  'chat.disableAIFeatures': true,
  'telemetry.telemetryLevel': 'off',
  'extensions.autoCheckUpdates': false,
  'extensions.autoUpdate': false,
  'extensions.ignoreRecommendations': true,
  'security.workspace.trust.enabled': false,
  'update.mode': 'none',
  'window.restoreWindows': 'none',
  'git.openRepositoryInParentFolders': 'never',
};

/** Settings that open the workspace untrusted, in Restricted Mode, without the startup question. */
const UNTRUSTED = { 'security.workspace.trust.enabled': true, 'security.workspace.trust.startupPrompt': 'never' };

/** The user settings for a run: quiet, trust off unless the session is `untrusted`, then `extra`. */
export function userSettings(untrusted: boolean, extra: Record<string, unknown> = {}): Record<string, unknown> {
  return { ...QUIET_SETTINGS, ...(untrusted ? UNTRUSTED : {}), ...extra };
}

/** Writes `userSettings(...)` where VS Code reads them in `userDataDir`. */
export function writeUserSettings(userDataDir: string, untrusted: boolean, extra?: Record<string, unknown>): void {
  mkdirSync(join(userDataDir, 'User'), { recursive: true });
  writeFileSync(join(userDataDir, 'User', 'settings.json'), JSON.stringify(userSettings(untrusted, extra), null, 2));
}

/** The command-line flag that turns workspace trust off, except for a session that must open untrusted. */
export function trustArgs(untrusted: boolean): string[] {
  return untrusted ? [] : ['--disable-workspace-trust'];
}
