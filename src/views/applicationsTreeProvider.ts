/** The Applications tree: adapts the store's parsed files into nodes and refreshes when they change. */
import * as vscode from 'vscode';
import { readSettings } from '../config/settings';
import { dateText } from '../model/dateText';
import type { JobSearchStore } from '../services/jobSearchStore';
import { FileNode, fileContents } from './fileNodes';
import { TreeProvider } from './treeProvider';
import type { TreeNode } from './treeNode';

/** Feeds the Applications view from the store; one section per file in multi-root workspaces. */
export class ApplicationsTreeProvider extends TreeProvider {
  constructor(store: JobSearchStore) {
    super(store, 'the Applications view');
  }

  protected roots(): TreeNode[] {
    const files = this.store.files;
    const dates = dateText(this.store.today, vscode.env.language);
    if (files.length === 1) return fileContents(files[0]!, dates, readSettings(files[0]!.folder).lookaheadDays, true);
    return files.map((file) => new FileNode(file, dates, readSettings(file.folder).lookaheadDays));
  }
}
