import type { Note } from './notes.js';
import type { PeopleBook } from './recognise/people.js';

/** What reading the sections of one file gathers as it goes: the organization, the people, the notes. */
export type ImportState = {
  organization: { name?: string; short_name?: string; city?: string };
  readonly book: PeopleBook;
  readonly notes: Note[];
  /** An order's date was written in words: the plan's dates are (settings.date_style). */
  datesInWords?: boolean;
};

/** A plan document being built (plain data; its keys follow the plan schema of its type). */
export type PlanDoc = Record<string, unknown>;
