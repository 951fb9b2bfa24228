/**
 * Figures that explain the funnel from the user's own file: how long the first reply took, where closed applications
 * ended, and which sources and résumé versions led to interviews. Every figure counts; none is a score.
 */
import * as l10n from '@vscode/l10n';
import { daysBetween } from './calendarDate';
import type { Application, IsoDate, JobSearch } from './jobSearch';
import { median } from './median';
import { nameKey } from './network';
import type { InterviewKind, Status } from './vocabulary';

/** Where an application was found, grouped so that "LinkedIn" and "Indeed" count together as a job board. */
export type SourceGroup = 'referral' | 'job-board' | 'recruiter' | 'company-site' | 'other' | 'unknown';

/** The stage at which a closed application ended. */
export type EndStage = 'application' | 'screening' | 'technical' | 'onsite' | 'offer';

/** In pipeline order, as the chart lists them. */
export const END_STAGES: readonly EndStage[] = ['application', 'screening', 'technical', 'onsite', 'offer'];

/** How many applications of one group were sent and how far they got. */
export interface Conversion {
  /** The group's name as shown: "Referral", or a résumé version as written. */
  readonly label: string;
  readonly applied: number;
  readonly interviewed: number;
  readonly offered: number;
}

/** Days to the first reply for one group of sources. */
export interface ReplyTime {
  readonly label: string;
  readonly replies: number;
  readonly medianDays: number;
}

/** Everything the dashboard's funnel section draws. */
export interface FunnelFigures {
  /** Median days from applying to the first reply, over every application that got one. */
  readonly medianReplyDays?: number;
  readonly replies: number;
  /** Applications sent that have had no reply at all yet, closed or not. */
  readonly unanswered: number;
  readonly replyBySource: readonly ReplyTime[];
  readonly endStages: readonly { readonly stage: EndStage; readonly label: string; readonly count: number }[];
  readonly bySource: readonly Conversion[];
  readonly byResume: readonly Conversion[];
}

const SOURCE_WORDS: readonly (readonly [SourceGroup, RegExp])[] = [
  ['referral', /refer|empfehl/],
  ['recruiter', /recruit|agency|headhunt|personalvermittl/],
  ['company-site', /career|company (site|website|page)|website|direct|karriere/],
  ['job-board', /linkedin|indeed|board|glassdoor|stepstone|xing|wellfound|angel|hacker ?news|\bhn\b|otta|dice|monster|remote ?ok|weworkremotely|stack ?overflow|jobbörse|portal/],
];

/** The group a `source` text belongs to. */
export function sourceGroup(source: string | undefined): SourceGroup {
  const key = nameKey(source);
  if (!key) return 'unknown';
  return SOURCE_WORDS.find(([, words]) => words.test(key))?.[0] ?? 'other';
}

/** Each group's name in the display language. */
export function sourceLabel(group: SourceGroup): string {
  const labels: Record<SourceGroup, () => string> = {
    referral: () => l10n.t('Referral'),
    'job-board': () => l10n.t('Job board'),
    recruiter: () => l10n.t('Recruiter'),
    'company-site': () => l10n.t('Company site'),
    other: () => l10n.t('Other sources'),
    unknown: () => l10n.t('Source not noted'),
  };
  return labels[group]();
}

/** Each end stage's name in the display language. */
export function endStageLabel(stage: EndStage): string {
  const labels: Record<EndStage, () => string> = {
    application: () => l10n.t('After applying'),
    screening: () => l10n.t('Screening'),
    technical: () => l10n.t('Technical rounds'),
    onsite: () => l10n.t('Onsite or final'),
    offer: () => l10n.t('At the offer'),
  };
  return labels[stage]();
}

const REPLIED: ReadonlySet<Status> = new Set<Status>(['screening', 'interviewing', 'offer', 'accepted', 'rejected']);
const INTERVIEWED: ReadonlySet<Status> = new Set<Status>(['interviewing', 'offer', 'accepted']);
const OFFERED: ReadonlySet<Status> = new Set<Status>(['offer', 'accepted']);
const CLOSED: ReadonlySet<Status> = new Set<Status>(['rejected', 'withdrawn', 'ghosted']);
const SCREENING_KINDS: ReadonlySet<InterviewKind> = new Set<InterviewKind>(['screening', 'recruiter']);
const ONSITE_KINDS: ReadonlySet<InterviewKind> = new Set<InterviewKind>(['onsite', 'panel', 'final']);

/** The first day the application entered `applied`. */
function appliedOn(application: Application): IsoDate | undefined {
  let first: IsoDate | undefined;
  for (const entry of application.history) if (entry.status === 'applied' && entry.date && (!first || entry.date < first)) first = entry.date;
  return first;
}

/** The first answer from the company on or after `applied`: a later stage in the history, or the first interview. */
function firstReply(application: Application, applied: IsoDate): IsoDate | undefined {
  let first: IsoDate | undefined;
  const consider = (date: IsoDate | undefined): void => {
    if (date && date >= applied && (!first || date < first)) first = date;
  };
  for (const entry of application.history) if (entry.status && REPLIED.has(entry.status)) consider(entry.date);
  for (const interview of application.interviews) consider(interview.date);
  return first;
}

