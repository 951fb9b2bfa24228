/** Registers every command in `CommandId` with its handler. */
import * as vscode from 'vscode';
import { DashboardPanel } from '../panel/dashboardPanel';
import { addApplication, changeStatus } from './applicationCommands';
import { CommandId } from '../contributions/commandIds';
import type { CommandServices } from './commandServices';
import { createFile } from './createFile';
import { copyDraft, draftFollowUp, draftNudge, draftOfKind, markDraftSent, openDraftInMail } from './draftCommands';
import { exportCalendar, exportCsv, exportPeopleCsv } from './exportCommands';
import { importApplications } from './importCommands';
import { savePosting } from './postingCommands';
import { askSomeoneElse, markSent, recordInterview, recordRejection } from './followThroughCommands';
import { replyReceived, rescheduleFollowUp, skipFollowUp } from './followUpCommands';
import { openExample, registerExampleProvider } from './openExample';
import { openFile } from './openFile';
import { addReflection } from './reflectionCommands';
import { openLink } from './openLink';
import { addContact } from './contactCommands';
import { draftToPerson, logTouch, setNextTouch } from './peopleCommands';
import { askForReferral, recordReferralOutcome } from './referralCommands';
import { addWin, applyAgain, setReapplyDate, setWeeklyGoals } from './resilienceCommands';
import { revealInFile } from './revealInFile';
import { prepareForInterview } from './prepCommands';
import { addStory, findStory, recordStoriesTold } from './storyCommands';
import { openWeeklyReview } from './weeklyReviewCommand';
import { showDueFollowUps } from './showDueFollowUps';
import { addToTraining, addTrainingItem, toggleTrainingItem } from './trainingCommands';
import { walkthroughStep } from './walkthroughStep';

/** Registers the commands; the returned Disposable unregisters them all. */
export function registerCommands(services: CommandServices): vscode.Disposable {
  const { store, drafts, extensionUri } = services;
  const handlers: Record<CommandId, (...args: never[]) => unknown> = {
    [CommandId.createFile]: () => createFile(store),
    [CommandId.openFile]: () => openFile(store),
    [CommandId.openExample]: openExample,
    [CommandId.refresh]: () => store.refresh(),
    [CommandId.revealInFile]: revealInFile,
    [CommandId.openLink]: openLink,
    [CommandId.draftThankYou]: draftOfKind(services, 'thank-you'),
    [CommandId.draftFeedbackRequest]: draftOfKind(services, 'feedback-request'),
    [CommandId.draftKeepInTouch]: draftOfKind(services, 'keep-in-touch'),
    [CommandId.draftRejectionReply]: draftOfKind(services, 'rejection-reply'),
    [CommandId.draftNudge]: draftNudge(services),
    [CommandId.askSomeoneElse]: askSomeoneElse(store),
    [CommandId.draftReferralRequest]: draftOfKind(services, 'referral-request'),
    [CommandId.draftFollowUp]: draftFollowUp(services),
    [CommandId.copyDraft]: copyDraft(drafts),
    [CommandId.openDraftInMail]: openDraftInMail(drafts),
    [CommandId.markDraftSent]: markDraftSent(services),
    [CommandId.markSent]: markSent(store),
    [CommandId.replyReceived]: replyReceived(store),
    [CommandId.skipFollowUp]: skipFollowUp(store),
    [CommandId.rescheduleFollowUp]: rescheduleFollowUp(store),
    [CommandId.recordRejection]: recordRejection(store),
    [CommandId.recordInterview]: recordInterview(store),
    [CommandId.addReflection]: addReflection(store),
    [CommandId.toggleTrainingItem]: toggleTrainingItem(store, services.trainingSelection),
    [CommandId.addTrainingItem]: addTrainingItem(store),
    [CommandId.addToTraining]: addToTraining(store),
    [CommandId.showDueFollowUps]: showDueFollowUps(store),
    [CommandId.exportCalendar]: exportCalendar(store),
    [CommandId.exportCsv]: exportCsv(store),
    [CommandId.exportPeopleCsv]: exportPeopleCsv(store),
    [CommandId.importApplications]: importApplications(store),
    [CommandId.savePosting]: savePosting(store),
    [CommandId.addApplication]: addApplication(store),
    [CommandId.changeStatus]: changeStatus(store),
    [CommandId.addContact]: addContact(store),
    [CommandId.logTouch]: logTouch(store),
    [CommandId.setNextTouch]: setNextTouch(store),
    [CommandId.draftToPerson]: draftToPerson(services),
    [CommandId.askForReferral]: askForReferral(services),
    [CommandId.recordReferralOutcome]: recordReferralOutcome(services),
    [CommandId.setWeeklyGoals]: setWeeklyGoals(store),
    [CommandId.addWin]: addWin(store),
    [CommandId.weeklyReview]: openWeeklyReview(store),
    [CommandId.applyAgain]: applyAgain(store),
    [CommandId.setReapplyDate]: setReapplyDate(store),
    [CommandId.prepareForInterview]: prepareForInterview(services),
    [CommandId.addStory]: addStory(store),
    [CommandId.findStory]: findStory(store),
    [CommandId.recordStoriesTold]: recordStoriesTold(store),
    [CommandId.walkthroughStep]: walkthroughStep(store),
    [CommandId.openDashboard]: () => DashboardPanel.createOrShow(store, extensionUri),
  };
  return vscode.Disposable.from(
    registerExampleProvider(extensionUri),
    ...Object.entries(handlers).map(([id, handler]) => vscode.commands.registerCommand(id, handler as (...args: unknown[]) => unknown)),
  );
}
