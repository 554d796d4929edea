import { toStageTitle } from '../../kinds/roadmap/stage-label.js';
import { importText } from '../../messages.js';
import type { DocCell, DocRow, DocTable } from '../docx/blocks.js';
import { readCellText, readCellValue } from './cell-value.js';
import type { PeopleBook } from './people.js';
import { readResponsible } from './responsible.js';
import { splitStageNumber } from './stage-number.js';
import { readTerm } from './terms.js';

/** A note on a value: the key it concerns within its item or stage (none: the item or stage itself). */
export type EntryNote = { readonly key?: string; readonly text: string };
export type Entry =
  | {
      readonly kind: 'stage';
      readonly title: string;
      readonly term?: unknown;
      /** The label named the stage with the word «этап», which went with its number («I этап. Основной»). */
      readonly worded?: boolean;
      readonly notes: EntryNote[];
    }
  | {
      readonly kind: 'item';
      readonly values: Readonly<Record<string, unknown>>;
      /** Nesting depth read from the number: «1.» 0, «1.2» 1; undefined when the row has no number. */
      readonly depth: number | undefined;
      /** The number as the document writes it («1.2.», «4.4.1»), '' when none. */
      readonly number: string;
      readonly notes: EntryNote[];
    };

export type Column = { readonly key: string; readonly title: string };

const findCell = (row: DocRow, col: number): DocCell | undefined => row.cells.find((c) => c.col === col);

/** The body rows of a roadmap table (header and column numbers removed) as a flat list of stages and items. */
export function readEntries(
  rows: readonly DocRow[],
  table: DocTable,
  columns: readonly Column[],
  book: PeopleBook,
): { entries: Entry[]; byStage: boolean } {
  const stageCol = columns.findIndex((c) => c.key === 'stage');
  const numberCol = columns.findIndex((c) => c.key === 'number');
  const entries: Entry[] = [];
  let byStage = false;
  let stageNumber = 0;
  let stageText: string | undefined; // the last stage cell's text: the same text again continues that stage
  let qualified: boolean | undefined; // items numbered with their stage's number (1.1, 1.2 … 2.1)
  for (const row of rows) {
    const label = readStageRow(row, table.columns, numberCol);
    if (label !== undefined) {
      stageNumber += 1;
      entries.push(readStageLabel(label, stageNumber));
      continue;
    }
    const stageCell = stageCol >= 0 ? findCell(row, stageCol) : undefined;
    if (stageCell) {
      const numberCell = findCell(row, numberCol);
      byStage ||=
        numberCell !== undefined && numberCell.rowSpan === stageCell.rowSpan && stageCell.rowSpan > 1;
      // gramota restarts a stage's merged cell at the top of each page it continues on, with its text again; an
      // empty stage cell below one runs that stage on (gramota's part of a row broken below its stage, or a cell
      // left unmerged by hand).
      const text = readCellText(stageCell);
      const continues = text === stageText || (text.trim() === '' && stageText !== undefined);
      if (!continues) {
        stageNumber += 1;
        entries.push(readStageColumn(text, stageNumber));
        stageText = text;
      }
    }
    const notes: EntryNote[] = [];
    const values = readItemValues(row, columns, book, notes);
    if (values === undefined) continue;
    const number = stageCell && byStage ? '' : readCellText(findCell(row, numberCol)).trim();
    const parts = /^(\d+(?:\.\d+)*)\.?$/.exec(number)?.[1]?.split('.').map(Number);
    if (!parts && number !== '') notes.push({ text: importText.numberNotRead(number) });
    if (stageNumber > 0 && parts !== undefined) qualified ??= parts.length > 1 && parts[0] === stageNumber;
    const inStage = qualified === true && parts !== undefined && parts.length > 1 && parts[0] === stageNumber;
    entries.push({
      kind: 'item',
      values,
      depth: parts ? parts.length - 1 - (inStage ? 1 : 0) : undefined,
      number,
      notes,
    });
  }
  return { entries, byStage };
}

