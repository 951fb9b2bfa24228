/**
 * Offers the job search to VS Code's chat as language model tools. The extension never calls a model: a tool's text
 * reaches one only when the user's chat invokes it. The tools are off in Restricted Mode and when
 * `jobSearch.chat.enabled` is false; reading asks first while `jobSearch.chat.askBeforeSharing` is on, and every
 * change to the file is confirmed with exactly what it writes.
 */
import * as vscode from 'vscode';
import { readSettings } from '../config/settings';
import { inNotification } from '../model/displayText';
import { applyPlan } from '../services/applyPlan';
import { guarded } from '../services/failureLog';
import { TOOL_NAMES, TOOL_SPECS, type ReadSpec, type ToolContext, type ToolName, type WriteSpec } from './chatToolSpecs';

type Input = Record<string, unknown>;

const result = (text: string): vscode.LanguageModelToolResult => new vscode.LanguageModelToolResult([new vscode.LanguageModelTextPart(text)]);

/** Whether the tools may be offered now. */
export function chatToolsAllowed(): boolean {
  return vscode.workspace.isTrusted && readSettings().chatEnabled;
}

/** One tool: a read tool asks before sharing (while the setting says so), a write tool always confirms its change. */
export class JobSearchTool implements vscode.LanguageModelTool<Input> {
  constructor(
    private readonly context: ToolContext,
    private readonly spec: ReadSpec | WriteSpec,
  ) {}

  async prepareInvocation(options: vscode.LanguageModelToolInvocationPrepareOptions<Input>): Promise<vscode.PreparedToolInvocation> {
    const input = options.input ?? {};
    if (this.spec.kind === 'read') {
      const what = this.spec.what();
      const ask = readSettings().chatAskBeforeSharing;
      return {
        invocationMessage: vscode.l10n.t('Reading {0} from job-search.yaml', what),
        ...(ask
          ? {
              confirmationMessages: {
                title: vscode.l10n.t('Share your job search with the chat?'),
                message: vscode.l10n.t('This sends {0} from job-search.yaml to the chat’s language model. Contact details, salaries and private notes are never included.', what),
              },
            }
          : {}),
      };
    }
    await this.context.store.ready();
    const file = this.spec.fileOf(this.context, input);
    const request = file && this.spec.request(this.context, file, input);
    if (!request || 'error' in request) return { invocationMessage: vscode.l10n.t('Checking job-search.yaml') };
    return {
      invocationMessage: vscode.l10n.t('Changing job-search.yaml'),
      confirmationMessages: { title: vscode.l10n.t('Change job-search.yaml?'), message: request.change },
    };
  }

  async invoke(options: vscode.LanguageModelToolInvocationOptions<Input>, token: vscode.CancellationToken): Promise<vscode.LanguageModelToolResult> {
    const input = options.input ?? {};
    if (this.spec.kind === 'read') return result(await this.spec.read(this.context, input));
    await this.context.store.ready();
    const file = this.spec.fileOf(this.context, input);
    if (!file) return result(vscode.l10n.t('There is no job-search.yaml in this workspace yet.'));
    const request = this.spec.request(this.context, file, input);
    if ('error' in request) return result(request.error);
    if (token.isCancellationRequested) return result(vscode.l10n.t('Cancelled; nothing was changed.'));
    const done = await applyPlan(this.context.store, file.uri, request.plan);
    return result(done ? vscode.l10n.t('Done. {0} One undo in the file reverts it.', inNotification(request.change)) : vscode.l10n.t('Nothing was changed: the file could not take the edit as it is now.'));
  }
}

/** The tools, by name, for the extension's API (the tests call them directly where a host cannot invoke tools). */
export function chatTools(context: ToolContext): ReadonlyMap<ToolName, JobSearchTool> {
  return new Map(TOOL_NAMES.map((name) => [name, new JobSearchTool(context, TOOL_SPECS[name])]));
}

/** Registers the tools while they are allowed, and takes them away when the setting or the workspace's trust says so. */
export function registerChatTools(tools: ReadonlyMap<ToolName, JobSearchTool>): vscode.Disposable {
  // Hosts without the chat's tool API (older versions, some web hosts) simply get no tools.
  if (typeof vscode.lm?.registerTool !== 'function') return new vscode.Disposable(() => undefined);
  let registered: vscode.Disposable[] = [];
  const sync = (): void =>
    guarded('Offering the chat tools', undefined, () => {
      const allowed = chatToolsAllowed();
      if (allowed && !registered.length) registered = [...tools].map(([name, tool]) => vscode.lm.registerTool(name, tool));
      else if (!allowed && registered.length) {
        registered.forEach((registration) => registration.dispose());
        registered = [];
      }
    });
  sync();
  return vscode.Disposable.from(
    vscode.workspace.onDidChangeConfiguration((event) => {
      if (event.affectsConfiguration('jobSearch.chat.enabled')) sync();
    }),
    vscode.workspace.onDidGrantWorkspaceTrust(sync),
    new vscode.Disposable(() => registered.forEach((registration) => registration.dispose())),
  );
}
