/** The fields a table column can fill, and the header names that mean each one, in English and the display language. */
import * as l10n from '@vscode/l10n';
import { STATUSES, STATUS_LABELS, type Status } from './vocabulary';

/** What a column holds; `applied`, `rejected`… are the date the application entered that stage. */
export type ImportField =
  | 'company'
  | 'role'
  | 'status'
  | Status
  | 'link'
  | 'location'
  | 'salary'
  | 'source'
  | 'resume'
  | 'posting'
  | 'contactName'
  | 'contactEmail'
  | 'contacts'
  | 'interviews'
  | 'feedback'
  | 'notes'
  | 'ignore';

/** Every field a column can be assigned to, in the order the column picker lists them. */
export const IMPORT_FIELDS: readonly ImportField[] = [
  'company',
  'role',
  'status',
  ...STATUSES,
  'interviews',
  'link',
  'location',
  'salary',
  'source',
  'resume',
  'posting',
  'contactName',
  'contactEmail',
  'contacts',
  'feedback',
  'notes',
  'ignore',
];

/** The field's name as the column picker shows it. */
export function importFieldLabel(field: ImportField): string {
  if ((STATUSES as readonly string[]).includes(field)) return l10n.t('Date: {0}', STATUS_LABELS[field as Status]);
  const labels: Record<Exclude<ImportField, Status>, () => string> = {
    company: () => l10n.t('Company'),
    role: () => l10n.t('Role'),
    status: () => l10n.t('Status'),
    interviews: () => l10n.t('Interviews'),
    link: () => l10n.t('Link'),
    location: () => l10n.t('Location'),
    salary: () => l10n.t('Salary'),
    source: () => l10n.t('Source'),
    resume: () => l10n.t('Résumé'),
    posting: () => l10n.t('Posting'),
    contactName: () => l10n.t('Contact name'),
    contactEmail: () => l10n.t('Contact email'),
    contacts: () => l10n.t('Contacts'),
    feedback: () => l10n.t('Feedback'),
    notes: () => l10n.t('Notes'),
    ignore: () => l10n.t('Leave out'),
  };
  return labels[field as Exclude<ImportField, Status>]();
}

/** Header names, lowercased with punctuation and spaces dropped, that mean each field in trackers and spreadsheets. */
const HEADER_NAMES: readonly (readonly [ImportField, readonly string[]])[] = [
  ['company', ['company', 'companyname', 'employer', 'organization', 'organisation', 'org', 'firm', 'business', 'unternehmen', 'firma']],
  ['role', ['role', 'position', 'title', 'jobtitle', 'job', 'jobposition', 'positiontitle', 'roletitle', 'jobrole', 'jobname', 'opening', 'stelle', 'rolle', 'position']],
  ['status', ['status', 'stage', 'applicationstatus', 'currentstatus', 'state', 'currentstage', 'pipelinestage', 'phase']],
  ['applied', ['dateapplied', 'applied', 'appliedon', 'applieddate', 'applicationdate', 'datesubmitted', 'submitted', 'submittedon', 'dateofapplication', 'appliedat', 'date', 'beworbenam']],
  ['wishlist', ['dateadded', 'added', 'addedon', 'saved', 'savedon', 'datesaved', 'created', 'createdat', 'createdon']],
  ['screening', ['screeningdate', 'phonescreen', 'phonescreendate', 'screendate', 'screenedon']],
  ['interviews', ['interviewdate', 'interview', 'interviews', 'interviewed', 'interviewon', 'interviewdates', 'nextinterview', 'interviewedon']],
  ['offer', ['offerdate', 'offer', 'offeron', 'offerreceived', 'dateofoffer']],
  ['accepted', ['accepteddate', 'acceptedon', 'dateaccepted']],
  ['rejected', ['rejecteddate', 'rejectiondate', 'daterejected', 'rejectedon', 'rejected', 'rejection', 'closeddate', 'dateclosed']],
  ['withdrawn', ['withdrawndate', 'withdrawnon', 'datewithdrawn']],
  ['ghosted', ['ghosteddate', 'ghostedon']],
  ['link', ['url', 'link', 'joburl', 'joblink', 'postingurl', 'postinglink', 'joblisting', 'listing', 'listingurl', 'applicationlink', 'applicationurl', 'website', 'jobposting', 'advert']],
  ['location', ['location', 'city', 'place', 'where', 'joblocation', 'office', 'remote', 'ort']],
  ['salary', ['salary', 'compensation', 'pay', 'salaryrange', 'comp', 'payrange', 'expectedsalary', 'rate', 'gehalt']],
  ['source', ['source', 'foundvia', 'foundon', 'channel', 'via', 'wherefound', 'howfound', 'referralsource', 'applicationsource', 'platform', 'board', 'jobboard', 'quelle']],
  ['resume', ['resume', 'resumeversion', 'cv', 'cvversion', 'resumeused', 'resumesent', 'cvsent', 'lebenslauf']],
  ['posting', ['postingfile', 'jobdescriptionfile', 'jdfile']],
  ['contactName', ['contact', 'contactname', 'recruiter', 'recruitername', 'pointofcontact', 'hiringmanager', 'contactperson', 'referrer', 'ansprechpartner']],
  ['contactEmail', ['contactemail', 'email', 'recruiteremail', 'emailaddress', 'contactmail', 'mail']],
  ['contacts', ['contacts', 'people', 'kontakte']],
  ['feedback', ['feedback', 'rejectionreason', 'reason', 'outcomenotes']],
  ['notes', ['notes', 'note', 'comments', 'comment', 'remarks', 'details', 'description', 'jobdescription', 'notizen', 'bemerkungen']],
];

