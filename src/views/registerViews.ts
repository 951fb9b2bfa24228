/** Creates the Applications, People and Training Plan views and the status bar item, all fed by the store. */
import * as vscode from 'vscode';
import type { JobSearchStore } from '../services/jobSearchStore';
import { ApplicationsTreeProvider } from './applicationsTreeProvider';
import { DueFollowUpsStatusBar } from './dueFollowUpsStatusBar';
import { PeopleTreeProvider } from './peopleTreeProvider';
import type { TreeNode } from './treeNode';
import { handleCheckboxes, TrainingTreeProvider } from './trainingTreeProvider';

/** The views, for the commands that read them and for the integration tests. */
export interface Views {
  readonly applicationsTree: ApplicationsTreeProvider;
  readonly trainingTree: TrainingTreeProvider;
  readonly trainingView: vscode.TreeView<TreeNode>;
  readonly peopleTree: PeopleTreeProvider;
  readonly peopleView: vscode.TreeView<TreeNode>;
  readonly statusBar: DueFollowUpsStatusBar;
}

/** Registers the views; the Disposable removes them all. */
export function registerViews(store: JobSearchStore): { readonly views: Views; readonly disposable: vscode.Disposable } {
  const applicationsTree = new ApplicationsTreeProvider(store);
  const trainingTree = new TrainingTreeProvider(store);
  // Checkboxes write the file through the toggle command, so VS Code must not tick them on its own first.
  const trainingView = vscode.window.createTreeView('jobSearch.training', { treeDataProvider: trainingTree, manageCheckboxStateManually: true });
  const peopleTree = new PeopleTreeProvider(store);
  const peopleView = vscode.window.createTreeView('jobSearch.people', { treeDataProvider: peopleTree, showCollapseAll: true });
  const statusBar = new DueFollowUpsStatusBar(store);
  const disposable = vscode.Disposable.from(
    applicationsTree,
    trainingTree,
    statusBar,
    vscode.window.createTreeView('jobSearch.applications', { treeDataProvider: applicationsTree, showCollapseAll: true }),
    trainingView,
    handleCheckboxes(trainingView),
    peopleTree,
    peopleView,
  );
  return { views: { applicationsTree, trainingTree, trainingView, peopleTree, peopleView, statusBar }, disposable };
}
