/** The chat tools, by name: what each reads or changes, as plain functions of the store, so the adapter stays thin. */
import * as vscode from 'vscode';
import { readSettings } from '../config/settings';
import { chooseTemplates } from '../model/chooseTemplates';
import { draftValues } from '../model/draftValues';
import type { ParsedJobSearch } from '../model/parseJobSearch';
import { renderDraft } from '../model/renderDraft';
import { applicationResult, findApplications, needsActionResult, reflectionsResult, trainingResult, weekResult } from '../model/toolResults';
import { quoted } from '../model/toolText';
import { gapRequest, markSentRequest, reflectionRequest, rejectionRequest, tickRequest, type WriteRequest } from '../model/toolWrites';
import { companyName } from '../model/summaries';
import { FOLLOW_UP_KINDS, FOLLOW_UP_NOUNS, type FollowUpKind } from '../model/vocabulary';
import { weekStartsOn } from '../model/weekStart';
import type { JobSearchFile, JobSearchStore } from '../services/jobSearchStore';
import type { TemplateStore } from '../services/templateStore';

/** What a tool needs from the running extension. */
export interface ToolContext {
  readonly store: JobSearchStore;
  readonly templates: TemplateStore;
}

/** A tool that reads: what its progress message and confirmation say, and the text it returns. */
export interface ReadSpec {
  readonly kind: 'read';
  /** "what needs action", as in "Reading what needs action from job-search.yaml". */
  readonly what: () => string;
  readonly read: (context: ToolContext, input: Record<string, unknown>) => Promise<string>;
}

/** A tool that changes the file: the change to confirm and apply, worked out against the file it concerns. */
export interface WriteSpec {
  readonly kind: 'write';
  readonly request: (context: ToolContext, file: JobSearchFile, input: Record<string, unknown>) => WriteRequest;
  /** The file an input concerns: the one with the company, or the one with the skill; else the first. */
  readonly fileOf: (context: ToolContext, input: Record<string, unknown>) => JobSearchFile | undefined;
}

/** Every tool the extension offers, by the name package.json declares. */
export const TOOL_NAMES = [
  'jobSearch_needsAction',
  'jobSearch_application',
  'jobSearch_trainingPlan',
  'jobSearch_reflections',
  'jobSearch_weeklyNumbers',
  'jobSearch_draftMessage',
  'jobSearch_markSent',
  'jobSearch_recordRejection',
  'jobSearch_addReflection',
  'jobSearch_tickTrainingItem',
  'jobSearch_addToTrainingPlan',
] as const;
/** One tool's name. */
export type ToolName = (typeof TOOL_NAMES)[number];

const text = (value: unknown): string | undefined => (typeof value === 'string' ? value : undefined);
const texts = (value: unknown): string[] | undefined => (Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : undefined);

/** Every file's parse, in store order; an empty list before any file exists. */
function files(context: ToolContext): readonly JobSearchFile[] {
  return context.store.files;
}

/** The file holding an application to `company`, or the first file. */
function fileWithCompany(context: ToolContext, company: string | undefined): JobSearchFile | undefined {
  return files(context).find((file) => company && 'found' in findApplications(file.parsed, company)) ?? files(context)[0];
}

/** The whole workspace as one search: every file's applications, training, people and wins, for the read tools. */
function merged(context: ToolContext): ParsedJobSearch | undefined {
  const all = files(context);
  if (all.length <= 1) return all[0]?.parsed;
  return { ...all[0]!.parsed, applications: all.flatMap((file) => file.parsed.applications), training: all.flatMap((file) => file.parsed.training), people: all.flatMap((file) => file.parsed.people), wins: all.flatMap((file) => file.parsed.wins) };
}

const noFile = (): string => vscode.l10n.t('There is no job-search.yaml in this workspace yet.');

/** Reads through `read` once the store is ready, or says there is no file. */
function reading(what: () => string, read: (search: ParsedJobSearch, context: ToolContext, input: Record<string, unknown>) => string | Promise<string>): ReadSpec {
  return {
    kind: 'read',
    what,
    read: async (context, input) => {
      await context.store.ready();
      const search = merged(context);
      return search ? read(search, context, input) : noFile();
    },
  };
}

