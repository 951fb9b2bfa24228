/** The base of every node in the Job Search trees, and helpers the node kinds share. */
import * as vscode from 'vscode';
import type { Span } from '../model/problem';
import { CommandId } from '../contributions/commandIds';

/** A node that knows its own tree item, its tooltip and its children. */
export abstract class TreeNode {
  private tooltipLines: readonly string[] | (() => readonly string[]) | undefined;

  /** The tree item VS Code draws for this node, without its tooltip. */
  abstract treeItem(): vscode.TreeItem;

  /** The node's children; leaves have none. */
  children(): TreeNode[] {
    return [];
  }

  /** The tooltip, built only when the user hovers the row (VS Code then asks `resolveTreeItem`). */
  tooltip(): vscode.MarkdownString | undefined {
    const lines = typeof this.tooltipLines === 'function' ? this.tooltipLines() : this.tooltipLines;
    return lines && plainTooltip(lines);
  }

  /** Says what the tooltip will show without building it (lines, or how to make them on hover), so big trees draw without thousands of unseen tooltips. */
  protected setTooltip(lines: readonly string[] | (() => readonly string[])): void {
    this.tooltipLines = lines;
  }
}

/** Fills in a row's tooltip on hover: the providers' `resolveTreeItem`. */
export function resolveTooltip(item: vscode.TreeItem, node: TreeNode): vscode.TreeItem {
  item.tooltip ??= node.tooltip();
  return item;
}

/** The click action's title, looked up once: every row has one, and the display language is fixed until a reload. */
let showInFile: string | undefined;

/** The click action that selects `span` of `uri` in the editor. */
export function revealCommand(uri: vscode.Uri, span: Span, title?: string): vscode.Command {
  return { command: CommandId.revealInFile, title: title ?? (showInFile ??= vscode.l10n.t('Show in job-search.yaml')), arguments: [uri, span.start, span.end] };
}

/** A tooltip from plain-text lines: user text is escaped and never trusted, so it cannot run commands or render HTML. */
export function plainTooltip(lines: readonly string[]): vscode.MarkdownString {
  const tooltip = new vscode.MarkdownString(undefined, false);
  tooltip.isTrusted = false;
  tooltip.supportHtml = false;
  lines.forEach((line, index) => {
    if (index > 0) tooltip.appendMarkdown('\n\n');
    tooltip.appendText(line);
  });
  return tooltip;
}

/** A codicon, optionally tinted with a theme colour id. */
export function icon(id: string, color?: string): vscode.ThemeIcon {
  return new vscode.ThemeIcon(id, color ? new vscode.ThemeColor(color) : undefined);
}
