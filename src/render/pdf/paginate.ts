import type { Content, TDocumentDefinitions } from 'pdfmake/interfaces.js';
import { pageGeometry, textHeightMm } from '../../model/page.js';
import type { Section } from '../../model/schema.js';
import { mmToPt } from '../../model/units.js';
import type { RowBox } from '../lone-lines.js';
import {
  blankMerges,
  mergesDown,
  type PageStarts,
  splitMergesAtPageStarts,
  undoMerges,
} from '../split-merges.js';
import { countHeaderRows } from '../table-grid.js';
import { holdRowsAboveExtraCuts } from './agreed-cuts.js';
import { type Laid, layOut, type PdfFile } from './lay-out.js';
import { findJoins } from './merge-joins.js';
import { findPageStarts } from './row-pages.js';
import {
  addGuards,
  applySectionGuards,
  findSectionGuards,
  type Guards,
  keepLiveSectionGuards,
  toFreeHeights,
  withoutBrokenRows,
} from './section-guards.js';
import { isolateTallRowsMovedWhole } from './tall-row-cuts.js';

/** The definition of one section; `firstPage`, the number of its first page (1 unless a part, paginate-parts.ts). */
export type Define = (section: Section, firstPage?: number) => TDocumentDefinitions;

/** Where the layout put each row of every top-level table, by the table's index among the section's blocks. */
export type TableBoxes = ReadonlyMap<number, readonly RowBox[]>;

/** Layouts after the first whose page starts replace the cuts: a second layout nearly always agrees. */
const replacingLayouts = 2;

/** At most this many layouts after the first; a section that still disagrees has every merge undone. */
const maxLayouts = 10;

/**
 * At most this many more layouts once the layouts agree, for the rows whose break splits a word between pages
 * (lone-lines.ts): should they not agree, the agreed layout stands. The Samara roadmap takes four.
 */
const wordLayouts = 5;

/**
 * The section as both formats are to render it, from its PDF layout, with its last layout when that is the layout of
 * the section returned (undrawn: a layout that is not kept is never drawn):
 * - merges down restart where pages start (split-merges.ts). The first guess of the page starts is a layout with the
 *   merges undone and their cells blank (a merge running over a page would itself move rows in pdfmake);
 * - a row broken across pages leaves no lone line of a cell on either page (lone-lines.ts).
 * The section is laid out again until a layout agrees with the changes made from it, so the PDF written is the
 * section's own layout, and the DOCX renders the same section: Word and LibreOffice restart the merge (vMerge) and
 * break the rows at the same places. A section that needs neither is laid out once and returned as it is.
 *
 * The repeated text of a restarted merge can make the top row of a page taller and move a later page start, and a
 * moved break can move the next one; and a stage name too tall for the rows left on a page moves the page start back
 * when the merge is cut there and forth when it is cut at the next row (agreed-cuts.ts). So after `replacingLayouts`
 * a cut where the layout started no page leaves the rows above it the heights they had with it (`minHeightPt`): the
 * page start stays where the cut put it. Should no layout agree in `maxLayouts`, every merge is undone: a stage name
 * is never missing at the top of a page.
 *
 * Once the layouts agree, a row whose break splits a word between pages (the last line of a page ends with a
 * hyphen) has the cell set without hyphenation or its break moved (lone-lines.ts, keepWords), in at most
 * `wordLayouts` more layouts (a cell set so may add a line, and move a later break onto a word) that must agree
 * with no held height and no page start moved where cells merge down; otherwise the agreed layout stands.
 */
