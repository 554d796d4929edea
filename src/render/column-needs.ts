import type { Block, Paragraph, Table } from '../model/schema.js';
import { layout, toParagraphSpec } from '../model/styles.js';
import { freeLeadingNumber } from './leading-number.js';
import { measureEm } from './measure.js';
import { measurePiecesMm, measureSetText, toLineTexts } from './set-text.js';
import { countHeaderRows, type PlacedCell, toTableGrid } from './table-grid.js';

const ptPerMm = 72 / 25.4;

/**
 * What a column's cells need: the longest piece that cannot break, the longest word unhyphenated (`wordMm`), the
 * widest line unbroken, and all their text; `looseWordMm`, the longest word unhyphenated when a number that leads a
 * cell's text may end a line (a stage name's «Подготовительный» without its «1.», leading-number.ts); `headWordMm`,
 * the longest word of its cells in the header rows (repeated at the top of every page), unhyphenated.
 */
export type ColumnNeeds = {
  readonly minMm: number;
  readonly wordMm: number;
  readonly looseWordMm: number;
  readonly maxMm: number;
  readonly volumeMm: number;
  readonly headWordMm: number;
};

const noNeeds: ColumnNeeds = { minMm: 0, wordMm: 0, looseWordMm: 0, maxMm: 0, volumeMm: 0, headWordMm: 0 };

/** Room above a piece's own width: rounding in either renderer must not push its last letter to the next line. */
export const slackMm = 0.5;
/** What a cell adds to the width of its text: its margins and the slack. */
export const cellMarginsMm = 2 * layout.cellPaddingXMm + slackMm;

const measured = new WeakMap<Table, readonly ColumnNeeds[]>();

/** Each column's needs, from its cells that span no other column (worked out once per table). */
export function measureColumns(table: Table): readonly ColumnNeeds[] {
  let needs = measured.get(table);
  if (needs === undefined) {
    needs = sumColumns(table);
    measured.set(table, needs);
  }
  return needs;
}

/**
 * The needs of `from` taken as those of `to`, the same table set with some words whole where they fit their columns
 * (whole-words.ts): what tells a column too narrow for a word (unfit-words.ts) is the same, and a roadmap of 1,000 rows
 * is not measured twice (~40 ms).
 */
export function keepColumnNeeds(from: Table, to: Table): void {
  const needs = measured.get(from);
  if (needs !== undefined && to !== from) measured.set(to, needs);
}

function sumColumns(table: Table): ColumnNeeds[] {
  const needs = table.widths.map(() => ({ ...noNeeds }));
  const marginsMm = cellMarginsMm;
  const headerRows = countHeaderRows(table.rows);
  for (const [r, row] of toTableGrid(table).entries()) {
    for (const placed of row) {
      if (placed === 'covered' || placed.colSpan > 1) continue;
      const need = measureCell(placed);
      const column = needs[placed.column]!;
      column.minMm = Math.max(column.minMm, need.minMm + marginsMm);
      column.wordMm = Math.max(column.wordMm, need.wordMm + marginsMm);
      column.looseWordMm = Math.max(column.looseWordMm, need.looseWordMm + marginsMm);
      column.maxMm = Math.max(column.maxMm, need.maxMm + marginsMm);
      column.volumeMm += need.volumeMm;
      if (r < headerRows) column.headWordMm = Math.max(column.headWordMm, need.wordMm + marginsMm);
    }
  }
  return needs.map((n) => ({ ...n, maxMm: Math.max(n.maxMm, n.wordMm, n.minMm) }));
}

function measureCell(placed: PlacedCell): ColumnNeeds {
  return measureBlocks(placed.cell.children, 0);
}

function measureBlocks(blocks: readonly Block[], indentMm: number): ColumnNeeds {
  let need: ColumnNeeds = noNeeds;
  for (const block of blocks) {
    const own =
      block.type === 'paragraph'
        ? measureParagraph(block, indentMm)
        : block.type === 'list'
          ? block.items.reduce(
              (sum, item) => addNeeds(sum, measureBlocks(item.children, indentMm + layout.listHangingMm)),
              noNeeds,
            )
          : noNeeds;
    need = addNeeds(need, own);
  }
  return need;
}

function addNeeds(a: ColumnNeeds, b: ColumnNeeds): ColumnNeeds {
  return {
    minMm: Math.max(a.minMm, b.minMm),
    wordMm: Math.max(a.wordMm, b.wordMm),
    looseWordMm: Math.max(a.looseWordMm, b.looseWordMm),
    maxMm: Math.max(a.maxMm, b.maxMm),
    volumeMm: a.volumeMm + b.volumeMm,
    headWordMm: 0,
  };
}

function measureParagraph(paragraph: Paragraph, indentMm: number): ColumnNeeds {
  const spec = toParagraphSpec(paragraph);
  const toMm = (em: number) => (em * spec.sizePt) / ptPerMm;
  const { lines, leastMm, wordMm } = measureSetText(paragraph);
  let maxMm = 0;
  let volumeMm = 0;
  for (const line of lines) {
    const lineMm = toMm(line.em);
    maxMm = Math.max(maxMm, lineMm);
    volumeMm += lineMm;
  }
  const at = indentMm + Math.max(spec.firstLineMm, 0);
  const free = freeLeadingNumber(paragraph);
  const looseMm = free === undefined ? wordMm : measureSetText(free).wordMm;
  return {
    minMm: leastMm + at,
    wordMm: wordMm + at,
    looseWordMm: looseMm + at,
    maxMm: maxMm + at,
    volumeMm,
    headWordMm: 0,
  };
}

/** A word as set (soft hyphens and break marks in it) and the width of its longest piece that no line can break. */
export type MeasuredWord = { readonly word: string; readonly minMm: number };

/**
 * The words of a paragraph with their least widths (without indent or cell margins). Pieces no line can break lie
 * between spaces (a no-break space joins) and the break marks of over-long words (markup/break-long-words.ts), after
 * a hyphen, at soft hyphens (each with the hyphen drawn at the break).
 */
export function measureWords(paragraph: Paragraph): MeasuredWord[] {
  const spec = toParagraphSpec(paragraph);
  const toMm = (text: string) => (measureEm(text, spec.bold) * spec.sizePt) / ptPerMm;
  const hyphenMm = toMm('-');
  const words: MeasuredWord[] = [];
  for (const line of toLineTexts(paragraph)) {
    for (const word of line.split(/[ \t]+/)) {
      if (word === '') continue;
      // A word without a place to break is one piece (the usual word: no splitting).
      if (!/[\u200B\u00AD-]/.test(word)) {
        words.push({ word, minMm: toMm(word) });
        continue;
      }
      words.push({ word, minMm: measurePiecesMm(word, toMm, hyphenMm) });
    }
  }
  return words;
}
