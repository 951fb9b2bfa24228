/** Nodes of the Training Plan tree: a skill with its progress, its checklist items, and gaps not yet planned. */
import * as vscode from 'vscode';
import type { DateText } from '../model/dateText';
import type { TrainingEntry, TrainingItem } from '../model/jobSearch';
import { applicationCount, overdueDays, progressOf, type SkillGap } from '../model/trainingPlan';
import { icon, revealCommand, TreeNode } from './treeNode';

const seen = (gap: SkillGap | undefined): string | undefined => {
  const count = gap ? applicationCount(gap) : 0;
  return count > 1 ? `seen in ${count} applications` : undefined;
};

/** A skill being trained: "3/5", the target date, how often the gap came up. */
export class SkillNode extends TreeNode {
  constructor(
    readonly uri: vscode.Uri,
    readonly entry: TrainingEntry,
    readonly gap: SkillGap | undefined,
    private readonly dates: DateText,
  ) {
    super();
  }

  override children(): TreeNode[] {
    return this.entry.items.map((item) => new TrainingItemNode(this.uri, this.entry, item, this.dates));
  }

  treeItem(): vscode.TreeItem {
    const { entry } = this;
    const { done, total } = progressOf(entry);
    const overdue = overdueDays(entry, this.dates.today);
    const item = new vscode.TreeItem(entry.skill, total ? vscode.TreeItemCollapsibleState.Expanded : vscode.TreeItemCollapsibleState.None);
    item.id = `${this.uri.toString()}#training-${entry.index}`;
    const target = entry.target ? (overdue ? `target ${this.dates.day(entry.target)}, ${overdue} day${overdue === 1 ? '' : 's'} overdue` : `target ${this.dates.relative(entry.target)}`) : undefined;
    item.description = [`${done}/${total}`, target, seen(this.gap)].filter(Boolean).join(' · ');
    item.iconPath = total && done === total ? icon('pass-filled', 'testing.iconPassed') : overdue ? icon('warning', 'list.warningForeground') : icon('mortar-board');
    this.setTooltip([
      `${entry.skill}: ${done} of ${total} done`,
      ...(entry.target ? [`Target: ${this.dates.day(entry.target)}${overdue ? ` (overdue by ${overdue} days)` : ''}`] : []),
      ...entry.sources.map((source) => `From: ${source}`),
      ...(this.gap ? [`Named ${this.gap.mentions.length} time${this.gap.mentions.length === 1 ? '' : 's'} in reflections, skill gaps and feedback`] : []),
    ]);
    item.contextValue = 'skill';
    item.command = revealCommand(this.uri, entry.span);
    return item;
  }
}

/** One checklist item, ticked with a native checkbox. */
export class TrainingItemNode extends TreeNode {
  constructor(
    readonly uri: vscode.Uri,
    readonly entry: TrainingEntry,
    readonly item: TrainingItem,
    private readonly dates: DateText,
  ) {
    super();
  }

  treeItem(): vscode.TreeItem {
    const { item } = this;
    const node = new vscode.TreeItem(item.task, vscode.TreeItemCollapsibleState.None);
    node.id = `${this.uri.toString()}#training-${this.entry.index}-${item.index}`;
    node.checkboxState = item.done ? vscode.TreeItemCheckboxState.Checked : vscode.TreeItemCheckboxState.Unchecked;
    node.description = item.done && item.doneOn ? `done ${this.dates.relative(item.doneOn)}` : undefined;
    this.setTooltip([item.task, item.done ? `Done${item.doneOn ? ` on ${this.dates.day(item.doneOn)}` : ''}` : 'Not done yet']);
    node.contextValue = item.done ? 'trainingItem done' : 'trainingItem';
    node.command = revealCommand(this.uri, item.span);
    return node;
  }
}

/** The gaps that came up in reflections or skill gaps but have no training entry yet. */
export class UnplannedGapsNode extends TreeNode {
  constructor(
    readonly uri: vscode.Uri,
    readonly gaps: readonly SkillGap[],
  ) {
    super();
  }

  override children(): TreeNode[] {
    return this.gaps.map((gap) => new GapNode(this.uri, gap));
  }

  treeItem(): vscode.TreeItem {
    const item = new vscode.TreeItem('Gaps without a plan', vscode.TreeItemCollapsibleState.Expanded);
    item.id = `${this.uri.toString()}#unplanned`;
    item.description = String(this.gaps.length);
    item.iconPath = icon('lightbulb');
    this.setTooltip(['Skills your reflections and notes say to work on, with no training entry yet']);
    item.contextValue = 'unplannedGaps';
    return item;
  }
}

/** A gap not yet in the plan; its inline action adds it. */
export class GapNode extends TreeNode {
  constructor(
    readonly uri: vscode.Uri,
    readonly gap: SkillGap,
  ) {
    super();
  }

  treeItem(): vscode.TreeItem {
    const { gap } = this;
    const item = new vscode.TreeItem(gap.skill, vscode.TreeItemCollapsibleState.None);
    const count = applicationCount(gap);
    item.description = count > 1 ? `seen in ${count} applications` : gap.mentions[0]?.source;
    item.iconPath = icon('circle-large-outline');
    this.setTooltip([gap.skill, ...gap.mentions.map((mention) => `From: ${mention.source}`)]);
    item.contextValue = 'gap';
    const first = gap.mentions[0];
    if (first) item.command = revealCommand(this.uri, first.span);
    return item;
  }
}
