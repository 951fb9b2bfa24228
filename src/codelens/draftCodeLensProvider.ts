/** The actions at the top of a draft: Copy, Open in mail app, Mark as sent. */
import * as vscode from 'vscode';
import { CommandId } from '../contributions/commandIds';
import type { DraftRegistry } from '../services/draftRegistry';
import { escapeIcons } from '../model/displayText';

/** Shows the draft actions on the first line of each open draft. */
export function registerDraftCodeLenses(drafts: DraftRegistry): vscode.Disposable {
  const changed = new vscode.EventEmitter<void>();
  const provider: vscode.CodeLensProvider = {
    onDidChangeCodeLenses: changed.event,
    provideCodeLenses(document) {
      const draft = drafts.get(document);
      if (!draft) return [];
      const top = new vscode.Range(0, 0, 0, 0);
      return [
        new vscode.CodeLens(top, { title: `$(copy) ${vscode.l10n.t('Copy message')}`, command: CommandId.copyDraft }),
        new vscode.CodeLens(top, {
          title: `$(mail) ${draft.to ? vscode.l10n.t('Open in mail app (to {0})', escapeIcons(draft.to)) : vscode.l10n.t('Open in mail app')}`,
          command: CommandId.openDraftInMail }),
        new vscode.CodeLens(top, { title: `$(check) ${vscode.l10n.t('Mark as sent')}`, command: CommandId.markDraftSent }),
      ];
    },
  };
  return vscode.Disposable.from(changed, vscode.languages.registerCodeLensProvider({ scheme: 'untitled' }, provider), drafts.onDidChange(() => changed.fire()));
}
