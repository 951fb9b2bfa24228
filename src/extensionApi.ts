/** What `activate` returns: the live store, trees and drafts, so integration tests can read what the user sees. */
import type { JobSearchTool } from './chat/registerChatTools';
import type { ToolName } from './chat/chatToolSpecs';
import type { DraftRegistry } from './services/draftRegistry';
import type { JobSearchStore } from './services/jobSearchStore';
import type { ApplicationsTreeProvider } from './views/applicationsTreeProvider';
import type { DueFollowUpsStatusBar } from './views/dueFollowUpsStatusBar';
import type { PeopleTreeProvider } from './views/peopleTreeProvider';
import type { TrainingTreeProvider } from './views/trainingTreeProvider';

/** The extension's exports (`vscode.extensions.getExtension(…).exports`). */
export interface JobSearchApi {
  readonly store: JobSearchStore;
  readonly applicationsTree: ApplicationsTreeProvider;
  readonly trainingTree: TrainingTreeProvider;
  readonly peopleTree: PeopleTreeProvider;
  readonly drafts: DraftRegistry;
  readonly statusBar: DueFollowUpsStatusBar;
  /** The chat tools by name, whether or not they are registered now. */
  readonly chatTools: ReadonlyMap<ToolName, JobSearchTool>;
  /** The last failures written to the Job Search output channel. */
  readonly recentFailures: () => readonly string[];
}
