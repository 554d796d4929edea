import type { Content, TDocumentDefinitions } from 'pdfmake/interfaces.js';
import type { Section } from '../../model/schema.js';
import { blankMerges, type PageStarts, splitMergesAtPageStarts } from '../split-merges.js';
import { countHeaderRows } from '../table-grid.js';
import { findPageStarts } from './row-pages.js';

/** Lays a one-section definition out: its PDF bytes. */
export type LayOut = (definition: TDocumentDefinitions) => Promise<Uint8Array>;
/** The definition of one section. */
export type Define = (section: Section) => TDocumentDefinitions;

/**
 * At most this many layouts of the split section: the repeated text of a restarted merge can make the top row of a
 * page taller and move a later page start; a second layout nearly always agrees with the first.
 */
const maxLayouts = 3;

/**
 * A section whose merges down restart where its pages start (split-merges.ts), with the PDF of its last layout when
 * that is the layout of the section returned. The first guess of the page starts is a layout with the merges undone
 * and their cells blank (a merge running over a page would itself move rows in pdfmake); the section split there is
 * laid out again until its page starts agree with its cuts, so the PDF written is the split section's own layout,
 * and the DOCX renders the same split section: Word and LibreOffice restart the merge (vMerge) at the same rows.
 */
export async function paginateSection(
  section: Section,
  define: Define,
  layOut: LayOut,
): Promise<{ section: Section; pdf: Uint8Array | undefined }> {
  let starts = await layOutStarts(blankMerges(section), define, layOut);
  let current = section;
  for (let pass = 0; pass < maxLayouts; pass++) {
    current = splitMergesAtPageStarts(section, starts.starts);
    const next = await layOutStarts(current, define, layOut);
    if (next.key === starts.key) return { section: current, pdf: next.pdf };
    starts = next;
  }
  return { section: splitMergesAtPageStarts(section, starts.starts), pdf: undefined };
}

async function layOutStarts(section: Section, define: Define, layOut: LayOut) {
  const definition = define(section);
  const rowPages = findRowPages(section, definition);
  const pdf = await layOut(definition);
  const starts = toPageStarts(section, rowPages);
  return { pdf, starts, key: JSON.stringify([...starts]) };
}

/**
 * Gives each top-level table of the definition a `rowPages` array for the layout to fill (row-pages.ts), before
 * pdfmake rewrites the definition's nodes; by block index.
 */
function findRowPages(section: Section, definition: TDocumentDefinitions): Map<number, number[]> {
  const nodes = (definition.content as { section: Content[] }[])[0]?.section ?? [];
  const found = new Map<number, number[]>();
  section.children.forEach((block, i) => {
    const table = (nodes[i] as { table?: { rowPages?: number[] } } | undefined)?.table;
    if (block.type !== 'table' || table === undefined) return;
    table.rowPages = [];
    found.set(i, table.rowPages);
  });
  return found;
}

/** The body rows that start a page, for every table that has any. */
function toPageStarts(section: Section, rowPages: ReadonlyMap<number, readonly number[]>): PageStarts {
  const starts = new Map<number, readonly number[]>();
  for (const [i, pages] of rowPages) {
    const block = section.children[i];
    const rows = block?.type === 'table' ? findPageStarts(pages, countHeaderRows(block.rows)) : [];
    if (rows.length > 0) starts.set(i, rows);
  }
  return starts;
}
