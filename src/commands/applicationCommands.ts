/** Add Application… and Change Status…: the two everyday edits, with a dated history entry each time. */
import * as vscode from 'vscode';
import { askDate, askText } from './askText';
import { inNotification } from '../model/displayText';
import { completeLink } from '../model/completeLink';
import { findApplication, refOf } from '../model/applicationRef';
import { planAddApplication, planSetStatus } from '../model/planEdits';
import { nextStage } from '../model/nextStage';
import { companyName } from '../model/summaries';
import { STATUSES, STATUS_LABELS, type Status } from '../model/vocabulary';
import { applyPlan } from '../services/applyPlan';
import type { JobSearchStore } from '../services/jobSearchStore';
import { resolveTarget } from './resolveTarget';
import { pickFile } from './pickFile';
import { revealInFile } from './revealInFile';

/**
 * Asks for a stage with the likely one highlighted (`applied` for a new application, the next stage otherwise), so
 * Enter picks what the list shows as selected; the application's current stage is marked as such.
 */
export function pickStatus(title: string, current?: Status): Promise<Status | undefined> {
  const items = STATUSES.map((status) => ({ label: STATUS_LABELS[status], description: status === current ? vscode.l10n.t('current') : '', status }));
  const picker = vscode.window.createQuickPick<(typeof items)[number]>();
  picker.title = title;
  picker.placeholder = vscode.l10n.t('Which stage?');
  picker.items = items;
  picker.activeItems = items.filter((item) => item.status === nextStage(current));
  return new Promise((resolve) => {
    picker.onDidAccept(() => {
      resolve(picker.selectedItems[0]?.status ?? picker.activeItems[0]?.status);
      picker.hide();
    });
    picker.onDidHide(() => {
      resolve(undefined);
      picker.dispose();
    });
    picker.show();
  });
}

/** Asks when the application reached `status`, today by default. */
export async function askStageDate(title: string, status: Status, today: string): Promise<string | undefined> {
  const question = status === 'applied' ? vscode.l10n.t('When did you apply? (YYYY-MM-DD)') : vscode.l10n.t('When did it reach {0}? (YYYY-MM-DD)', STATUS_LABELS[status]);
  return askDate(title, question, today);
}

/** Asks for company, role, stage, the date it reached that stage and link, then appends the application. */
export function addApplication(store: JobSearchStore) {
  return async (): Promise<boolean> => {
    const file = await pickFile(store, undefined, vscode.l10n.t('Add to which file?'));
    if (!file) return false;
    const title = vscode.l10n.t('Add application');
    const company = await askText({ title, question: vscode.l10n.t('Company'), validateInput: (value) => (value.trim() ? undefined : vscode.l10n.t('The company is required.')) });
    if (!company) return false;
    const role = await askText({ title, question: vscode.l10n.t('Role (optional)') });
    if (role === undefined) return false;
    const status = await pickStatus(title);
    if (!status) return false;
    const date = await askStageDate(title, status, store.today);
    if (!date) return false;
    const link = await askText({
      title,
      question: vscode.l10n.t('Link to the job posting (optional)'),
      validateInput: (value) => (!value.trim() || completeLink(value) ? undefined : vscode.l10n.t('Write a web address, such as acme.example/jobs/123, or a link starting with https://, http:// or mailto:.')),
    });
    if (link === undefined) return false;
    const application = { company: company.trim(), status, date, ...(role.trim() ? { role: role.trim() } : {}), ...(link.trim() ? { link: completeLink(link) ?? link.trim() } : {}) };
    const done = await applyPlan(store, file.uri, (parsed, text) => planAddApplication(parsed, text, application));
    if (done) {
      // Show where it went, without taking the focus from wherever the user is.
      const added = store.get(file.uri)?.parsed.applications.filter((entry) => entry.company === application.company).at(-1);
      if (added) await revealInFile(file.uri, added.span.start, added.span.end);
      void vscode.window.showInformationMessage(inNotification(vscode.l10n.t('Added {0} as {1}.', application.company, STATUS_LABELS[status])));
    }
    return done;
  };
}

/** Moves an application to another stage, with a dated history entry (today, or a date the user gives). */
export function changeStatus(store: JobSearchStore) {
  return async (arg?: unknown): Promise<boolean> => {
    const target = await resolveTarget(store, arg, vscode.l10n.t('Change the stage of which application?'));
    if (!target) return false;
    const title = vscode.l10n.t('Change stage: {0}', companyName(target.application));
    const status = await pickStatus(title, target.application.status);
    if (!status) return false;
    const date = await askStageDate(title, status, store.today);
    if (!date) return false;
    return applyPlan(store, target.uri, (parsed, text) => {
      const application = findApplication(parsed, refOf(target.application));
      return application ? planSetStatus(parsed, text, application, status, date) : { error: vscode.l10n.t('{0} is no longer in job-search.yaml.', companyName(target.application)) };
    });
  };
}
