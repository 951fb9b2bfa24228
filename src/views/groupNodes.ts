/** The tree's groups: "Needs action" with its items, and one group per stage. */
import * as vscode from 'vscode';
import { viewItem } from '../contributions/viewItems';
import type { DateText } from '../model/dateText';
import type { ActionItem } from '../model/needsAction';
import type { Person } from '../model/jobSearch';
import type { StageGroup } from '../model/pipeline';
import { problemsWithin, type Problem } from '../model/problem';
import { summarizeAction } from '../model/summaries';
import { CLOSED_STATUSES, STATUS_LABELS } from '../model/vocabulary';
import { ApplicationNode, statusIcon } from './applicationNode';
import { icon, revealCommand, TreeNode } from './treeNode';

/** The group at the top: what is due, overdue or coming up. */
export class NeedsActionNode extends TreeNode {
  constructor(
    private readonly uri: vscode.Uri,
    readonly items: readonly ActionItem[],
  ) {
    super();
  }

  /** The most urgent entries shown at once; the rest wait under one "N more" row, so the stages stay in sight. */
  static readonly SHOWN = 8;

  override children(): TreeNode[] {
    const shown = this.items.slice(0, NeedsActionNode.SHOWN).map((item): TreeNode => new ActionItemNode(this.uri, item));
    const rest = this.items.slice(NeedsActionNode.SHOWN);
    return rest.length ? [...shown, new MoreActionsNode(this.uri, rest)] : shown;
  }

  treeItem(): vscode.TreeItem {
    const item = new vscode.TreeItem(vscode.l10n.t('Needs action'), vscode.TreeItemCollapsibleState.Expanded);
    item.id = `${this.uri.toString()}#needs-action`;
    item.description = String(this.items.length);
    const overdue = this.items.some((entry) => entry.days < 0);
    item.iconPath = icon('bell-dot', overdue ? 'list.warningForeground' : undefined);
    this.setTooltip([vscode.l10n.t('{0} to do: follow-ups due or overdue, and interviews coming up', this.items.length)]);
    item.contextValue = viewItem('needsAction');
    return item;
  }
}

/** The less urgent rest of "Needs action", folded. */
export class MoreActionsNode extends TreeNode {
  constructor(
    private readonly uri: vscode.Uri,
    readonly items: readonly ActionItem[],
  ) {
    super();
  }

  override children(): TreeNode[] {
    return this.items.map((item) => new ActionItemNode(this.uri, item));
  }

  treeItem(): vscode.TreeItem {
    const item = new vscode.TreeItem(vscode.l10n.t('{0} more', this.items.length), vscode.TreeItemCollapsibleState.Collapsed);
    item.id = `${this.uri.toString()}#needs-action-more`;
    item.iconPath = icon('ellipsis');
    this.setTooltip([vscode.l10n.t('{0} more to do, less urgent than the ones above', this.items.length)]);
    item.contextValue = viewItem('needsActionMore');
    return item;
  }
}

/** One follow-up to write or interview to prepare for. */
export class ActionItemNode extends TreeNode {
  constructor(
    readonly uri: vscode.Uri,
    readonly action: ActionItem,
  ) {
    super();
  }

  treeItem(): vscode.TreeItem {
    const summary = summarizeAction(this.action);
    // The company leads: at the view's usual width the end of the row is cut off, and whose it is matters most.
    const item = new vscode.TreeItem(summary.byCompany.label, vscode.TreeItemCollapsibleState.None);
    item.description = summary.byCompany.description;
    this.setTooltip(() => summary.details);
    const overdue = this.action.days < 0;
    const action = this.action;
    if (action.kind === 'person') {
      item.iconPath = icon('person', overdue ? 'list.warningForeground' : undefined);
      item.contextValue = viewItem('action', 'person', 'due', overdue && 'overdue', !!action.person.linkedin && 'hasLink');
      item.command = revealCommand(this.uri, action.person.span);
      return item;
    }
    if (action.kind === 'wayBack') {
      item.iconPath = icon('debug-step-back');
      item.contextValue = viewItem('action', 'wayBack', action.application.status && `status-${action.application.status}`);
      item.command = revealCommand(this.uri, action.application.span);
      return item;
    }
    item.iconPath = action.kind === 'interview' ? icon('calendar') : icon('mail', overdue ? 'list.warningForeground' : undefined);
    item.contextValue = action.kind === 'interview' ? viewItem('action', 'interview', action.interview.prep ? 'hasPrep' : 'noPrep') : viewItem('action', 'followUp', 'unsent', overdue && 'overdue');
    item.command = revealCommand(this.uri, (action.kind === 'interview' ? action.interview : action.followUp).span);
    return item;
  }
}

/** All applications in one stage, with a count. */
export class StageGroupNode extends TreeNode {
  constructor(
    private readonly uri: vscode.Uri,
    readonly group: StageGroup,
    private readonly dates: DateText,
    private readonly problems: readonly Problem[],
    private readonly people: readonly Person[] = [],
  ) {
    super();
  }

  override children(): TreeNode[] {
    return this.group.applications.map((application) => {
      return new ApplicationNode(this.uri, application, this.dates, problemsWithin(this.problems, application.span), this.people);
    });
  }

  treeItem(): vscode.TreeItem {
    const { status, applications } = this.group;
    // Closed stages stay folded so the active pipeline is what the user sees first.
    const state = status && CLOSED_STATUSES.has(status) ? vscode.TreeItemCollapsibleState.Collapsed : vscode.TreeItemCollapsibleState.Expanded;
    const item = new vscode.TreeItem(status ? STATUS_LABELS[status] : vscode.l10n.t('Unknown status'), state);
    item.id = `${this.uri.toString()}#stage-${status ?? 'unknown'}`;
    item.description = String(applications.length);
    item.iconPath = icon(statusIcon(status), status ? undefined : 'list.errorForeground');
    this.setTooltip([applications.length === 1 ? vscode.l10n.t('1 application') : vscode.l10n.t('{0} applications', applications.length)]);
    item.contextValue = viewItem('stage', `status-${status ?? 'unknown'}`);
    return item;
  }
}