function readItemValues(
  row: DocRow,
  columns: readonly Column[],
  book: PeopleBook,
  notes: EntryNote[],
): Record<string, unknown> | undefined {
  const item: Record<string, unknown> = {};
  columns.forEach((column, col) => {
    if (column.key === 'number' || column.key === 'stage') return;
    const cell = findCell(row, col);
    const text = readCellText(cell);
    if (column.key === 'term' && text !== '') {
      const { term, note } = readTerm(text);
      item.term = term;
      if (note) notes.push({ key: 'term', text: note });
    } else if (column.key === 'responsible' && text !== '') {
      // Lines of a cell are a list: «Белова М.А.,⏎руководители ШМО» is «Белова М.А., руководители ШМО».
      const joined = text.replace(/\s*,?\s*\n\s*/g, ', ');
      item.responsible = readResponsible(text, book);
      if (/(^|,\s*)\p{Lu}\.\s?(\p{Lu}\.)?\s?\p{Lu}\p{Ll}/u.test(joined))
        notes.push({ key: 'responsible', text: importText.initialsFirst });
    } else if (column.key !== 'term' && column.key !== 'responsible') {
      const value = readCellValue(cell);
      if (value !== undefined) item[column.key] = value;
    }
  });
  if (Object.keys(item).length === 0) return undefined;
  return { activity: item.activity ?? '', ...item };
}

/**
 * The text of a stage row: one cell across the table (or all but one column), or the № cell and one cell across
 * the rest («I» | «Подготовительный этап»); undefined for any other row.
 */
function readStageRow(row: DocRow, columns: number, numberCol: number): string | undefined {
  const [first, second] = row.cells;
  if (columns <= 2 || !first) return undefined;
  if (row.cells.length === 1 && first.colSpan >= columns - 1) return readCellText(first);
  const besideNumber = row.cells.length === 2 && first.col === numberCol && first.colSpan === 1;
  if (besideNumber && second && second.colSpan === columns - 1)
    return `${readCellText(first)} ${readCellText(second)}`.trim();
  return undefined;
}

/** «1. Подготовительный этап (сентябрь 2020 г.)» → title and term; gramota writes the number itself. */
function readStageLabel(label: string, n: number): Entry {
  const notes: EntryNote[] = [];
  const { number, title: named } = splitStageNumber(label.replace(/\n/g, ' '));
  if (number !== String(n)) notes.push({ text: importText.stageNumbered(n) });
  const { title, term } = splitStageTerm(named);
  if (toStageTitle(title, undefined) !== title) notes.push({ text: importText.stageWord(title) });
  return { kind: 'stage', title, ...(term !== undefined && { term }), notes };
}

/**
 * «Подготовительный (сентябрь – декабрь 2026 г.)» → the title and the term in brackets at its end, when that reads as
 * a month, a date or a range of them (gramota prints it there again, «(сентябрь – декабрь 2026 г.)»); other text in
 * brackets («Основной (внедренческий)») stays in the title.
 */
function splitStageTerm(title: string): { title: string; term?: unknown } {
  const paren = /^(.*?)\s*\(([^()]+)\)$/su.exec(title);
  const term = paren ? readTerm(paren[2]!).term : undefined;
  const isDate = typeof term === 'string' ? /^\d{4}(?:-\d{2}){0,2}$/.test(term) : term !== undefined;
  return paren !== null && paren[1]!.trim() !== '' && isDate ? { title: paren[1]!.trim(), term } : { title };
}

/**
 * «1. Аналитико-концептуальный\n(март – август 2018 г.)», «1. Подготовительный (сентябрь – декабрь 2026 г.)», «I.
 * Организационный» or «Этап 1. Организационный» in a stage column: gramota writes the number itself (in the merged №
 * cell when the number is merged too), so a typed one goes; the term in brackets, on its own line or after the title,
 * is the stage's term.
 */
function readStageColumn(label: string, n: number): Entry {
  const [first = '', ...rest] = label.split('\n');
  const { number, title, worded } = splitStageNumber(first);
  const notes: EntryNote[] =
    number !== undefined && number !== String(n) ? [{ text: importText.stageNumbered(n) }] : [];
  const paren = /^\((.+)\)$/.exec(rest.join(' ').trim());
  if (paren) return { kind: 'stage', title, term: readTerm(paren[1]!).term, worded, notes };
  const split = splitStageTerm([title, ...rest].join('\n').trim());
  return { kind: 'stage', ...split, worded, notes };
}
