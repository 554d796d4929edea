import { pageGeometry, textWidthMm } from '../../model/page.js';
import type { Block, Section } from '../../model/schema.js';
import { breakableShare } from '../breakable-rows.js';
import { applyGuards, findLoneLineGuards, keepLiveGuards, type RowGuard } from '../lone-lines.js';
import type { PageStarts } from '../split-merges.js';
import { countHeaderRows } from '../table-grid.js';
import type { TableBoxes } from './paginate.js';

/**
 * The row guards of a section under pagination (paginate.ts), by the index of their table among the section's
 * blocks: lone-line guards (lone-lines.ts), kept while their break is there, and held heights (agreed-cuts.ts).
 */
export type Guards = ReadonlyMap<number, ReadonlyMap<number, RowGuard>>;

/** The lone-line guards that the layout asks for (new or larger ones); with `keepWords`, for split words too. */
export function findSectionGuards(
  section: Section,
  boxes: TableBoxes,
  pageTextHeightPt: number,
  keepWords: boolean,
): Guards {
  const guards = new Map<number, ReadonlyMap<number, RowGuard>>();
  for (const [i, tableBoxes] of boxes) {
    const block = section.children[i];
    if (block?.type !== 'table') continue;
    const headerRows = countHeaderRows(block.rows);
    const words = keepWords && { widthMm: textWidthMm(pageGeometry(section.orientation)) };
    const found = findLoneLineGuards(block, tableBoxes, headerRows, pageTextHeightPt, words);
    if (found.size > 0) guards.set(i, found);
  }
  return guards;
}

/** The lone-line guards of earlier layouts that this layout still needs (lone-lines.ts, keepLiveGuards). */
export function keepLiveSectionGuards(section: Section, guards: Guards, boxes: TableBoxes): Guards {
  const live = new Map<number, ReadonlyMap<number, RowGuard>>();
  for (const [i, rows] of guards) {
    const block = section.children[i];
    if (block?.type !== 'table') continue;
    const kept = keepLiveGuards(block, rows, boxes.get(i) ?? [], countHeaderRows(block.rows));
    if (kept.size > 0) live.set(i, kept);
  }
  return live;
}

/**
 * The held heights less those of the rows that may break: a row the cuts leave a merge part of its own, a row taller
 * than `breakableShare` of a page (its height is its own text's, and it may be set apart to break, tall-row-cuts.ts)
 * — LibreOffice never breaks a row with a least height — and the rows whose height a lone-line guard sets (that one
 * follows its break).
 */
export function toFreeHeights(
  held: Guards,
  lone: Guards,
  cuts: PageStarts,
  boxes: TableBoxes,
  pageTextHeightPt: number,
): Guards {
  return filterGuards(held, (i, r) => {
    const starts = cuts.get(i) ?? [];
    const tall = (boxes.get(i)?.[r]?.heightPt ?? 0) > breakableShare * pageTextHeightPt;
    return (
      lone.get(i)?.get(r)?.minHeightPt === undefined &&
      !(starts.includes(r) && starts.includes(r + 1)) &&
      !tall
    );
  });
}

/**
 * The held heights less those of the rows the layout broke across pages: pdfmake gives the part on the next page the
 * whole height again (a strip of blank lines), and LibreOffice never breaks a row with a least height.
 */
export function withoutBrokenRows(held: Guards, boxes: TableBoxes): Guards {
  return filterGuards(held, (i, r) => {
    const box = boxes.get(i)?.[r];
    return (box?.endPage ?? 0) <= (box?.startPage ?? 0);
  });
}

/** The guards of the rows `keep` keeps, by table index and row; a table left with none is left out. */
function filterGuards(guards: Guards, keep: (table: number, row: number) => boolean): Guards {
  const rest = new Map<number, ReadonlyMap<number, RowGuard>>();
  for (const [i, rows] of guards) {
    const kept = new Map([...rows].filter(([r]) => keep(i, r)));
    if (kept.size > 0) rest.set(i, kept);
  }
  return rest;
}

/** Both sets of guards, a row's guards from `found` over those from `known`. */
export function addGuards(known: Guards, found: Guards): Guards {
  if (found.size === 0) return known;
  const merged = new Map(known);
  for (const [i, rows] of found) {
    const table = new Map(known.get(i));
    for (const [r, guard] of rows) {
      const before = table.get(r);
      const wholeWords = [...new Set([...(before?.wholeWords ?? []), ...(guard.wholeWords ?? [])])];
      table.set(r, { ...before, ...guard, ...(wholeWords.length > 0 && { wholeWords }) });
    }
    merged.set(i, table);
  }
  return merged;
}

export function applySectionGuards(section: Section, guards: Guards): Section {
  if (guards.size === 0) return section;
  const widthMm = textWidthMm(pageGeometry(section.orientation));
  const children = section.children.map(
    (block, i): Block => (block.type === 'table' ? applyGuards(block, guards.get(i), widthMm) : block),
  );
  return { ...section, children };
}
