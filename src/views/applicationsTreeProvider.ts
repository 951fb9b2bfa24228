/** The Applications tree: adapts the store's parsed files into nodes and refreshes when they change. */
import * as vscode from 'vscode';
import { dateText } from '../model/dateText';
import { readSettings } from '../config/settings';
import type { JobSearchStore } from '../services/jobSearchStore';
import { FileNode, fileContents } from './fileNodes';
import { guarded } from '../services/failureLog';
import { resolveTooltip, type TreeNode } from './treeNode';

/** Feeds the Applications view from the store; one section per file in multi-root workspaces. */
export class ApplicationsTreeProvider implements vscode.TreeDataProvider<TreeNode>, vscode.Disposable {
  private readonly changeEmitter = new vscode.EventEmitter<void>();
  private readonly subscriptions: vscode.Disposable[];

  readonly onDidChangeTreeData = this.changeEmitter.event;

  constructor(private readonly store: JobSearchStore) {
    // "Due tomorrow" becomes "due today" at midnight without any edit, so the day's change redraws too.
    this.subscriptions = [store.onDidChange(() => this.changeEmitter.fire()), store.onDidChangeDay(() => this.changeEmitter.fire())];
  }

  getTreeItem(node: TreeNode): vscode.TreeItem {
    return guarded('Drawing a row of the Applications view', new vscode.TreeItem(vscode.l10n.t('(this entry could not be shown; see the Job Search output)')), () => node.treeItem());
  }

  resolveTreeItem(item: vscode.TreeItem, node: TreeNode): vscode.TreeItem {
    return resolveTooltip(item, node);
  }

  getChildren(node?: TreeNode): Promise<TreeNode[]> {
    return guarded('Listing the Applications view', [], () => this.children(node));
  }

  private async children(node?: TreeNode): Promise<TreeNode[]> {
    if (node) return node.children();
    // Waiting for discovery keeps the welcome view from flashing before the file is found.
    await this.store.ready();
    const files = this.store.files;
    const dates = dateText(this.store.today, vscode.env.language);
    if (files.length === 1) return fileContents(files[0]!, dates, readSettings(files[0]!.folder).lookaheadDays, true);
    return files.map((file) => new FileNode(file, dates, readSettings(file.folder).lookaheadDays));
  }

  dispose(): void {
    vscode.Disposable.from(...this.subscriptions).dispose();
    this.changeEmitter.dispose();
  }
}
