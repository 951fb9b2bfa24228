/**
 * The "Job Search" output channel. A view or provider that fails writes its error here and shows nothing (or what
 * it had), so one broken part never takes the others down or floods the user with notifications.
 */
import * as vscode from 'vscode';

let channel: vscode.LogOutputChannel | undefined;
const recent: string[] = [];
/** How many recent failures are kept for `recentFailures`. */
const KEPT = 20;

/** Writes a failure of `what` to the output channel. */
export function logFailure(what: string, error: unknown): void {
  channel ??= vscode.window.createOutputChannel('Job Search', { log: true });
  const detail = error instanceof Error ? (error.stack ?? error.message) : String(error);
  channel.error(`${what} failed: ${detail}`);
  recent.push(`${what}: ${error instanceof Error ? error.message : String(error)}`);
  if (recent.length > KEPT) recent.shift();
}

/** The last few failures, newest last (for the extension's API, which tests read). */
export function recentFailures(): readonly string[] {
  return [...recent];
}

/** `run`, with a failure (thrown, or a rejected promise) logged and replaced by `fallback`. */
export function guarded<R>(what: string, fallback: Awaited<R>, run: () => R): R {
  try {
    const result = run();
    if (result instanceof Promise) return result.catch((error: unknown) => (logFailure(what, error), fallback)) as R;
    return result;
  } catch (error) {
    logFailure(what, error);
    return fallback as R;
  }
}

/** Disposes the channel when the extension stops. */
export const failureLogDisposable: vscode.Disposable = { dispose: () => channel?.dispose() };
