/** Today's date for every view, and one event when it turns over. */
import * as vscode from 'vscode';
import { toIsoDate } from '../model/calendarDate';
import { Disposable, toDisposable } from './lifecycle';

/** Seconds past midnight to wait, so a timer that fires a little early still lands on the new day. */
const AFTER_MIDNIGHT_MS = 5_000;

/** Tracks the local date; fires `onDidChangeDay` at midnight and when the window regains focus on a later day. */
export class DayClock extends Disposable {
  private readonly emitter = this.register(new vscode.EventEmitter<string>());
  private timer: ReturnType<typeof setTimeout> | undefined;
  private current: string;

  /** Fires with the new date (YYYY-MM-DD) once the day has changed. */
  readonly onDidChangeDay = this.emitter.event;

  /** `now` gives the current time; tests pass one they move forward. */
  constructor(private readonly now: () => Date = () => new Date()) {
    super();
    this.current = toIsoDate(now());
    // A laptop asleep over midnight misses the timer; the first focus afterwards catches up.
    this.register(vscode.window.onDidChangeWindowState((state) => state.focused && this.check()));
    this.register(toDisposable(() => clearTimeout(this.timer)));
    this.schedule();
  }

  /** Today, as YYYY-MM-DD in local time. */
  get today(): string {
    return this.current;
  }

  /** Looks at the time now and fires when the date differs from the last one seen. */
  check(): void {
    const day = toIsoDate(this.now());
    if (day === this.current) return;
    this.current = day;
    this.emitter.fire(day);
  }

  private schedule(): void {
    const now = this.now();
    const next = new Date(now.getFullYear(), now.getMonth(), now.getDate() + 1);
    this.timer = setTimeout(() => {
      this.check();
      this.schedule();
    }, next.getTime() - now.getTime() + AFTER_MIDNIGHT_MS);
  }
}
