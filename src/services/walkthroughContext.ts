/** Keeps the context keys the views' welcome content and the walkthrough's completion events read. */
import * as vscode from 'vscode';
import { ContextKey } from '../contributions/contextKeys';
import { highestCounts, stepsDone, walkthroughCounts, type WalkthroughCounts } from '../model/walkthroughProgress';
import type { DraftRegistry } from './draftRegistry';
import type { JobSearchStore } from './jobSearchStore';

/** Sets whether there is a file and an application, each walkthrough step once a file gains what it adds, and the draft step once a draft opens. */
export function registerWalkthroughContext(store: JobSearchStore, drafts: DraftRegistry): vscode.Disposable {
  const highest = new Map<string, WalkthroughCounts>();
  const done = new Set<string>();
  const update = (): void => {
    void vscode.commands.executeCommand('setContext', ContextKey.hasFile, store.files.length > 0);
    void vscode.commands.executeCommand('setContext', ContextKey.hasApplications, store.files.some((file) => file.parsed.applications.length > 0));
    for (const file of store.files) {
      const key = file.uri.toString();
      const now = walkthroughCounts(file.parsed);
      const before = highest.get(key);
      // The first reading of a file is where the user starts, not something they did.
      for (const step of before ? stepsDone(before, now) : []) {
        if (done.has(step)) continue;
        done.add(step);
        void vscode.commands.executeCommand('setContext', ContextKey.walkthrough[step], true);
      }
      highest.set(key, before ? highestCounts(before, now) : now);
    }
  };
  update();
  const draftOpened = (): void => {
    if (drafts.size > 0) void vscode.commands.executeCommand('setContext', ContextKey.walkthrough.draft, true);
  };
  return vscode.Disposable.from(store.onDidChange(update), drafts.onDidChange(draftOpened));
}