export function paginateSection(section: Section, define: Define, file?: PdfFile): Paginated {
  const pageTextHeightPt = mmToPt(textHeightMm(pageGeometry(section.orientation)));
  // Lone-line guards follow the breaks (section-guards.ts); held heights stay until their row breaks (agreed-cuts.ts).
  let lone: Guards = new Map();
  let held: Guards = new Map();
  let guards: Guards = new Map();
  let current = blankMerges(section);
  let currentKey = current === section ? toKey(new Map(), guards, new Map()) : 'blank';
  let cuts: PageStarts = new Map();
  let last = layOutSection(current, define, section, file);
  // Whether a word split between pages moves a row's break too (lone-lines.ts): only once the layouts agree without.
  let keepWords = false;
  let agreed: Paginated | undefined;
  let layouts = maxLayouts;
  const tried = new Set<string>();
  let agreedCuts = '';
  for (let pass = 0; pass < layouts; pass++) {
    lone = addGuards(
      keepLiveSectionGuards(current, lone, last.boxes),
      findSectionGuards(current, last.boxes, pageTextHeightPt, keepWords),
    );
    // A cut where this layout starts no page goes; after the first layouts, the rows above it keep their heights
    // (not for a word: a held height shows as a blank line, worse than the word split).
    if (pass >= replacingLayouts && !keepWords)
      held = addGuards(
        held,
        toFreeHeights(
          holdRowsAboveExtraCuts(section, cuts, last.starts, last.boxes),
          lone,
          cuts,
          last.boxes,
          pageTextHeightPt,
        ),
      );
    held = withoutBrokenRows(held, last.boxes);
    cuts = isolateTallRowsMovedWhole(current, last.starts, last.boxes, pageTextHeightPt);
    guards = addGuards(held, lone);
    const joins = findJoins(section, last.boxes, pageTextHeightPt);
    let next = applySectionGuards(splitMergesAtPageStarts(section, cuts, joins), guards);
    let nextKey = toKey(cuts, guards, joins);
    if (next === current || nextKey === currentKey) {
      if (keepWords) return { section: current, ...last };
      agreed = { section: current, ...last };
      const words = findSectionGuards(current, last.boxes, pageTextHeightPt, true);
      if (words.size === 0) return agreed;
      [keepWords, layouts, agreedCuts] = [true, pass + 1 + wordLayouts, JSON.stringify([...cuts])];
      lone = addGuards(lone, words);
      guards = addGuards(held, lone);
      next = applySectionGuards(splitMergesAtPageStarts(section, cuts, joins), guards);
      nextKey = toKey(cuts, guards, joins);
    }
    // A word kept on its page that moves a page start where cells merge down, or layouts that come back to one
    // they made, would take layouts on end (a stage name repeated elsewhere moves the pages again): the agreed stands.
    if (keepWords && (tried.has(nextKey) || JSON.stringify([...cuts]) !== agreedCuts)) break;
    if (keepWords) tried.add(nextKey);
    [current, currentKey] = [next, nextKey];
    last = layOutSection(current, define, section, file);
  }
  // The layouts with words kept on their pages did not agree: the agreed one stands, a word split as it was.
  return (
    agreed ?? { section: applySectionGuards(undoMerges(section), guards), laid: undefined, boxes: new Map() }
  );
}

type Paginated = { section: Section; laid: Laid | undefined; boxes: TableBoxes };

/**
 * One layout of `section` (into `file`, when given), with where it put the rows of its tables; the page starts are
 * those of the tables that merge cells down in `original`.
 */
export function layOutSection(section: Section, define: Define, original = section, file?: PdfFile) {
  const definition = define(section);
  const rows = findRowRecords(section, definition, original);
  const laid = layOut(definition, file);
  const boxes: TableBoxes = new Map([...rows].map(([i, record]) => [i, record.rowBoxes] as const));
  return { laid, starts: toPageStarts(rows), boxes };
}

type RowRecord = { rowPages: number[]; rowBoxes: RowBox[]; headerRows: number; merging: boolean };

/**
 * Gives each top-level table of the definition `rowPages` and `rowBoxes` arrays for the layout to fill
 * (row-pages.ts), before pdfmake rewrites the definition's nodes; by block index.
 */
function findRowRecords(
  section: Section,
  definition: TDocumentDefinitions,
  original: Section,
): Map<number, RowRecord> {
  const nodes = (definition.content as { section: Content[] }[])[0]?.section ?? [];
  const found = new Map<number, RowRecord>();
  section.children.forEach((block, i) => {
    const table = (nodes[i] as { table?: Partial<RowRecord> } | undefined)?.table;
    if (block.type !== 'table' || table === undefined) return;
    const own = original.children[i];
    const merging = own?.type === 'table' && mergesDown(own);
    const record = { rowPages: [], rowBoxes: [], headerRows: countHeaderRows(block.rows), merging };
    Object.assign(table, { rowPages: record.rowPages, rowBoxes: record.rowBoxes });
    found.set(i, record);
  });
  return found;
}

/**
 * Where the merges of every table that merges cells down are cut: the body rows that start a page, and a row that
 * breaks across pages (the row after it starts the next page): a merged cell is never left open at a page break.
 */
function toPageStarts(rows: ReadonlyMap<number, RowRecord>): PageStarts {
  const starts = new Map<number, readonly number[]>();
  for (const [i, { rowPages, rowBoxes, headerRows, merging }] of rows) {
    if (!merging) continue;
    const broken = rowBoxes.flatMap((box, r) =>
      r >= headerRows && box && box.endPage > box.startPage ? [r] : [],
    );
    const found = [...new Set([...findPageStarts(rowPages, headerRows), ...broken])].sort((a, b) => a - b);
    if (found.length > 0) starts.set(i, found);
  }
  return starts;
}

function toKey(starts: PageStarts, guards: Guards, joins: PageStarts): string {
  const guarded = [...guards].map(([i, rows]) => [i, [...rows]]);
  return JSON.stringify([[...starts], guarded, [...joins]]);
}
