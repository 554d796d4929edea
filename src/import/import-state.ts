import type { Note } from './notes.js';
import type { OrderRef } from './recognise/order-ref.js';
import type { PeopleBook } from './recognise/people.js';

export type ApprovedMark = 'none' | 'number' | 'full';

/** What reading the sections of one file gathers as it goes: the organization, the people, the notes. */
export type ImportState = {
  organization: { name?: string; short_name?: string; city?: string };
  readonly book: PeopleBook;
  readonly notes: Note[];
  /** An order's date was written in words: the plan's dates are (settings.date_style). */
  datesInWords?: boolean;
  /** Orders the file does not hold that its documents cite (`orders:`), by id. */
  readonly orders: Record<string, OrderRef>;
  /**
   * For each document approved by an order, what stands over its stamp (settings.appendix_mark): nothing, «Приложение
   * N» alone, or the whole mark «Приложение N к приказу … от … № …».
   */
  readonly approvedMarks: ApprovedMark[];
  /** The number each appendix's mark gives («Приложение 2» → 2), by the appendix's place in `documents`. */
  readonly appendixNumbers: Map<number, number>;
  /** The titles an order's list «Приложения: 1. … 2. …» gives its appendices by number, by the order's place. */
  readonly appendixLists: Map<number, ReadonlyMap<number, string>>;
};

/** A plan document being built (plain data; its keys follow the plan schema of its type). */
export type PlanDoc = Record<string, unknown>;
