/** Builds the reflection entry "Add Reflection…" appends, from what the user typed. */
import type { IsoDate } from './jobSearch';
import type { InterviewKind } from './vocabulary';

/** What the guided input collected. */
export interface ReflectionInput {
  readonly date: IsoDate;
  readonly stage?: InterviewKind;
  readonly confidence?: number;
  /** Comma-separated, as typed. */
  readonly wentWell: string;
  readonly toImprove: string;
  /** What was outside the user's control, as typed. */
  readonly outsideControl?: string;
  /** The date of the interview it is about. */
  readonly interview?: IsoDate;
}

/** Splits "a, b ,, c" into ["a", "b", "c"]. */
export function splitList(text: string): string[] {
  return text
    .split(',')
    .map((item) => item.trim())
    .filter(Boolean);
}

/** The reflection as a flow mapping's fields, leaving out whatever was left empty. */
export function reflectionEntry(input: ReflectionInput): Record<string, string | number | readonly string[]> {
  const wentWell = splitList(input.wentWell);
  const toImprove = splitList(input.toImprove);
  return {
    date: input.date,
    ...(input.stage ? { stage: input.stage } : {}),
    ...(input.confidence ? { confidence: input.confidence } : {}),
    ...(wentWell.length ? { wentWell } : {}),
    ...(toImprove.length ? { toImprove } : {}),
    ...(input.outsideControl?.trim() ? { outsideControl: input.outsideControl.trim() } : {}),
    ...(input.interview ? { interview: input.interview } : {}),
  };
}
