import * as assert from 'node:assert/strict';
import type * as vscode from 'vscode';
import { TreeNode } from '../../../src/views/treeNode';
import { api, jobSearchUri, lenses, rows } from '../support/host';

/** A node whose every call fails, as a bug in one kind of row would. */
class BrokenNode extends TreeNode {
  treeItem(): vscode.TreeItem {
    throw new Error('row drawing broke');
  }

  override children(): TreeNode[] {
    throw new Error('children broke');
  }
}

suite('fault tolerance', () => {
  test('a part that fails shows nothing, logs to the Job Search output, and the other views keep working', async () => {
    const { applicationsTree, trainingTree, recentFailures } = await api();
    const broken = new BrokenNode();
    assert.deepEqual(await applicationsTree.getChildren(broken), []);
    assert.deepEqual(await trainingTree.getChildren(broken), []);
    const item = applicationsTree.getTreeItem(broken) as vscode.TreeItem;
    assert.match(String(item.label), /could not be shown; see the Job Search output/);
    const failures = recentFailures();
    assert.ok(failures.some((failure) => failure === 'Listing the Applications view: children broke'), failures.join('\n'));
    assert.ok(failures.some((failure) => failure === 'Drawing a row of the Applications view: row drawing broke'), failures.join('\n'));
    // Everything else still answers from the same store.
    assert.ok((await rows(applicationsTree)).some((row) => row.label === 'Needs action'));
    assert.ok((await rows(trainingTree)).length > 0);
    assert.ok((await lenses(jobSearchUri())).length > 0);
  });
});
