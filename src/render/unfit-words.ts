import { softHyphen } from '../language/hyphenation.js';
import { breakOpportunity } from '../markup/break-long-words.js';
import { pageGeometry, textWidthMm } from '../model/page.js';
import type { Block, DocumentModel, Table } from '../model/schema.js';
import { layout, toParagraphSpec } from '../model/styles.js';
import { cellMarginsMm, measureColumns, measureWords } from './column-needs.js';
import { resolveTableWidthsMm } from './column-widths.js';
import { type PlacedCell, toTableGrid } from './table-grid.js';

/** A word wider than its column at the table's size: either format breaks it between letters. */
export type UnfitWord = {
  /** The word as written (no soft hyphens or break marks). */
  readonly word: string;
  /**
   * The column's title from the table's head, else the one its template gives a table without a head (`titles`),
   * else its number from 1.
   */
  readonly column: string;
  readonly columnWidthMm: number;
  /** The width of column the word needs, its cell margins included. */
  readonly neededMm: number;
};

/**
 * The words of a document's tables that cannot fit their column whole, even at the table's final size
 * (render/table-size-rule.ts): wider than the column between its margins at every piece between hyphenation points.
 * Each word once per column. Tables in cells are not looked into.
 */
export function findUnfitWords(model: DocumentModel): UnfitWord[] {
  return model.sections.flatMap((section) => {
    const widthMm = textWidthMm(pageGeometry(section.orientation));
    return section.children.flatMap((block) => (block.type === 'table' ? findInTable(block, widthMm) : []));
  });
}

function findInTable(table: Table, widthMm: number): UnfitWord[] {
  const widths = resolveTableWidthsMm(table, widthMm);
  const narrow = measureColumns(table).map((need, c) => need.minMm > widths[c]! + 1e-6);
  if (!narrow.includes(true)) return [];
  const grid = toTableGrid(table);
  const found = new Map<string, UnfitWord>();
  for (const row of grid) {
    for (const placed of row) {
      if (placed === 'covered' || placed.colSpan > 1 || !narrow[placed.column]) continue;
      const roomMm = widths[placed.column]! - cellMarginsMm;
      for (const { word, minMm } of measureBlocks(placed.cell.children, 0)) {
        const shown = toShownWord(word);
        const key = `${placed.column}\u0000${shown}`;
        if (minMm <= roomMm + 1e-6 || found.has(key)) continue;
        const column = toColumnTitle(table, placed.column);
        const at = { columnWidthMm: widths[placed.column]!, neededMm: minMm + cellMarginsMm };
        found.set(key, { word: toCore(shown), column, ...at });
      }
    }
  }
  return [...found.values()];
}

/** A word as the plan writes it: without the soft hyphens and break marks the markup and the renderer put in. */
export function toShownWord(word: string): string {
  return word.replaceAll(softHyphen, '').replaceAll(breakOpportunity, '');
}

/** A word without the punctuation around it: «(ГАПОУ),» → ГАПОУ; an initial keeps its dot: «Иванова О.Н.». */
export function toCore(word: string): string {
  const core = word.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '') || word;
  return /(?:^|[\s\u00A0.])\p{Lu}$/u.test(core) && word.includes(`${core}.`) ? `${core}.` : core;
}

/** Every word of the blocks with the width it needs, its indent (list items, first line) included. */
function measureBlocks(blocks: readonly Block[], indentMm: number): { word: string; minMm: number }[] {
  return blocks.flatMap((block) => {
    if (block.type === 'list')
      return block.items.flatMap((item) => measureBlocks(item.children, indentMm + layout.listHangingMm));
    if (block.type !== 'paragraph') return [];
    const at = indentMm + Math.max(toParagraphSpec(block).firstLineMm, 0);
    return measureWords(block).map(({ word, minMm }) => ({ word, minMm: minMm + at }));
  });
}

/** The text of the first head row's cell over the column, else the title the template gives it, else its number. */
function toColumnTitle(table: Table, column: number): string {
  const head = table.rows[0]?.header ? toTableGrid(table)[0] : undefined;
  const placed = head?.find(
    (p): p is PlacedCell => p !== 'covered' && p.column <= column && column < p.column + p.colSpan,
  );
  const title = placed ? toPlainText(placed.cell.children).trim() : '';
  return title || table.columnTitles?.[column] || String(column + 1);
}

function toPlainText(blocks: readonly Block[]): string {
  return blocks
    .map((block) =>
      block.type === 'paragraph'
        ? block.children.map((i) => (i.type === 'text' ? i.value : ' ')).join('')
        : block.type === 'list'
          ? block.items.map((item) => toPlainText(item.children)).join(' ')
          : '',
    )
    .join(' ')
    .replaceAll(softHyphen, '')
    .replace(/\s+/g, ' ');
}
