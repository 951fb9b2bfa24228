/** The Training Plan tree: skills with progress and checkable items, then the gaps without a plan. */
import * as vscode from 'vscode';
import { CommandId } from '../contributions/commandIds';
import { dateText, type DateText } from '../model/dateText';
import { skillGaps, skillKey } from '../model/trainingPlan';
import type { JobSearchFile, JobSearchStore } from '../services/jobSearchStore';
import { SkillNode, TrainingItemNode, UnplannedGapsNode } from './trainingNodes';
import { icon, TreeNode } from './treeNode';
import { TreeProvider } from './treeProvider';

/** One file's section in multi-root workspaces. */
class TrainingFileNode extends TreeNode {
  constructor(
    private readonly file: JobSearchFile,
    private readonly dates: DateText,
  ) {
    super();
  }

  override children(): TreeNode[] {
    return trainingContents(this.file, this.dates);
  }

  treeItem(): vscode.TreeItem {
    const item = new vscode.TreeItem(this.file.folder?.name ?? this.file.uri.path, vscode.TreeItemCollapsibleState.Expanded);
    item.id = `${this.file.uri.toString()}#training-file`;
    item.iconPath = icon('briefcase');
    this.setTooltip([vscode.workspace.asRelativePath(this.file.uri)]);
    return item;
  }
}

/** The skills of one file, most often named first, then the unplanned gaps. */
function trainingContents(file: JobSearchFile, dates: DateText): TreeNode[] {
  const gaps = skillGaps(file.parsed);
  const byKey = new Map(gaps.map((gap) => [gap.key, gap]));
  const planned = file.parsed.training.map((entry) => new SkillNode(file.uri, entry, byKey.get(skillKey(entry.skill)), dates));
  const unplanned = gaps.filter((gap) => !gap.training && gap.mentions.some((mention) => mention.origin !== 'feedback'));
  return [...planned, ...(unplanned.length ? [new UnplannedGapsNode(file.uri, unplanned)] : [])];
}

/** Feeds the Training Plan view. */
export class TrainingTreeProvider extends TreeProvider {
  constructor(store: JobSearchStore) {
    super(store, 'the Training Plan view');
  }

  protected roots(): TreeNode[] {
    const dates = dateText(this.store.today, vscode.env.language);
    const files = this.store.files;
    if (files.length === 1) return trainingContents(files[0]!, dates);
    return files.filter((file) => file.parsed.training.length || file.parsed.applications.length).map((file) => new TrainingFileNode(file, dates));
  }
}

/** Connects a tree view's checkboxes to the toggle command, the same write-back as its CodeLens and the dashboard. */
export function handleCheckboxes(view: vscode.TreeView<TreeNode>): vscode.Disposable {
  return view.onDidChangeCheckboxState(async (event) => {
    for (const [node, state] of event.items) {
      if (!(node instanceof TrainingItemNode)) continue;
      await vscode.commands.executeCommand(CommandId.toggleTrainingItem, { uri: node.uri, entry: node.entry, item: node.item, done: state === vscode.TreeItemCheckboxState.Checked });
    }
  });
}