/** Every stage the application reached, from its history, its status and its interviews. */
function reached(application: Application): Set<Status> {
  const seen = new Set<Status>();
  for (const entry of application.history) if (entry.status) seen.add(entry.status);
  if (application.status) seen.add(application.status);
  if (application.interviews.length) seen.add('interviewing');
  return seen;
}

/** Where a closed application ended: the furthest it got before the rejection, the withdrawal or the silence. */
function endStage(application: Application, stages: ReadonlySet<Status>): EndStage {
  if (stages.has('offer') || stages.has('accepted')) return 'offer';
  const kinds = application.interviews.map((interview) => interview.kind ?? 'other');
  if (kinds.some((kind) => ONSITE_KINDS.has(kind))) return 'onsite';
  if (kinds.some((kind) => !SCREENING_KINDS.has(kind))) return 'technical';
  if (kinds.length || stages.has('screening')) return 'screening';
  // Interviewing with no interview written down: past the screening, at least.
  return stages.has('interviewing') ? 'technical' : 'application';
}

/** Groups kept in a fixed order, the largest "other" groups after them. */
const GROUP_ORDER: readonly SourceGroup[] = ['referral', 'company-site', 'recruiter', 'job-board', 'other', 'unknown'];

/** How many résumé versions the chart shows; the rest are summed as "Other versions". */
const MAX_VERSIONS = 6;

/** Counts of one group, added to in place. */
interface Tally {
  label: string;
  applied: number;
  interviewed: number;
  offered: number;
}

const hasAny = (stages: ReadonlySet<Status>, wanted: ReadonlySet<Status>): boolean => {
  for (const status of wanted) if (stages.has(status)) return true;
  return false;
};

/** The funnel figures of every application sent (wishlist entries are not sent yet). */
export function funnelFigures(search: Pick<JobSearch, 'applications'>): FunnelFigures {
  const replyDays = new Map<SourceGroup, number[]>();
  const all: number[] = [];
  let unanswered = 0;
  const ends = new Map<EndStage, number>();
  const sources = new Map<SourceGroup, Tally>();
  const resumes = new Map<string, Tally>();
  const count = (tally: Tally, interviewed: boolean, offered: boolean): void => {
    tally.applied++;
    if (interviewed) tally.interviewed++;
    if (offered) tally.offered++;
  };
  for (const application of search.applications) {
    if (!application.status || application.status === 'wishlist') continue;
    const stages = reached(application);
    const group = sourceGroup(application.source);
    const interviewed = hasAny(stages, INTERVIEWED);
    const offered = hasAny(stages, OFFERED);
    let bySource = sources.get(group);
    if (!bySource) sources.set(group, (bySource = { label: sourceLabel(group), applied: 0, interviewed: 0, offered: 0 }));
    count(bySource, interviewed, offered);
    const resumeKey = nameKey(application.resume);
    let version = resumes.get(resumeKey);
    if (!version) resumes.set(resumeKey, (version = { label: application.resume?.trim() || l10n.t('Not noted'), applied: 0, interviewed: 0, offered: 0 }));
    count(version, interviewed, offered);
    const applied = appliedOn(application);
    const reply = applied && firstReply(application, applied);
    if (applied && reply) {
      const days = daysBetween(applied, reply);
      all.push(days);
      const times = replyDays.get(group);
      if (times) times.push(days);
      else replyDays.set(group, [days]);
    } else if (!hasAny(stages, REPLIED)) unanswered++;
    if (CLOSED.has(application.status)) {
      const stage = endStage(application, stages);
      ends.set(stage, (ends.get(stage) ?? 0) + 1);
    }
  }
  const versions = [...resumes.entries()].sort(([a, x], [b, y]) => Number(a === '') - Number(b === '') || y.applied - x.applied || x.label.localeCompare(y.label));
  const shown: Conversion[] = versions.slice(0, MAX_VERSIONS).map(([, version]) => ({ ...version }));
  const rest = versions.slice(MAX_VERSIONS).map(([, version]) => version);
  if (rest.length) shown.push(rest.reduce((sum, version) => ({ ...sum, applied: sum.applied + version.applied, interviewed: sum.interviewed + version.interviewed, offered: sum.offered + version.offered }), { label: l10n.t('Other versions'), applied: 0, interviewed: 0, offered: 0 }));
  return {
    ...(all.length ? { medianReplyDays: median(all) } : {}),
    replies: all.length,
    unanswered,
    replyBySource: GROUP_ORDER.filter((group) => replyDays.has(group)).map((group) => ({ label: sourceLabel(group), replies: replyDays.get(group)!.length, medianDays: median(replyDays.get(group)!) })),
    endStages: END_STAGES.map((stage) => ({ stage, label: endStageLabel(stage), count: ends.get(stage) ?? 0 })),
    bySource: GROUP_ORDER.filter((group) => sources.has(group)).map((group) => ({ ...sources.get(group)! })),
    // A résumé comparison means something only once a version is noted.
    byResume: versions.some(([key]) => key !== '') ? shown : [],
  };
}
