/** All the feedback an application got: its own `feedback` entries and what reflections recorded before they had a home. */
import type { Application, Feedback, IsoDate } from './jobSearch';

/** One piece of feedback and where it is written. */
export interface FeedbackNote extends Feedback {
  readonly origin: 'application' | 'reflection';
}

/** The application's feedback, then each reflection's, oldest first where dated; undated entries keep file order. */
export function feedbackOf(application: Pick<Application, 'feedback' | 'reflections'>): FeedbackNote[] {
  const notes: FeedbackNote[] = [
    ...application.feedback.map((entry) => ({ ...entry, origin: 'application' as const })),
    ...application.reflections.filter((reflection) => reflection.feedback).map((reflection) => ({
      span: reflection.span,
      text: reflection.feedback!,
      ...(reflection.date ? { date: reflection.date } : {}),
      origin: 'reflection' as const,
    })),
  ];
  return notes.map((note, order) => ({ note, order })).sort((a, b) => byDate(a.note.date, b.note.date) || a.order - b.order).map(({ note }) => note);
}

/** Dated entries in date order; an undated one keeps its place relative to the others by sorting as equal. */
function byDate(a: IsoDate | undefined, b: IsoDate | undefined): number {
  return a && b ? (a < b ? -1 : a > b ? 1 : 0) : 0;
}

/** The feedback as one line of text, latest last, for drafts and exports. */
export function feedbackText(application: Pick<Application, 'feedback' | 'reflections'>, separator = ' / '): string {
  return feedbackOf(application).map((note) => note.text).join(separator);
}
