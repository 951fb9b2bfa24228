/** One application in the tree, with its contacts, interviews, follow-ups, feedback and reflections as children. */
import * as vscode from 'vscode';
import { viewItem } from '../contributions/viewItems';
import type { DateText } from '../model/dateText';
import type { Application, Person } from '../model/jobSearch';
import { personOfContact, withPersonDetails } from '../model/network';
import type { Problem } from '../model/problem';
import { summarizeApplication } from '../model/summaries';
import { CLOSED_STATUSES, type Status } from '../model/vocabulary';
import { AttachmentNode, ContactNode, FeedbackNode, FollowUpNode, InterviewNode, ReflectionNode } from './detailNodes';
import { icon, revealCommand, TreeNode } from './treeNode';

/** The codicon for each stage. */
const STATUS_ICONS: Readonly<Record<Status, string>> = {
  wishlist: 'star-empty',
  applied: 'send',
  screening: 'call-outgoing',
  interviewing: 'comment-discussion',
  offer: 'gift',
  accepted: 'verified',
  rejected: 'circle-slash',
  withdrawn: 'debug-step-back',
  ghosted: 'question',
};

/** The codicon id for a stage, or a warning for an unknown one. */
export function statusIcon(status: Status | undefined): string {
  return status ? STATUS_ICONS[status] : 'warning';
}

/** An application: company as the label, role and stage age as the description. */
export class ApplicationNode extends TreeNode {
  constructor(
    readonly uri: vscode.Uri,
    readonly application: Application,
    private readonly dates: DateText,
    /** Errors and warnings inside this entry, shown on the node so broken entries stand out. */
    private readonly problems: readonly Problem[],
    /** The file's people, whose details a contact that names one of them shows. */
    private readonly people: readonly Person[] = [],
  ) {
    super();
  }

  override children(): TreeNode[] {
    const { uri, application, dates } = this;
    return [
      ...(application.posting?.trim() ? [new AttachmentNode(uri, application, 'posting')] : []),
      ...(application.resume?.trim() ? [new AttachmentNode(uri, application, 'resume')] : []),
      ...application.contacts.map((contact) => new ContactNode(uri, withPersonDetails(contact, personOfContact(this.people, contact)))),
      ...application.interviews.map((interview) => new InterviewNode(uri, application, interview, dates)),
      ...application.followUps.map((followUp, index) => new FollowUpNode(uri, application, followUp, index, dates)),
      ...application.feedback.map((feedback) => new FeedbackNode(uri, feedback, dates)),
      ...application.reflections.map((reflection) => new ReflectionNode(uri, reflection, dates)),
    ];
  }

  treeItem(): vscode.TreeItem {
    const { application } = this;
    const summary = summarizeApplication(application, this.dates);
    const hasChildren = !!application.posting?.trim() || !!application.resume?.trim() || application.contacts.length + application.interviews.length + application.followUps.length + application.reflections.length > 0;
    const item = new vscode.TreeItem(summary.label, hasChildren ? vscode.TreeItemCollapsibleState.Collapsed : vscode.TreeItemCollapsibleState.None);
    item.id = `${this.uri.toString()}#application-${application.index}`;
    const appliedBefore = this.problems.some((problem) => problem.code === 'applied-before');
    item.description = appliedBefore ? `${summary.description} · ${vscode.l10n.t('applied here before')}` : summary.description;
    const errors = this.problems.filter((problem) => problem.severity === 'error');
    const problems = this.problems;
    this.setTooltip(() => [...summary.details, ...problems.map((problem) => vscode.l10n.t('Line {0}: {1}', problem.range.start.line + 1, problem.message))]);
    item.iconPath = errors.length ? icon('warning', 'list.errorForeground') : icon(statusIcon(application.status));
    const open = !application.status || !CLOSED_STATUSES.has(application.status);
    item.contextValue = viewItem('application', `status-${application.status ?? 'unknown'}`, open && 'open', !!application.link && 'hasLink');
    item.command = revealCommand(this.uri, application.fields.company ?? application.span);
    return item;
  }
}
