/** Every context key the extension sets, which package.json's `when` clauses and walkthrough read (a unit test checks both ways). */
import type { WalkthroughCounts } from '../model/walkthroughProgress';

/** A walkthrough step that completes through a context key: one per count the file gains, plus a draft and the dashboard. */
export type WalkthroughKey = keyof WalkthroughCounts | 'draft' | 'dashboard';

/** The context keys, by what they say. */
export const ContextKey = {
  /** The workspace has at least one job-search file: the welcome views and menus read it. */
  hasFile: 'jobSearch:hasFile',
  /** Some file has an application: the Applications view's welcome reads it. */
  hasApplications: 'jobSearch:hasApplications',
  /** The active editor is a draft the extension opened: the draft's menus and keybindings read it. */
  draftActive: 'jobSearch:draftActive',
  /** A walkthrough step was done. */
  walkthrough: {
    application: 'jobSearch:walkthrough.application',
    interview: 'jobSearch:walkthrough.interview',
    rejection: 'jobSearch:walkthrough.rejection',
    reflection: 'jobSearch:walkthrough.reflection',
    trainingItem: 'jobSearch:walkthrough.trainingItem',
    person: 'jobSearch:walkthrough.person',
    goals: 'jobSearch:walkthrough.goals',
    prep: 'jobSearch:walkthrough.prep',
    draft: 'jobSearch:walkthrough.draft',
    dashboard: 'jobSearch:walkthrough.dashboard',
  } satisfies Record<WalkthroughKey, string>,
} as const;

/** Every key in `ContextKey`, flat. */
export const CONTEXT_KEYS: readonly string[] = [ContextKey.hasFile, ContextKey.hasApplications, ContextKey.draftActive, ...Object.values(ContextKey.walkthrough)];
