/** A status bar item with the number of follow-ups due today or overdue; hidden when there are none. */
import * as vscode from 'vscode';
import { readSettings } from '../config/settings';
import { needsAction } from '../model/needsAction';
import { CommandId } from '../contributions/commandIds';
import { dueFollowUps } from '../services/dueFollowUps';
import { guarded } from '../services/failureLog';
import type { JobSearchStore } from '../services/jobSearchStore';
import { Disposable } from '../services/lifecycle';
import { dateText } from '../model/dateText';
import { goalsSummary } from '../model/weeklyGoals';
import { goalLabel, goalProgressText } from '../model/weeklyReview';
import { weekStartsOn } from '../model/weekStart';
import { isQuiet } from '../services/overdueReminder';

/** Keeps the status bar item in step with the store, the settings and the date. */
export class DueFollowUpsStatusBar extends Disposable {
  readonly item = this.register(vscode.window.createStatusBarItem('jobSearch.dueFollowUps', vscode.StatusBarAlignment.Left, 50));
  /** Whether the item is showing (the API has no getter for it). */
  visible = false;

  constructor(private readonly store: JobSearchStore) {
    super();
    this.item.name = vscode.l10n.t('Job Search: follow-ups due');
    this.item.command = CommandId.showDueFollowUps;
    this.register(store.onDidChange(() => this.update()));
    // Due dates turn over at midnight without any edit.
    this.register(store.onDidChangeDay(() => this.update()));
    this.register(vscode.workspace.onDidChangeConfiguration((event) => event.affectsConfiguration('jobSearch') && this.update()));
    void store.ready().then(() => this.update());
  }

  /** Recounts and shows or hides the item. */
  update(): void {
    if (this.isDisposed) return;
    guarded('Counting the follow-ups due', undefined, () => this.recount());
  }

  private recount(): void {
    const due = dueFollowUps(this.store);
    const enabled = readSettings().statusBar;
    const goals = this.goalLines();
    this.visible = enabled && (due.length > 0 || goals !== undefined);
    if (!this.visible) {
      this.item.hide();
      return;
    }
    if (!due.length) {
      // Nothing due: the item keeps the week's goals in view, and opens the dashboard where they are drawn.
      this.item.text = `$(milestone) ${goals!.text}`;
      this.item.tooltip = goals!.lines.join('\n');
      this.item.command = CommandId.openDashboard;
      this.item.backgroundColor = undefined;
      this.item.show();
      return;
    }
    this.item.command = CommandId.showDueFollowUps;
    const overdue = due.filter((entry) => entry.days < 0).length;
    this.item.text = `$(mail) ${due.length === 1 ? vscode.l10n.t('1 follow-up due') : vscode.l10n.t('{0} follow-ups due', due.length)}`;
    const heading = overdue ? vscode.l10n.t('{0} due today or overdue ({1} overdue):', due.length, overdue) : vscode.l10n.t('{0} due today or overdue:', due.length);
    // Needs action also lists what is coming up soon; say so, so the two counts never look like a contradiction.
    const today = this.store.today;
    const comingUp = this.store.files.reduce((sum, file) => sum + needsAction(file.parsed, today, readSettings(file.folder).lookaheadDays).length, 0) - due.length;
    const also = comingUp > 0 ? [vscode.l10n.t('Needs action also lists {0} coming up: follow-ups due soon and interviews.', comingUp)] : [];
    this.item.tooltip = [heading, ...due.map((entry) => `• ${entry.label}: ${entry.description}`), ...also, ...(goals ? ['', ...goals.lines] : [])].join('\n');
    // On the day of a rejection and the one after, nothing here turns to a warning colour.
    const quiet = readSettings().quietDayAfterRejection && isQuiet(this.store, today);
    this.item.backgroundColor = overdue && !quiet ? new vscode.ThemeColor('statusBarItem.warningBackground') : undefined;
    this.item.show();
  }

  /** This week's goals of the first file that sets any: a short "3/7 this week" and one line per goal. */
  private goalLines(): { text: string; lines: string[] } | undefined {
    const today = this.store.today;
    for (const file of this.store.files) {
      const settings = readSettings(file.folder);
      const summary = goalsSummary(file.parsed, today, weekStartsOn(settings.weekStartsOn, vscode.env.language));
      if (!summary) continue;
      const { goals, week, end } = summary.thisWeek;
      const done = goals.reduce((sum, goal) => sum + Math.min(goal.done, goal.goal), 0);
      const target = goals.reduce((sum, goal) => sum + goal.goal, 0);
      const dates = dateText(today, vscode.env.language);
      return {
        text: summary.thisWeek.met ? vscode.l10n.t('Week’s goals met') : vscode.l10n.t('{0}/{1} this week', done, target),
        lines: [vscode.l10n.t('This week’s goals ({0} to {1}):', dates.day(week), dates.day(end)), ...goals.map((goal) => `• ${goalLabel(goal.key)}: ${goalProgressText(goal.done, goal.goal)}`)],
      };
    }
    return undefined;
  }
}
