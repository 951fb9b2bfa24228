/** The dashboard webview panel: one at a time, restored after a reload, fed the whole view model on every change. */
import * as vscode from 'vscode';
import { readSettings } from '../config/settings';
import { CommandId } from '../contributions/commandIds';
import { dashboardModel } from '../model/dashboardModel';
import { findPerson } from '../model/network';
import { findApplication } from '../model/applicationRef';
import { weekStartsOn } from '../model/weekStart';
import { parseWebviewMessage, type HostMessage, type RunnableCommand, type WebviewMessage } from '../protocol/dashboardProtocol';
import type { JobSearchFile, JobSearchStore } from '../services/jobSearchStore';
import { Disposable } from '../services/lifecycle';
import { dashboardHtml } from './dashboardHtml';

/** Shows the dashboard for the job-search file of the active editor, or the workspace's first one. */
export class DashboardPanel extends Disposable {
  /** The id VS Code restores the panel by. */
  static readonly viewType = 'jobSearch.dashboard';
  private static current: DashboardPanel | undefined;
  private ready = false;

  /** Opens the dashboard, or brings the open one to the front. */
  static createOrShow(store: JobSearchStore, extensionUri: vscode.Uri): DashboardPanel {
    if (DashboardPanel.current) {
      DashboardPanel.current.panel.reveal();
      return DashboardPanel.current;
    }
    const panel = vscode.window.createWebviewPanel(DashboardPanel.viewType, vscode.l10n.t('Job Search Dashboard'), vscode.ViewColumn.Active, {
      retainContextWhenHidden: false,
    });
    return (DashboardPanel.current = new DashboardPanel(panel, store, extensionUri));
  }

  /** Takes over a panel VS Code restored after a reload. */
  static revive(panel: vscode.WebviewPanel, store: JobSearchStore, extensionUri: vscode.Uri): DashboardPanel {
    DashboardPanel.current?.dispose();
    return (DashboardPanel.current = new DashboardPanel(panel, store, extensionUri));
  }

  private constructor(
    readonly panel: vscode.WebviewPanel,
    private readonly store: JobSearchStore,
    extensionUri: vscode.Uri,
  ) {
    super();
    const assets = vscode.Uri.joinPath(extensionUri, 'dist', 'webview');
    panel.iconPath = vscode.Uri.joinPath(extensionUri, 'media', 'job-search.svg');
    panel.webview.options = { enableScripts: true, localResourceRoots: [assets] };
    panel.webview.html = dashboardHtml(panel.webview, assets);
    this.register(panel);
    this.register(panel.onDidDispose(() => this.dispose()));
    this.register(panel.webview.onDidReceiveMessage((message: unknown) => void this.receive(parseWebviewMessage(message))));
    this.register(store.onDidChange(() => this.post()));
    // "As of" and every "overdue" move on at midnight.
    this.register(store.onDidChangeDay(() => this.post()));
    this.register(vscode.window.onDidChangeActiveTextEditor(() => this.post()));
  }

  /** The file the dashboard shows: the active editor's job-search file, else the first in the workspace. */
  private file(): JobSearchFile | undefined {
    const active = vscode.window.activeTextEditor?.document.uri;
    return (active && this.store.get(active)) ?? this.store.files[0];
  }

  /** Sends the current view model; nothing until the page said it is ready. */
  private post(): void {
    if (!this.ready || this.isDisposed) return;
    const file = this.file();
    const folder = file && vscode.workspace.getWorkspaceFolder(file.uri);
    const settings = readSettings(folder);
    const weekStart = weekStartsOn(settings.weekStartsOn, vscode.env.language);
    const model = file && dashboardModel(file.parsed, this.store.today, vscode.workspace.asRelativePath(file.uri), settings.lookaheadDays, vscode.env.language, weekStart);
    const message: HostMessage = { type: 'dashboard/didChange', model };
    void this.panel.webview.postMessage(message);
  }

  private async receive(message: WebviewMessage | undefined): Promise<void> {
    if (!message) return;
    if (message.type === 'webview/ready') {
      this.ready = true;
      await this.store.ready();
      this.post();
      return;
    }
    const file = this.file();
    if (!file) return;
    if (message.type === 'run') {
      await vscode.commands.executeCommand(RUNNABLE[message.command], { uri: file.uri });
      return;
    }
    if (message.type === 'followUp/draft') {
      const application = findApplication(file.parsed, { index: message.applicationIndex, company: message.company });
      const followUp = application?.followUps[message.followUpIndex];
      if (!application || !followUp || followUp.kind !== message.kind) {
        void vscode.window.showWarningMessage(vscode.l10n.t('That follow-up changed in job-search.yaml; the dashboard has been refreshed.'));
        this.post();
        return;
      }
      await vscode.commands.executeCommand(CommandId.draftFollowUp, { uri: file.uri, application, followUp, followUpIndex: message.followUpIndex });
      return;
    }
    if (message.type === 'person/draft') {
      const person = findPerson(file.parsed.people, message.name);
      if (!person) {
        void vscode.window.showWarningMessage(vscode.l10n.t('That person changed in job-search.yaml; the dashboard has been refreshed.'));
        this.post();
        return;
      }
      await vscode.commands.executeCommand(CommandId.draftToPerson, { uri: file.uri, person });
      return;
    }
    // The same write-back as the tree's checkbox and the CodeLens.
    const target = { uri: file.uri, skill: message.skill, itemIndex: message.itemIndex, task: message.task, done: message.done };
    const done = await vscode.commands.executeCommand<boolean>(CommandId.toggleTrainingItem, target);
    // A refused edit leaves the checkbox as the file says.
    if (!done) this.post();
  }

  override dispose(): void {
    if (DashboardPanel.current === this) DashboardPanel.current = undefined;
    super.dispose();
  }
}

/** The commands the page's buttons may ask for, by the page's name for them; nothing else is ever run. */
const RUNNABLE: Readonly<Record<RunnableCommand, CommandId>> = {
  setWeeklyGoals: CommandId.setWeeklyGoals,
  addWin: CommandId.addWin,
  weeklyReview: CommandId.weeklyReview,
  importApplications: CommandId.importApplications,
};

/** Registers the command's panel restore after a window reload. */
export function registerDashboardSerializer(store: JobSearchStore, extensionUri: vscode.Uri): vscode.Disposable {
  return vscode.window.registerWebviewPanelSerializer(DashboardPanel.viewType, {
    async deserializeWebviewPanel(panel) {
      DashboardPanel.revive(panel, store, extensionUri);
    },
  });
}
