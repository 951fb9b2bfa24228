/** Every command the extension contributes; package.json lists the same ids (a unit test keeps them in sync). */
export const CommandId = {
  /** Writes a commented starter job-search.yaml: createFile.ts */
  createFile: 'jobSearch.createFile',
  /** Opens the workspace's job-search.yaml: openFile.ts */
  openFile: 'jobSearch.openFile',
  /** Re-discovers and re-reads every job-search file: registerCommands.ts */
  refresh: 'jobSearch.refresh',
  /** Selects an entry's source in the editor; the tree's click action: revealInFile.ts */
  revealInFile: 'jobSearch.revealInFile',
  /** Opens an application's or contact's web link: openLink.ts */
  openLink: 'jobSearch.openLink',
} as const;

/** One of the contributed command ids. */
export type CommandId = (typeof CommandId)[keyof typeof CommandId];
