/** The actions at the top of a draft: Copy, Open in mail app, Mark as sent. */
import * as vscode from 'vscode';
import { CommandId } from '../contributions/commandIds';
import type { DraftRegistry } from '../services/draftRegistry';
import { escapeIcons } from '../model/displayText';
import { messageLength } from '../model/draftChecks';

/** Shows the draft actions on the first line of each open draft. */
export function registerDraftCodeLenses(drafts: DraftRegistry): vscode.Disposable {
  const changed = new vscode.EventEmitter<void>();
  const provider: vscode.CodeLensProvider = {
    onDidChangeCodeLenses: changed.event,
    provideCodeLenses(document) {
      const draft = drafts.get(document);
      if (!draft) return [];
      const top = new vscode.Range(0, 0, 0, 0);
      const count = draft.maxLength === undefined ? [] : [lengthLens(top, messageLength(document.getText()), draft.maxLength)];
      return [
        ...count,
        new vscode.CodeLens(top, { title: `$(copy) ${vscode.l10n.t('Copy message')}`, command: CommandId.copyDraft }),
        new vscode.CodeLens(top, {
          title: `$(mail) ${draft.to ? vscode.l10n.t('Open in mail app (to {0})', escapeIcons(draft.to)) : vscode.l10n.t('Open in mail app')}`,
          command: CommandId.openDraftInMail }),
        new vscode.CodeLens(top, { title: `$(check) ${vscode.l10n.t('Mark as sent')}`, command: CommandId.markDraftSent }),
      ];
    },
  };
  return vscode.Disposable.from(
    changed,
    vscode.languages.registerCodeLensProvider({ scheme: 'untitled' }, provider),
    drafts.onDidChange(() => changed.fire()),
    // The count follows the typing, in drafts with a limit only.
    vscode.workspace.onDidChangeTextDocument((event) => drafts.get(event.document)?.maxLength !== undefined && changed.fire()),
  );
}

/** "150/200 characters", or a warning once the message is over its limit. */
function lengthLens(at: vscode.Range, count: number, max: number): vscode.CodeLens {
  const title = count > max ? `$(warning) ${vscode.l10n.t('{0}/{1} characters: {2} over the limit', count, max, count - max)}` : `$(symbol-ruler) ${vscode.l10n.t('{0}/{1} characters', count, max)}`;
  return new vscode.CodeLens(at, { title, command: '' });
}
