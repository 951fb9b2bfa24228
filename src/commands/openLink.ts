/** Opens a link from the file in the browser or mail client; only web and mail links, never `command:` URIs. */
import * as vscode from 'vscode';
import { linkOf } from '../contributions/commandArguments';
import { isSafeLink } from '../model/safeLink';

/** Opens the `link` (or `linkedin`) of the application or contact behind a tree node. */
export async function openLink(node?: unknown): Promise<boolean> {
  const link = linkOf(node);
  if (!link || !isSafeLink(link)) {
    void vscode.window.showWarningMessage(vscode.l10n.t('This entry has no web link to open. Links must start with https://, http:// or mailto:.'));
    return false;
  }
  return vscode.env.openExternal(vscode.Uri.parse(link, true));
}
