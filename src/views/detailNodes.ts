/** The leaves under an application: contacts, interviews, follow-ups, feedback and reflections. */
import * as vscode from 'vscode';
import { followUpState } from '../model/followUpState';
import { viewItem } from '../contributions/viewItems';
import type { DateText } from '../model/dateText';
import type { Application, Contact, Feedback, FollowUp, Interview, Reflection } from '../model/jobSearch';
import type { Span } from '../model/problem';
import { summarizeContact, summarizeFeedback, summarizeFollowUp, summarizeInterview, summarizeReflection, type Summary } from '../model/summaries';
import { icon, revealCommand, TreeNode } from './treeNode';

/** A leaf drawn from a summary, revealing its entry on click. */
export class DetailNode extends TreeNode {
  constructor(
    readonly uri: vscode.Uri,
    private readonly span: Span,
    private readonly summary: Summary,
    private readonly iconPath: vscode.ThemeIcon,
    private readonly contextValue: string,
  ) {
    super();
  }

  treeItem(): vscode.TreeItem {
    const item = new vscode.TreeItem(this.summary.label, vscode.TreeItemCollapsibleState.None);
    item.description = this.summary.description;
    this.setTooltip(() => this.summary.details);
    item.iconPath = this.iconPath;
    item.contextValue = this.contextValue;
    item.command = revealCommand(this.uri, this.span);
    return item;
  }
}

/** A person at the company. */
export class ContactNode extends DetailNode {
  constructor(uri: vscode.Uri, readonly contact: Contact) {
    super(uri, contact.span, summarizeContact(contact), icon('person'), viewItem('contact', !!contact.linkedin && 'hasLink'));
  }
}

/** A past or upcoming interview. */
export class InterviewNode extends DetailNode {
  constructor(
    uri: vscode.Uri,
    readonly application: Application,
    readonly interview: Interview,
    dates: DateText,
  ) {
    const upcoming = !!interview.date && interview.date >= dates.today;
    super(uri, interview.span, summarizeInterview(interview, dates), icon(upcoming ? 'calendar' : 'comment-discussion'), viewItem('interview', !!interview.prep && 'hasPrep'));
  }
}

/** A follow-up message: due or overdue, sent and awaiting a reply, answered, or skipped. */
export class FollowUpNode extends DetailNode {
  constructor(
    uri: vscode.Uri,
    readonly application: Application,
    readonly followUp: FollowUp,
    readonly followUpIndex: number,
    dates: DateText,
  ) {
    const state = followUpState(followUp);
    const overdue = state === 'to-send' && !!followUp.due && followUp.due < dates.today;
    const glyph =
      state === 'replied' ? icon('reply', 'testing.iconPassed')
      : state === 'awaiting-reply' ? icon('pass', 'testing.iconPassed')
      : state === 'skipped' ? icon('debug-step-over')
      : overdue ? icon('mail', 'list.warningForeground') : icon('mail');
    super(uri, followUp.span, summarizeFollowUp(followUp, dates), glyph, followUpViewItem(followUp));
  }
}

/** What someone at the company said about the outcome. */
export class FeedbackNode extends DetailNode {
  constructor(uri: vscode.Uri, readonly feedback: Feedback, dates: DateText) {
    super(uri, feedback.span, summarizeFeedback(feedback, dates), icon('feedback'), viewItem('feedback'));
  }
}

/** A note written after an interview. */
export class ReflectionNode extends DetailNode {
  constructor(uri: vscode.Uri, readonly reflection: Reflection, dates: DateText) {
    super(uri, reflection.span, summarizeReflection(reflection, dates), icon('lightbulb'), viewItem('reflection'));
  }
}

/** The words of a follow-up row: Mark sent, Skip and Reschedule while it is to send, Reply received while awaited. */
function followUpViewItem(followUp: FollowUp): string {
  const state = followUpState(followUp);
  if (state === 'to-send') return viewItem('followUp', 'unsent');
  if (state === 'skipped') return viewItem('followUp', 'skipped');
  return viewItem('followUp', 'sent', state === 'awaiting-reply' ? 'awaitingReply' : 'replied');
}

/** A file kept with the application, the saved posting or the résumé sent; opens the file, or reveals a résumé tag in the file. */
export class AttachmentNode extends TreeNode {
  constructor(
    readonly uri: vscode.Uri,
    readonly application: Application,
    private readonly kind: 'posting' | 'resume',
  ) {
    super();
  }

  treeItem(): vscode.TreeItem {
    const value = (this.kind === 'posting' ? this.application.posting : this.application.resume)!.trim();
    const label = this.kind === 'posting' ? vscode.l10n.t('Posting') : vscode.l10n.t('Résumé sent');
    const item = new vscode.TreeItem(label, vscode.TreeItemCollapsibleState.None);
    item.description = value;
    item.iconPath = icon(this.kind === 'posting' ? 'file-text' : 'account');
    item.contextValue = viewItem(this.kind);
    // A path (it has an extension) opens; a tag such as "v3-backend" is a word in the file.
    const isPath = /\.[a-z0-9]{1,5}$/i.test(value) && !/^[a-z][a-z0-9+.-]*:/i.test(value);
    const target = vscode.Uri.joinPath(this.uri, '..', value);
    this.setTooltip(() => [label, value]);
    item.command = isPath ? { command: 'vscode.open', title: vscode.l10n.t('Open'), arguments: [target] } : revealCommand(this.uri, this.application.fields.company ?? this.application.span);
    if (isPath) item.resourceUri = target;
    return item;
  }
}
