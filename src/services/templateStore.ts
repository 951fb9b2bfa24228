/** Loads the bundled draft templates and the workspace's own (`.job-search/snippets/*.snippet`), and reloads on change. */
import * as vscode from 'vscode';
import { readSettings } from '../config/settings';
import { BUNDLED_TEMPLATE_NAMES } from './bundledTemplates';
import { Disposable } from './lifecycle';
import { mergeTemplates, parseTemplate, type DraftTemplate } from '../model/draftTemplate';

const EXTENSION = '.snippet';

/** The templates drafts are written from; workspace templates replace or add to the bundled ones. */
export class TemplateStore extends Disposable {
  private bundled: Promise<DraftTemplate[]> | undefined;
  private readonly workspace = new Map<string, Promise<DraftTemplate[]>>();
  private readonly reported = new Set<string>();

  constructor(private readonly extensionUri: vscode.Uri) {
    super();
    const watcher = this.register(vscode.workspace.createFileSystemWatcher(`**/*${EXTENSION}`));
    const forget = (): void => this.workspace.clear();
    this.register(watcher.onDidChange(forget));
    this.register(watcher.onDidCreate(forget));
    this.register(watcher.onDidDelete(forget));
    this.register(vscode.workspace.onDidGrantWorkspaceTrust(forget));
  }

  /** Every template that applies in `folder` (bundled ones when there is no folder). */
  async templates(folder: vscode.WorkspaceFolder | undefined): Promise<DraftTemplate[]> {
    const bundled = await (this.bundled ??= this.loadBundled());
    // A workspace's own templates are its content; an untrusted one does not get to write the user's messages.
    if (!folder || !vscode.workspace.isTrusted) return bundled;
    const key = folder.uri.toString();
    if (!this.workspace.has(key)) this.workspace.set(key, this.load(vscode.Uri.joinPath(folder.uri, readSettings(folder).templatesFolder), 'workspace'));
    return mergeTemplates(bundled, await this.workspace.get(key)!);
  }

  private async loadBundled(): Promise<DraftTemplate[]> {
    const texts = await Promise.all(
      BUNDLED_TEMPLATE_NAMES.map(async (name) => new TextDecoder().decode(await vscode.workspace.fs.readFile(vscode.Uri.joinPath(this.extensionUri, 'snippets', `${name}${EXTENSION}`)))),
    );
    return BUNDLED_TEMPLATE_NAMES.flatMap((name, index) => this.parse(name, texts[index]!, 'bundled', `snippets/${name}${EXTENSION}`));
  }

  private async load(directory: vscode.Uri, source: DraftTemplate['source']): Promise<DraftTemplate[]> {
    let entries: [string, vscode.FileType][];
    try {
      entries = await vscode.workspace.fs.readDirectory(directory);
    } catch {
      return [];
    }
    const templates: DraftTemplate[] = [];
    for (const [name, type] of entries.sort(([a], [b]) => a.localeCompare(b))) {
      if (type !== vscode.FileType.File || !name.endsWith(EXTENSION)) continue;
      const text = new TextDecoder().decode(await vscode.workspace.fs.readFile(vscode.Uri.joinPath(directory, name)));
      templates.push(...this.parse(name.slice(0, -EXTENSION.length), text, source, vscode.Uri.joinPath(directory, name).path));
    }
    return templates;
  }

  /** The template in `text`, or none after saying (once per distinct problem) why it was skipped. */
  private parse(name: string, text: string, source: DraftTemplate['source'], path: string): DraftTemplate[] {
    const template = parseTemplate(name, text, source);
    if (typeof template !== 'string') return [template];
    if (!this.reported.has(template)) {
      this.reported.add(template);
      void vscode.window.showWarningMessage(vscode.l10n.t('Job Search: the draft template {0} was skipped: {1}', path, template));
    }
    return [];
  }
}
