/** The job-search.yaml that Create job-search.yaml writes: the user's own, with a profile to fill in and no one else's data. */
import { subDays } from 'date-fns';
import { fromIsoDate, toIsoDate } from './calendarDate';
import type { IsoDate } from './jobSearch';

/** The starter text, with its one commented example dated a week before `today`; `eol` is the line ending to use. */
export function starterFile(today: IsoDate, eol = '\n'): string {
  const lastWeek = toIsoDate(subDays(fromIsoDate(today), 7));
  return [
    '# job-search.yaml: your job search in one plain file, under your own version',
    '# control. The Job Search view in the activity bar shows what needs doing;',
    '# CodeLenses above an application offer drafts of the messages that fit it.',
    '# Dates are YYYY-MM-DD. Your own fields start with "x-" (x-salary-band).',
    '# Stages: wishlist, applied, screening, interviewing, offer, accepted,',
    '# rejected, withdrawn, ghosted.',
    '# A whole search written out: run "Job Search: Open the Example".',
    '',
    '# Drafts are signed with these. For a signature of several lines, write',
    '# "signature: |-" and the lines below it, indented.',
    'profile:',
    '  name:',
    '  email:',
    '  signature:',
    '',
    '# Add applications with "Job Search: Add Application…", or by hand under',
    '# applications:, like this one:',
    '#   - company: Example Co',
    '#     role: Backend Engineer',
    '#     status: applied',
    '#     link: https://example.com/jobs/123',
    '#     history:',
    `#       - date: ${lastWeek}`,
    '#         status: applied',
    'applications:',
    '',
  ].join(eol);
}
