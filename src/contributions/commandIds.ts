/** Every command the extension contributes; package.json lists the same ids (a unit test keeps them in sync). */
export const CommandId = {
  /** Writes a commented starter job-search.yaml: createFile.ts */
  createFile: 'jobSearch.createFile',
  /** Opens the bundled example search, read-only, dated to today: openExample.ts */
  openExample: 'jobSearch.openExample',
  /** Opens the workspace's job-search.yaml: openFile.ts */
  openFile: 'jobSearch.openFile',
  /** Re-discovers and re-reads every job-search file: registerCommands.ts */
  refresh: 'jobSearch.refresh',
  /** Selects an entry's source in the editor; the tree's click action: revealInFile.ts */
  revealInFile: 'jobSearch.revealInFile',
  /** Opens an application's or contact's web link: openLink.ts */
  openLink: 'jobSearch.openLink',
  /** Drafts a thank-you note for a chosen application: draftCommands.ts */
  draftThankYou: 'jobSearch.draftThankYou',
  /** Drafts a feedback request: draftCommands.ts */
  draftFeedbackRequest: 'jobSearch.draftFeedbackRequest',
  /** Drafts a keep-in-touch message: draftCommands.ts */
  draftKeepInTouch: 'jobSearch.draftKeepInTouch',
  /** Drafts the reply to a rejection: thanks, one or two questions, the door open: draftCommands.ts */
  draftRejectionReply: 'jobSearch.draftRejectionReply',
  /** Schedules a feedback request to another person once the reply to a rejection went unanswered: followThroughCommands.ts */
  askSomeoneElse: 'jobSearch.askSomeoneElse',
  /** Drafts the one gentle nudge about a message with no answer: draftCommands.ts */
  draftNudge: 'jobSearch.draftNudge',
  /** Drafts a referral request: draftCommands.ts */
  draftReferralRequest: 'jobSearch.draftReferralRequest',
  /** Drafts the message a follow-up entry or CodeLens stands for: draftCommands.ts */
  draftFollowUp: 'jobSearch.draftFollowUp',
  /** Copies the active draft's message: draftCommands.ts */
  copyDraft: 'jobSearch.copyDraft',
  /** Hands the active draft to the mail client as a mailto: link: draftCommands.ts */
  openDraftInMail: 'jobSearch.openDraftInMail',
  /** Records the active draft's follow-up as sent today: draftCommands.ts */
  markDraftSent: 'jobSearch.markDraftSent',
  /** Records a follow-up entry as sent today: followThroughCommands.ts */
  markSent: 'jobSearch.markSent',
  /** Records the answer to a sent follow-up: date and what they said: followUpCommands.ts */
  replyReceived: 'jobSearch.replyReceived',
  /** Marks a follow-up as not to be sent, with an optional reason: followUpCommands.ts */
  skipFollowUp: 'jobSearch.skipFollowUp',
  /** Gives a follow-up a new due date: followUpCommands.ts */
  rescheduleFollowUp: 'jobSearch.rescheduleFollowUp',
  /** Sets an application to rejected and schedules the follow-through: followThroughCommands.ts */
  recordRejection: 'jobSearch.recordRejection',
  /** Adds an interview and schedules its thank-you: followThroughCommands.ts */
  recordInterview: 'jobSearch.recordInterview',
  /** Appends a reflection after an interview, from a short guided input: reflectionCommands.ts */
  addReflection: 'jobSearch.addReflection',
  /** Ticks or unticks a training item (its tree checkbox and CodeLens): trainingCommands.ts */
  toggleTrainingItem: 'jobSearch.toggleTrainingItem',
  /** Adds a checklist item to a training entry: trainingCommands.ts */
  addTrainingItem: 'jobSearch.addTrainingItem',
  /** Puts a gap from a reflection, skill gaps or feedback into the training plan: trainingCommands.ts */
  addToTraining: 'jobSearch.addToTraining',
  /** Lists the follow-ups due today or overdue and drafts the one picked: dueFollowUpsStatusBar.ts */
  showDueFollowUps: 'jobSearch.showDueFollowUps',
  /** Writes interviews, follow-ups due and training targets as an .ics calendar: exportCommands.ts */
  exportCalendar: 'jobSearch.exportCalendar',
  /** Writes one row per application as CSV: exportCommands.ts */
  exportCsv: 'jobSearch.exportCsv',
  /** Writes one row per person as CSV: exportCommands.ts */
  exportPeopleCsv: 'jobSearch.exportPeopleCsv',
  /** Reads a CSV or TSV file, checks columns and values with the user, previews and appends the rows: importCommands.ts */
  importApplications: 'jobSearch.importApplications',
  /** Saves the job description beside the file and links it from the application: postingCommands.ts */
  savePosting: 'jobSearch.savePosting',
  /** Appends a new application with a dated history entry: applicationCommands.ts */
  addApplication: 'jobSearch.addApplication',
  /** Moves an application to another stage with a dated history entry: applicationCommands.ts */
  changeStatus: 'jobSearch.changeStatus',
  /** Runs a walkthrough step's command from the file's editor (walkthrough buttons only): walkthroughStep.ts */
  walkthroughStep: 'jobSearch.walkthroughStep',
  /** Adds someone to an application's contacts and to people, or to people alone: peopleCommands.ts */
  addContact: 'jobSearch.addContact',
  /** Logs a message, call, coffee or referral with someone, and when to reach out next: peopleCommands.ts */
  logTouch: 'jobSearch.logTouch',
  /** Sets or clears when to reach out to someone next (the snooze and skip of a touch due): peopleCommands.ts */
  setNextTouch: 'jobSearch.setNextTouch',
  /** Drafts a message to someone listed under people: peopleCommands.ts */
  draftToPerson: 'jobSearch.draftToPerson',
  /** Drafts a referral request to someone; Mark as sent records the ask: peopleCommands.ts */
  askForReferral: 'jobSearch.askForReferral',
  /** Records a referral as given or declined, and offers the thank-you: peopleCommands.ts */
  recordReferralOutcome: 'jobSearch.recordReferralOutcome',
  /** Sets the weekly goals in the profile: resilienceCommands.ts */
  setWeeklyGoals: 'jobSearch.setWeeklyGoals',
  /** Adds a win of the user's own to the file: resilienceCommands.ts */
  addWin: 'jobSearch.addWin',
  /** Opens the weekly review, saved beside the file when a folder is set: weeklyReviewCommand.ts */
  weeklyReview: 'jobSearch.weeklyReview',
  /** Starts a new application to a company that said no, with its people and what changed: resilienceCommands.ts */
  applyAgain: 'jobSearch.applyAgain',
  /** Sets or clears the date to apply to a company again: resilienceCommands.ts */
  setReapplyDate: 'jobSearch.setReapplyDate',
  /** Creates an interview's prep note from the file's history, or opens it: prepCommands.ts */
  prepareForInterview: 'jobSearch.prepareForInterview',
  /** Adds a story to the story bank: storyCommands.ts */
  addStory: 'jobSearch.addStory',
  /** Finds a story by skill or title and reveals it: storyCommands.ts */
  findStory: 'jobSearch.findStory',
  /** Records which stories were told in an interview: storyCommands.ts */
  recordStoriesTold: 'jobSearch.recordStoriesTold',
  /** Opens the dashboard panel: dashboardPanel.ts */
  openDashboard: 'jobSearch.openDashboard',
} as const;

/** One of the contributed command ids. */
export type CommandId = (typeof CommandId)[keyof typeof CommandId];
