/** What every command handler may use: the store, the templates, the open drafts and what the views show. */
import type * as vscode from 'vscode';
import type { DraftRegistry } from '../services/draftRegistry';
import type { JobSearchStore } from '../services/jobSearchStore';
import type { TemplateStore } from '../services/templateStore';

/** The bundle `registerCommands` hands to each command's factory. */
export interface CommandServices {
  readonly store: JobSearchStore;
  readonly templates: TemplateStore;
  readonly drafts: DraftRegistry;
  readonly extensionUri: vscode.Uri;
  /** The Training Plan view's selection, for its Space key binding. */
  readonly trainingSelection: () => readonly unknown[];
}
