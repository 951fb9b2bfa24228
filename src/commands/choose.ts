/** A quick pick that opens on a chosen item and can stay open while items other than the accepting ones are picked. */
import * as vscode from 'vscode';

/** What a step shows. */
export interface ChooseOptions<T extends vscode.QuickPickItem> {
  readonly title: string;
  readonly placeholder: string;
  /** The item highlighted when the list opens. */
  readonly active?: T;
  /** Items that close the list when picked; when given, picking any other item leaves it open. */
  readonly accepts?: (item: T) => boolean;
}

/** Shows `items` and resolves to the one picked, or undefined when the user pressed Escape. */
export function choose<T extends vscode.QuickPickItem>(items: readonly T[], options: ChooseOptions<T>): Promise<T | undefined> {
  const picker = vscode.window.createQuickPick<T>();
  picker.title = options.title;
  picker.placeholder = options.placeholder;
  picker.items = items;
  picker.matchOnDescription = true;
  picker.matchOnDetail = true;
  if (options.active) picker.activeItems = [options.active];
  return new Promise((resolve) => {
    picker.onDidAccept(() => {
      const item = picker.selectedItems[0] ?? picker.activeItems[0];
      if (!item || (options.accepts && !options.accepts(item))) return;
      resolve(item);
      picker.hide();
    });
    picker.onDidHide(() => {
      resolve(undefined);
      picker.dispose();
    });
    picker.show();
  });
}
