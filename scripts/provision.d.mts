// Types for scripts/provision.mjs, so TypeScript callers (scripts/start.ts, the unit tests) can import it.

/** One system piece a run may need. */
export interface Requirement {
  readonly name: string;
  readonly kind: 'command' | 'library' | 'font';
  readonly test: string;
  readonly debian: string;
  readonly when: 'code-server' | 'browser';
  readonly why: string;
}

/** How to look for each kind of piece. */
export interface Probe {
  command(name: string): boolean;
  library(soname: string): boolean;
  font(): boolean;
}

/** Every system piece the two commands may need. */
export const REQUIREMENTS: readonly Requirement[];
/** What a run needs. */
export function neededFor(purpose: 'test' | 'start', state: { codeServerInstalled: boolean; desktopCode: boolean }): Requirement[];
/** The requirements among `needed` that `probe` does not find. */
export function missing(needed: readonly Requirement[], probe: Probe): Requirement[];
/** The one command that installs `packages`. */
export function installCommand(packages: readonly string[], who: { root: boolean }): string;
/** Probes of the real machine. */
export const machineProbe: Probe;
/** Whether .cache/vscode-host holds a finished code-server install of the pinned versions. */
export function codeServerInstalled(): boolean;
/** Whether desktop VS Code's `code` is on PATH. */
export function hasDesktopCode(): boolean;
/** Thrown when the machine lacks something this script cannot install. */
export class ProvisionError extends Error {}
/** Makes sure the machine has what `purpose` needs, installing it with apt-get when it can. */
export function provision(purpose: 'test' | 'start', log?: (line: string) => void): void;
