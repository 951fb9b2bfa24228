/** Registers every command in `CommandId` with its handler. */
import * as vscode from 'vscode';
import type { JobSearchStore } from '../services/jobSearchStore';
import { CommandId } from './commandIds';
import { createFile } from './createFile';
import { openFile } from './openFile';
import { openLink } from './openLink';
import { revealInFile } from './revealInFile';

/** Registers the commands; the returned Disposable unregisters them all. */
export function registerCommands(store: JobSearchStore, extensionUri: vscode.Uri): vscode.Disposable {
  const handlers: Record<CommandId, (...args: never[]) => unknown> = {
    [CommandId.createFile]: () => createFile(store, extensionUri),
    [CommandId.openFile]: () => openFile(store, extensionUri),
    [CommandId.refresh]: () => store.refresh(),
    [CommandId.revealInFile]: revealInFile,
    [CommandId.openLink]: openLink,
  };
  return vscode.Disposable.from(
    ...Object.entries(handlers).map(([id, handler]) => vscode.commands.registerCommand(id, handler as (...args: unknown[]) => unknown)),
  );
}
