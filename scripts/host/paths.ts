/** Where the test host keeps its installs and per-run files; everything under .cache/ and test-results/ is git-ignored. */
import { join } from 'node:path';

/** The repository root. */
export const ROOT = join(__dirname, '..', '..');
/** Installs reused across runs (Node 24, code-server). */
export const HOST_DIR = join(ROOT, '.cache', 'vscode-host');
/** Fresh workspaces, user data and extension folders for each run. */
export const RUN_DIR = join(ROOT, '.cache', 'test-run');
/** Results and screenshots to look at after a run. */
export const RESULTS_DIR = join(ROOT, 'test-results');
/** Screenshots the UI tests take. */
export const SCREENSHOTS_DIR = join(RESULTS_DIR, 'screenshots');
