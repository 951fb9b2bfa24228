/** Per-file nodes: the file itself in multi-root workspaces, its problems, and plain messages. */
import * as vscode from 'vscode';
import { viewItem } from '../contributions/viewItems';
import { CommandId } from '../contributions/commandIds';
import { needsAction } from '../model/needsAction';
import { groupByStage } from '../model/pipeline';
import type { DateText } from '../model/dateText';
import type { JobSearchFile } from '../services/jobSearchStore';
import { NeedsActionNode, StageGroupNode } from './groupNodes';
import { icon, revealCommand, TreeNode } from './treeNode';

/**
 * The nodes for one file: problems first, then "Needs action", then one group per stage. A lone file without
 * applications or problems has none, so the view shows its welcome with Add Application and Open the Example.
 */
export function fileContents(file: JobSearchFile, dates: DateText, lookaheadDays: number, alone = false): TreeNode[] {
  const nodes: TreeNode[] = [];
  const { parsed } = file;
  if (file.readError) {
    nodes.push(new MessageNode(vscode.l10n.t('Could not read {0}', fileName(file.uri)), file.readError, icon('error', 'list.errorForeground'), viewItem('readError')));
    return nodes;
  }
  if (parsed.problems.some((problem) => problem.severity !== 'information')) nodes.push(new ProblemsNode(file));
  const actions = needsAction(parsed, dates.today, lookaheadDays);
  if (actions.length) nodes.push(new NeedsActionNode(file.uri, actions));
  nodes.push(...groupByStage(parsed).map((group) => new StageGroupNode(file.uri, group, dates, parsed.problems, parsed.people)));
  if (!parsed.applications.length) {
    if (alone && !parsed.problems.length) return [];
    const hint = parsed.problems.length ? vscode.l10n.t('Fix the problems above to see your applications') : vscode.l10n.t('No applications yet; select to add one');
    const command = parsed.problems.length
      ? { command: 'vscode.open', title: vscode.l10n.t('Open'), arguments: [file.uri] }
      : { command: CommandId.addApplication, title: vscode.l10n.t('Add application') };
    nodes.push(new MessageNode(hint, undefined, icon('info'), viewItem('empty'), command));
  }
  return nodes;
}

/** A workspace folder's file, the root of its section in multi-root workspaces. */
export class FileNode extends TreeNode {
  constructor(
    readonly file: JobSearchFile,
    private readonly dates: DateText,
    private readonly lookaheadDays: number,
  ) {
    super();
  }

  override children(): TreeNode[] {
    return fileContents(this.file, this.dates, this.lookaheadDays);
  }

  treeItem(): vscode.TreeItem {
    const { uri, folder } = this.file;
    const item = new vscode.TreeItem(folder?.name ?? fileName(uri), vscode.TreeItemCollapsibleState.Expanded);
    item.id = `${uri.toString()}#file`;
    item.description = folder ? vscode.workspace.asRelativePath(uri, false) : undefined;
    item.resourceUri = uri;
    item.iconPath = icon('briefcase');
    this.setTooltip([uri.scheme === 'file' ? uri.fsPath : uri.toString()]);
    item.contextValue = viewItem('file');
    return item;
  }
}

/** "N problems": shown instead of an empty view when the file is broken; clicking it goes to the first one. */
export class ProblemsNode extends TreeNode {
  constructor(readonly file: JobSearchFile) {
    super();
  }

  treeItem(): vscode.TreeItem {
    const problems = this.file.parsed.problems.filter((problem) => problem.severity !== 'information');
    const errors = problems.filter((problem) => problem.severity === 'error').length;
    const first = problems[0]!;
    const label = problems.length === 1 ? vscode.l10n.t('1 problem in {0}', fileName(this.file.uri)) : vscode.l10n.t('{0} problems in {1}', problems.length, fileName(this.file.uri));
    const item = new vscode.TreeItem(label, vscode.TreeItemCollapsibleState.None);
    item.description = vscode.l10n.t('line {0}: {1}', first.range.start.line + 1, first.message);
    this.setTooltip(problems.slice(0, 20).map((problem) => vscode.l10n.t('Line {0}: {1}', problem.range.start.line + 1, problem.message)));
    item.iconPath = errors ? icon('error', 'list.errorForeground') : icon('warning', 'list.warningForeground');
    item.contextValue = viewItem('problems');
    item.command = revealCommand(this.file.uri, first.span, vscode.l10n.t('Go to the first problem'));
    return item;
  }
}

/** A single line of text, for empty or unreadable files. */
export class MessageNode extends TreeNode {
  constructor(
    private readonly label: string,
    private readonly detail: string | undefined,
    private readonly iconPath: vscode.ThemeIcon,
    private readonly contextValue: string,
    private readonly command?: vscode.Command,
  ) {
    super();
  }

  treeItem(): vscode.TreeItem {
    const item = new vscode.TreeItem(this.label, vscode.TreeItemCollapsibleState.None);
    item.description = this.detail;
    this.setTooltip([this.label, this.detail ?? ''].filter(Boolean));
    item.iconPath = this.iconPath;
    item.contextValue = this.contextValue;
    item.command = this.command;
    return item;
  }
}

function fileName(uri: vscode.Uri): string {
  return uri.path.slice(uri.path.lastIndexOf('/') + 1);
}
