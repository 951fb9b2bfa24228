/** Remembers which untitled editors are drafts and what they answer, so Copy, Mail and Mark as sent know their target. */
import * as vscode from 'vscode';
import { ContextKey } from '../contributions/contextKeys';
import { Disposable } from './lifecycle';
import type { FollowUpRef } from '../model/applicationRef';
import type { DraftHint } from '../model/renderDraft';
import type { IsoDate } from '../model/jobSearch';
import type { TouchKind } from '../model/vocabulary';

/** What a draft document was written for. */
export interface DraftInfo {
  /** The job-search file the follow-up lives in. */
  readonly fileUri: vscode.Uri;
  /** The follow-up Mark as sent records, when the draft answers one of an application. */
  readonly ref?: FollowUpRef;
  /** The touch Mark as sent logs, when the message goes to someone listed under `people`; `next` undefined leaves their next date. */
  readonly touch?: { readonly person: string; readonly kind: TouchKind; readonly application?: string; readonly next?: IsoDate | null };
  /** The recipient's email, when the contact has one. */
  readonly to?: string;
  /** A short description for messages ("thank-you note to Jamie Lee at Acme Corp"). */
  readonly label: string;
  /** What Mark as sent records: the message sent, or the one nudge about a message already sent. */
  readonly records: 'sent' | 'nudged';
  /** The template's character limit, when it has one. */
  readonly maxLength?: number;
  /** Each unedited hint with the text around it, as inserted; still present means still unedited. */
  readonly hints: readonly DraftHint[];
}

/** The open drafts; sets ContextKey.draftActive while one is the active editor. */
export class DraftRegistry extends Disposable {
  private readonly drafts = new Map<string, DraftInfo>();
  private readonly changeEmitter = this.register(new vscode.EventEmitter<void>());

  /** Fires when a draft opens or closes. */
  readonly onDidChange = this.changeEmitter.event;

  constructor() {
    super();
    this.register(
      vscode.workspace.onDidCloseTextDocument((document) => {
        if (this.drafts.delete(document.uri.toString())) this.changeEmitter.fire();
      }),
    );
    this.register(vscode.window.onDidChangeActiveTextEditor(() => this.updateContext()));
  }

  /** Records that `document` is a draft for `info`. */
  add(document: vscode.TextDocument, info: DraftInfo): void {
    this.drafts.set(document.uri.toString(), info);
    this.changeEmitter.fire();
    this.updateContext();
  }

  /** How many drafts are open. */
  get size(): number {
    return this.drafts.size;
  }

  /** The draft behind `document`, if it is one. */
  get(document: vscode.TextDocument | undefined): DraftInfo | undefined {
    return document ? this.drafts.get(document.uri.toString()) : undefined;
  }

  private updateContext(): void {
    void vscode.commands.executeCommand('setContext', ContextKey.draftActive, !!this.get(vscode.window.activeTextEditor?.document));
  }
}
