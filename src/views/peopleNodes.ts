/** The rows of the People view: groups (due, coming up, a company), people, and under each their applications and touches. */
import * as vscode from 'vscode';
import { viewItem } from '../contributions/viewItems';
import { daysBetween } from '../model/calendarDate';
import type { DateText } from '../model/dateText';
import type { Application, Person } from '../model/jobSearch';
import { openReferralAsk, type NetworkIndex } from '../model/network';
import { summarizePerson, summarizeTouch } from '../model/peopleView';
import { companyName } from '../model/summaries';
import { STATUS_LABELS } from '../model/vocabulary';
import { statusIcon } from './applicationNode';
import { DetailNode } from './detailNodes';
import { icon, revealCommand, TreeNode } from './treeNode';

/** What every row of one file's People section shares. */
export interface PeopleContext {
  readonly uri: vscode.Uri;
  readonly dates: DateText;
  readonly network: NetworkIndex;
}

/** A heading with people under it: "Due", "Coming up", or a company. */
export class PeopleGroupNode extends TreeNode {
  constructor(
    private readonly context: PeopleContext,
    /** Part of the row ids, so the same person under two groups stays two rows. */
    private readonly key: string,
    private readonly label: string,
    private readonly iconId: string,
    readonly people: readonly Person[],
    private readonly expanded: boolean,
    /** Whether the group lists people to reach out to, rather than a company. */
    private readonly todo = false,
  ) {
    super();
  }

  override children(): TreeNode[] {
    // Under "Reach out now" and "Coming up" a person is a to-do, a leaf like a Needs action row; their touches and
    // applications unfold under their company.
    return this.people.map((person) => new PersonNode(this.context, this.key, person, !this.todo));
  }

  treeItem(): vscode.TreeItem {
    const item = new vscode.TreeItem(this.label, this.expanded ? vscode.TreeItemCollapsibleState.Expanded : vscode.TreeItemCollapsibleState.Collapsed);
    item.id = `${this.context.uri.toString()}#people-${this.key}`;
    item.description = String(this.people.length);
    item.iconPath = icon(this.iconId);
    this.setTooltip([this.people.length === 1 ? vscode.l10n.t('1 person') : vscode.l10n.t('{0} people', this.people.length)]);
    item.contextValue = viewItem('peopleGroup');
    return item;
  }
}

/** Someone in the network: when to reach out, with their applications and touches below. */
export class PersonNode extends TreeNode {
  constructor(
    private readonly context: PeopleContext,
    private readonly group: string,
    readonly person: Person,
    /** Whether the row unfolds into the person's applications and touches. */
    private readonly detailed = true,
  ) {
    super();
  }

  /** What commands read from the row. */
  get uri(): vscode.Uri {
    return this.context.uri;
  }

  override children(): TreeNode[] {
    if (!this.detailed) return [];
    const { uri, dates, network } = this.context;
    const applications = network.applicationsOf(this.person).map((application) => new LinkedApplicationNode(uri, application));
    const touches = [...this.person.touches].reverse().map((touch) => new DetailNode(uri, touch.span, summarizeTouch(touch, dates), icon(touch.kind?.startsWith('referral') ? 'gift' : 'comment'), viewItem('touch')));
    return [...applications, ...touches];
  }

  treeItem(): vscode.TreeItem {
    const { person } = this;
    const summary = summarizePerson(person, this.context.dates, this.context.dates.today);
    const hasChildren = this.detailed && (person.touches.length > 0 || this.context.network.applicationsOf(person).length > 0);
    const item = new vscode.TreeItem(summary.label, hasChildren ? vscode.TreeItemCollapsibleState.Collapsed : vscode.TreeItemCollapsibleState.None);
    item.id = `${this.context.uri.toString()}#person-${this.group}-${person.index}`;
    item.description = summary.description;
    this.setTooltip(() => summary.details);
    const days = person.next ? daysBetween(this.context.dates.today, person.next) : undefined;
    item.iconPath = icon('person', days !== undefined && days < 0 ? 'list.warningForeground' : undefined);
    item.contextValue = viewItem('person', days !== undefined && days <= 0 && 'due', !!person.linkedin && 'hasLink', !!openReferralAsk(person) && 'referralAsked');
    item.command = revealCommand(this.context.uri, person.fields.name ?? person.span);
    return item;
  }
}

/** An application the person is a contact of or was in touch about. */
class LinkedApplicationNode extends TreeNode {
  constructor(
    readonly uri: vscode.Uri,
    readonly application: Application,
  ) {
    super();
  }

  treeItem(): vscode.TreeItem {
    const { application } = this;
    const item = new vscode.TreeItem(companyName(application), vscode.TreeItemCollapsibleState.None);
    item.description = [application.role, application.status && STATUS_LABELS[application.status]].filter(Boolean).join(' · ');
    this.setTooltip([vscode.l10n.t('Application: {0}', [companyName(application), application.role].filter(Boolean).join(' · '))]);
    item.iconPath = icon(statusIcon(application.status));
    item.contextValue = viewItem('application', `status-${application.status ?? 'unknown'}`);
    item.command = revealCommand(this.uri, application.fields.company ?? application.span);
    return item;
  }
}
