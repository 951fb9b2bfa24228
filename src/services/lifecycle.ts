/** Ownership of disposables: one base class instead of a hand-written `dispose()` in every class. */
import type * as vscode from 'vscode';

/** Wraps a clean-up function (a timer to clear, say) as a disposable. */
export function toDisposable(dispose: () => void): vscode.Disposable {
  return { dispose };
}

/** A class that owns disposables: `register` adds one; `dispose` releases them all once, the last registered first. */
export abstract class Disposable implements vscode.Disposable {
  private readonly owned: vscode.Disposable[] = [];
  private disposed = false;

  /** Whether `dispose` has run; work that finishes afterwards should do nothing. */
  protected get isDisposed(): boolean {
    return this.disposed;
  }

  /** Takes ownership of `value`; registered after disposal, it is disposed at once. */
  protected register<T extends vscode.Disposable>(value: T): T {
    if (this.disposed) value.dispose();
    else this.owned.push(value);
    return value;
  }

  dispose(): void {
    if (this.disposed) return;
    this.disposed = true;
    for (const value of this.owned.splice(0).reverse()) value.dispose();
  }
}
