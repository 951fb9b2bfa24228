/** Bad-input figures for the bench: a 10 MB file, the same file damaged in the middle, and the alias bomb. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { LineCounter, parseDocument } from 'yaml';
import { parseJobSearch } from '../src/model/parseJobSearch';
import { PARSE_OPTIONS } from '../src/model/parseOptions';
import { median } from './measure';
import { syntheticJobSearch } from './syntheticJobSearch';

/** About 10 MB of job search. */
export const HUGE_APPLICATIONS = 13_000;

/** Milliseconds per task, and the sizes they were measured on. */
export interface BadInputFigures {
  hugeBytes: number;
  hugeParse: number;
  hugeLoad: number;
  damagedParse: number;
  damagedLoad: number;
  damagedProblems: number;
  damagedApplications: number;
  bombParse: number;
  bombLoad: number;
}

const bareParse = (text: string) => () => parseDocument(text, { ...PARSE_OPTIONS, lineCounter: new LineCounter() });

/** `text` with an unclosed flow mapping halfway through: the worst place for a syntax error. */
export function damagedInTheMiddle(text: string): string {
  const middle = text.indexOf('\n  - company:', text.length / 2);
  return `${text.slice(0, middle)}\n  - {company: Unclosed, role: "oops"${text.slice(middle)}`;
}

/** The first, untimed run is the only warm-up a task of several seconds needs. */
const SLOW = { warmUps: 0, untimedBeforeEach: false };

/** Times the bad inputs; the 10 MB parses take seconds each, so they get fewer runs than the sized scenarios. */
export async function measureBadInputs(): Promise<BadInputFigures> {
  const huge = syntheticJobSearch(HUGE_APPLICATIONS);
  const damaged = damagedInTheMiddle(huge);
  const damagedResult = parseJobSearch(damaged);
  const bomb = readFileSync(join(__dirname, '..', 'test', 'fixtures', 'bad', 'alias-bomb.yaml'), 'utf8');
  return {
    hugeBytes: Buffer.byteLength(huge),
    hugeParse: await median(3, bareParse(huge), SLOW),
    hugeLoad: await median(3, () => parseJobSearch(huge), SLOW),
    damagedParse: await median(3, bareParse(damaged), SLOW),
    damagedLoad: await median(3, () => parseJobSearch(damaged), SLOW),
    damagedProblems: damagedResult.problems.filter((problem) => problem.severity === 'error').length,
    damagedApplications: damagedResult.applications.length,
    bombParse: await median(15, bareParse(bomb)),
    bombLoad: await median(15, () => parseJobSearch(bomb)),
  };
}
