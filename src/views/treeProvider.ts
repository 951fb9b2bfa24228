/** What the Applications and Training Plan views share: redraw on a file change or a new day, and no row that throws. */
import * as vscode from 'vscode';
import { guarded } from '../services/failureLog';
import type { JobSearchStore } from '../services/jobSearchStore';
import { Disposable } from '../services/lifecycle';
import { resolveTooltip, type TreeNode } from './treeNode';

/** A tree fed by the store; subclasses give the top-level rows. */
export abstract class TreeProvider extends Disposable implements vscode.TreeDataProvider<TreeNode> {
  private readonly changeEmitter = this.register(new vscode.EventEmitter<void>());
  readonly onDidChangeTreeData = this.changeEmitter.event;

  /** `viewName` names the view in the failure log ("the Applications view"). */
  constructor(
    protected readonly store: JobSearchStore,
    private readonly viewName: string,
  ) {
    super();
    this.register(store.onDidChange(() => this.changeEmitter.fire()));
    // "Due tomorrow" becomes "due today", and a target "overdue", at midnight without any edit.
    this.register(store.onDidChangeDay(() => this.changeEmitter.fire()));
  }

  /** The top-level rows, once the store has found its files. */
  protected abstract roots(): TreeNode[];

  getTreeItem(node: TreeNode): vscode.TreeItem {
    return guarded(`Drawing a row of ${this.viewName}`, new vscode.TreeItem(vscode.l10n.t('(this entry could not be shown; see the Job Search output)')), () => node.treeItem());
  }

  resolveTreeItem(item: vscode.TreeItem, node: TreeNode): vscode.TreeItem {
    return resolveTooltip(item, node);
  }

  getChildren(node?: TreeNode): Promise<TreeNode[]> {
    return guarded(`Listing ${this.viewName}`, [], async () => {
      if (node) return node.children();
      // Waiting for discovery keeps the welcome view from flashing before the file is found.
      await this.store.ready();
      return this.roots();
    });
  }
}
