/** The Applications tree: adapts the store's parsed files into nodes and refreshes when they change. */
import * as vscode from 'vscode';
import { toIsoDate } from '../model/calendarDate';
import { dateText } from '../model/dateText';
import { readSettings } from '../config/settings';
import type { JobSearchStore } from '../services/jobSearchStore';
import { FileNode, fileContents } from './fileNodes';
import { guarded } from '../services/failureLog';
import { resolveTooltip, type TreeNode } from './treeNode';

/** Feeds the Applications view from the store; one section per file in multi-root workspaces. */
export class ApplicationsTreeProvider implements vscode.TreeDataProvider<TreeNode>, vscode.Disposable {
  private readonly changeEmitter = new vscode.EventEmitter<void>();
  private readonly subscription: vscode.Disposable;
  private midnight: ReturnType<typeof setTimeout> | undefined;

  readonly onDidChangeTreeData = this.changeEmitter.event;

  constructor(private readonly store: JobSearchStore) {
    this.subscription = store.onDidChange(() => this.changeEmitter.fire());
    this.scheduleMidnightRefresh();
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
    const dates = dateText(toIsoDate(new Date()), vscode.env.language);
    if (files.length === 1) return fileContents(files[0]!, dates, readSettings(files[0]!.folder).lookaheadDays, true);
    return files.map((file) => new FileNode(file, dates, readSettings(file.folder).lookaheadDays));
  }

  /** "Due tomorrow" becomes "due today" at midnight without any edit, so redraw then. */
  private scheduleMidnightRefresh(): void {
    const now = new Date();
    const next = new Date(now.getFullYear(), now.getMonth(), now.getDate() + 1, 0, 0, 5);
    this.midnight = setTimeout(() => {
      this.changeEmitter.fire();
      this.scheduleMidnightRefresh();
    }, next.getTime() - now.getTime());
  }

  dispose(): void {
    clearTimeout(this.midnight);
    this.subscription.dispose();
    this.changeEmitter.dispose();
  }
}