/** A header as it is compared: lowercase letters and digits only, accents dropped ("Résumé" → "resume"). */
export function headerKey(header: string): string {
  return header
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]/gu, '');
}

/** The names the extension's own export uses, in English and in the display language, so its CSV comes back as it went out. */
function exportHeaders(): Map<string, ImportField> {
  const own = new Map<string, ImportField>();
  const add = (field: ImportField, ...names: string[]): void => names.forEach((name) => own.set(headerKey(name), field));
  add('company', 'Company', l10n.t('Company'));
  add('role', 'Role', l10n.t('Role'));
  add('status', 'Status', l10n.t('Status'));
  for (const status of STATUSES) {
    const label = STATUS_LABELS[status];
    add(status, `${status} on`, l10n.t({ message: '{0} on', args: [label], comment: ['a column of dates: when the application entered stage {0}'] }));
  }
  add('link', 'Link', l10n.t('Link'));
  add('location', 'Location', l10n.t('Location'));
  add('salary', 'Salary', l10n.t('Salary'));
  add('source', 'Source', l10n.t('Source'));
  add('resume', 'Résumé', l10n.t('Résumé'));
  add('posting', 'Posting', l10n.t('Posting'));
  add('contacts', 'Contacts', l10n.t('Contacts'));
  add('interviews', 'Interviews', l10n.t('Interviews'));
  add('feedback', 'Feedback', l10n.t('Feedback'));
  add('notes', 'Notes', l10n.t('Notes'));
  return own;
}

/** The field each column fills, by its header; a field claimed by an earlier column leaves later ones out. */
export function matchColumns(headers: readonly string[]): ImportField[] {
  const own = exportHeaders();
  const known = new Map<string, ImportField>();
  for (const [field, names] of HEADER_NAMES) for (const name of names) if (!known.has(name)) known.set(name, field);
  const taken = new Set<ImportField>();
  return headers.map((header) => {
    const key = headerKey(header);
    const field = own.get(key) ?? known.get(key) ?? (key.startsWith('date') ? undefined : guessByWords(key));
    if (!field || taken.has(field)) return 'ignore';
    taken.add(field);
    return field;
  });
}

/** A header that is not on the lists but plainly says what it is, such as "Company (legal name)" or "Job URL link". */
function guessByWords(key: string): ImportField | undefined {
  if (/compan|employer/.test(key)) return 'company';
  if (/jobtitle|position/.test(key)) return 'role';
  if (/url$|link$/.test(key)) return 'link';
  if (/resume|^cv/.test(key)) return 'resume';
  if (/status|stage/.test(key)) return 'status';
  if (/^note|notes$/.test(key)) return 'notes';
  return undefined;
}
