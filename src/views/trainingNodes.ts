/** Nodes of the Training Plan tree: a skill with its progress, its checklist items, and gaps not yet planned. */
import * as vscode from 'vscode';
import { viewItem } from '../contributions/viewItems';
import type { DateText } from '../model/dateText';
import type { TrainingEntry, TrainingItem } from '../model/jobSearch';
import { describeTarget } from '../model/relativeDates';
import { applicationCount, overdueDays, progressOf, type SkillGap } from '../model/trainingPlan';
import { icon, revealCommand, TreeNode } from './treeNode';

const seen = (gap: SkillGap | undefined): string | undefined => {
  const count = gap ? applicationCount(gap) : 0;
  return count > 1 ? vscode.l10n.t('seen in {0} applications', count) : undefined;
};

const targetLine = (day: string, overdue: number): string =>
  !overdue ? vscode.l10n.t('Target: {0}', day) : overdue === 1 ? vscode.l10n.t('Target: {0} (overdue by 1 day)', day) : vscode.l10n.t('Target: {0} (overdue by {1} days)', day, overdue);

const mentionsLine = (times: number): string =>
  times === 1 ? vscode.l10n.t('Named once in reflections, skill gaps and feedback') : vscode.l10n.t('Named {0} times in reflections, skill gaps and feedback', times);

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
    const target = entry.target ? describeTarget(entry.target, overdue, this.dates) : undefined;
    item.description = [`${done}/${total}`, target, seen(this.gap)].filter(Boolean).join(' · ');
    item.iconPath = total && done === total ? icon('pass-filled', 'testing.iconPassed') : overdue ? icon('warning', 'list.warningForeground') : icon('mortar-board');
    this.setTooltip([
      vscode.l10n.t('{0}: {1} of {2} done', entry.skill, done, total),
      ...(entry.target ? [targetLine(this.dates.day(entry.target), overdue)] : []),
      ...entry.sources.map((source) => vscode.l10n.t('From: {0}', source)),
      ...(this.gap ? [mentionsLine(this.gap.mentions.length)] : []),
    ]);
    item.contextValue = viewItem('skill');
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
    // The checkbox gets a name of its own, so a screen reader says what ticking it does.
    node.checkboxState = {
      state: item.done ? vscode.TreeItemCheckboxState.Checked : vscode.TreeItemCheckboxState.Unchecked,
      tooltip: item.done ? vscode.l10n.t('Mark not done') : vscode.l10n.t('Mark done'),
      accessibilityInformation: { label: item.done ? vscode.l10n.t('{0}, done', item.task) : vscode.l10n.t('{0}, not done', item.task), role: 'checkbox' },
    };
    node.description = item.done && item.doneOn ? vscode.l10n.t('done {0}', this.dates.relative(item.doneOn)) : undefined;
    const state = !item.done ? vscode.l10n.t('Not done yet') : item.doneOn ? vscode.l10n.t('Done on {0}', this.dates.day(item.doneOn)) : vscode.l10n.t('Done');
    this.setTooltip([item.task, state]);
    node.contextValue = viewItem('trainingItem', item.done && 'done');
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
    const item = new vscode.TreeItem(vscode.l10n.t('Gaps without a plan'), vscode.TreeItemCollapsibleState.Expanded);
    item.id = `${this.uri.toString()}#unplanned`;
    item.description = String(this.gaps.length);
    item.iconPath = icon('lightbulb');
    this.setTooltip([vscode.l10n.t('Skills your reflections and notes say to work on, with no training entry yet')]);
    item.contextValue = viewItem('unplannedGaps');
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
    item.description = seen(gap) ?? gap.mentions[0]?.source;
    item.iconPath = icon('circle-large-outline');
    this.setTooltip([gap.skill, ...gap.mentions.map((mention) => vscode.l10n.t('From: {0}', mention.source))]);
    item.contextValue = viewItem('gap');
    const first = gap.mentions[0];
    if (first) item.command = revealCommand(this.uri, first.span);
    return item;
  }
}