/** The draft for an application and kind, from the same templates and values as the Draft command. */
async function draft(search: ParsedJobSearch, context: ToolContext, input: Record<string, unknown>): Promise<string> {
  const kind = text(input.kind) ?? '';
  if (!(FOLLOW_UP_KINDS as readonly string[]).includes(kind)) return vscode.l10n.t('{0} is not a kind of follow-up; use one of: {1}.', quoted(kind), FOLLOW_UP_KINDS.join(', '));
  const lookup = findApplications(search, text(input.company) ?? '', text(input.role));
  if ('error' in lookup) return lookup.error;
  const application = lookup.found[0]!;
  const file = fileWithCompany(context, application.company)!;
  const folder = vscode.workspace.getWorkspaceFolder(file.uri);
  const [template] = chooseTemplates(await context.templates.templates(folder), kind as FollowUpKind, application);
  if (!template) return vscode.l10n.t('There is no template for a {0}.', FOLLOW_UP_NOUNS[kind as FollowUpKind]);
  const followUp = application.followUps.find((candidate) => candidate.kind === kind && !candidate.sent);
  const values = draftValues(application, context.store.today, { profile: file.parsed.profile, training: file.parsed.training, contactName: text(input.contact) ?? followUp?.contact, followUp, people: file.parsed.people });
  const rendered = renderDraft(template, values, 'plaintext');
  const head = vscode.l10n.t('Draft of the {0} for {1}{2}, from the template {3}. The extension never sends anything: the user copies or sends it. Words in the draft that the file could not fill are placeholders to fill with the user{4}.', FOLLOW_UP_NOUNS[kind as FollowUpKind], quoted(companyName(application)), values.contactName ? `, ${vscode.l10n.t('to {0}', quoted(values.contactName))}` : '', quoted(template.title), rendered.missing.length ? ` (${rendered.missing.join(', ')})` : '');
  return `${head}\n\n\`\`\`text\n${rendered.text.replace(/```/g, '``\u200b`')}\n\`\`\``;
}

/** Each tool's behaviour. */
export const TOOL_SPECS: Readonly<Record<ToolName, ReadSpec | WriteSpec>> = {
  jobSearch_needsAction: reading(
    () => vscode.l10n.t('what needs action'),
    (search, context, input) => {
      const days = typeof input.days === 'number' && Number.isFinite(input.days) ? Math.max(0, Math.min(60, Math.floor(input.days))) : 7;
      return needsActionResult(search, context.store.today, days);
    },
  ),
  jobSearch_application: reading(
    () => vscode.l10n.t('one application'),
    (search, _context, input) => applicationResult(search, text(input.company) ?? '', text(input.role)),
  ),
  jobSearch_trainingPlan: reading(
    () => vscode.l10n.t('the training plan'),
    (search, context) => trainingResult(search, context.store.today),
  ),
  jobSearch_reflections: reading(
    () => vscode.l10n.t('reflections and feedback'),
    (search, _context, input) => reflectionsResult(search, text(input.company)),
  ),
  jobSearch_weeklyNumbers: reading(
    () => vscode.l10n.t('the week’s numbers'),
    (search, context) => weekResult(search, context.store.today, weekStartsOn(readSettings(vscode.workspace.workspaceFolders?.[0]).weekStartsOn, vscode.env.language)),
  ),
  jobSearch_draftMessage: reading(() => vscode.l10n.t('a draft from your templates'), draft),
  jobSearch_markSent: {
    kind: 'write',
    fileOf: (context, input) => fileWithCompany(context, text(input.company)),
    request: (context, file, input) => markSentRequest(file.parsed, { company: text(input.company) ?? '', role: text(input.role), kind: text(input.kind) ?? '', date: text(input.date) }, context.store.today),
  },
  jobSearch_recordRejection: {
    kind: 'write',
    fileOf: (context, input) => fileWithCompany(context, text(input.company)),
    request: (context, file, input) =>
      rejectionRequest(file.parsed, { company: text(input.company) ?? '', role: text(input.role), date: text(input.date), feedback: text(input.feedback), from: text(input.from) }, context.store.today, readSettings(vscode.workspace.getWorkspaceFolder(file.uri)).followThrough),
  },
  jobSearch_addReflection: {
    kind: 'write',
    fileOf: (context, input) => fileWithCompany(context, text(input.company)),
    request: (context, file, input) =>
      reflectionRequest(
        file.parsed,
        {
          company: text(input.company) ?? '',
          role: text(input.role),
          stage: text(input.stage),
          ...(typeof input.confidence === 'number' ? { confidence: input.confidence } : {}),
          wentWell: texts(input.wentWell),
          toImprove: texts(input.toImprove),
          outsideControl: text(input.outsideControl),
        },
        context.store.today,
      ),
  },
  jobSearch_tickTrainingItem: {
    kind: 'write',
    fileOf: (context, input) => files(context).find((file) => file.parsed.training.some((entry) => entry.skill.trim().toLowerCase() === (text(input.skill) ?? '').trim().toLowerCase())) ?? files(context)[0],
    request: (context, file, input) => tickRequest(file.parsed, { skill: text(input.skill) ?? '', task: text(input.task) ?? '', ...(typeof input.done === 'boolean' ? { done: input.done } : {}) }, context.store.today),
  },
  jobSearch_addToTrainingPlan: {
    kind: 'write',
    fileOf: (context) => files(context)[0],
    request: (_context, file, input) => gapRequest(file.parsed, { skill: text(input.skill) ?? '', task: text(input.task) }),
  },
};
