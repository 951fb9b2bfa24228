/** The People view: who is due a touch first, then everyone by company. */
import * as vscode from 'vscode';
import { CommandId } from '../contributions/commandIds';
import { viewItem } from '../contributions/viewItems';
import { dateText, type DateText } from '../model/dateText';
import { networkIndex } from '../model/network';
import { peopleGroups } from '../model/peopleView';
import type { JobSearchFile, JobSearchStore } from '../services/jobSearchStore';
import { MessageNode } from './fileNodes';
import { PeopleGroupNode, type PeopleContext } from './peopleNodes';
import { icon, TreeNode } from './treeNode';
import { TreeProvider } from './treeProvider';

/** One file's people in multi-root workspaces. */
class PeopleFileNode extends TreeNode {
  constructor(
    private readonly file: JobSearchFile,
    private readonly dates: DateText,
  ) {
    super();
  }

  override children(): TreeNode[] {
    return peopleContents(this.file, this.dates);
  }

  treeItem(): vscode.TreeItem {
    const item = new vscode.TreeItem(this.file.folder?.name ?? this.file.uri.path, vscode.TreeItemCollapsibleState.Expanded);
    item.id = `${this.file.uri.toString()}#people-file`;
    item.iconPath = icon('briefcase');
    this.setTooltip([vscode.workspace.asRelativePath(this.file.uri)]);
    return item;
  }
}

/** The groups of one file: due, coming up, then each company. */
function peopleContents(file: JobSearchFile, dates: DateText): TreeNode[] {
  const { parsed } = file;
  if (!parsed.people.length) {
    return [new MessageNode(vscode.l10n.t('No people yet; select to add someone'), undefined, icon('person-add'), viewItem('empty'), { command: CommandId.addContact, title: vscode.l10n.t('Add Contact') })];
  }
  const context: PeopleContext = { uri: file.uri, dates, network: networkIndex(parsed) };
  const groups = peopleGroups(parsed, dates.today);
  return [
    ...(groups.due.length ? [new PeopleGroupNode(context, 'due', vscode.l10n.t('Reach out now'), 'bell', groups.due, true, true)] : []),
    ...(groups.comingUp.length ? [new PeopleGroupNode(context, 'coming-up', vscode.l10n.t('Coming up'), 'calendar', groups.comingUp, true, true)] : []),
    ...groups.byCompany.map((group, index) => new PeopleGroupNode(context, `company-${index}-${group.company ?? ''}`, group.company ?? vscode.l10n.t('No company'), 'organization', group.people, groups.byCompany.length <= 3)),
  ];
}

/** Feeds the People view. */
export class PeopleTreeProvider extends TreeProvider {
  constructor(store: JobSearchStore) {
    super(store, 'the People view');
  }

  protected roots(): TreeNode[] {
    const dates = dateText(this.store.today, vscode.env.language);
    const files = this.store.files;
    if (files.length === 1) return peopleContents(files[0]!, dates);
    return files.filter((file) => file.parsed.people.length || file.parsed.applications.length).map((file) => new PeopleFileNode(file, dates));
  }
}
