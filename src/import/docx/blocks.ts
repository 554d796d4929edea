import type { ListMarker } from './numbering.js';

/**
 * What the reader gives the recognisers: the body as plain data. Text is plain: soft hyphens dropped, non-breaking
 * spaces as spaces, a tab as «\t», a line break as «\n»; numbers Word makes itself are in `marker`, not in text.
 */
export type DocParagraph = {
  readonly kind: 'paragraph';
  readonly text: string;
  readonly style: string;
  readonly marker: ListMarker | undefined;
  readonly align: string | undefined;
  readonly bold: boolean;
  /** Pictures (drawings without text) the paragraph holds: they are not carried into a plan. */
  readonly pictures: number;
  /** A page break before or inside the paragraph (pageBreakBefore, <w:br w:type="page"/>). */
  readonly pageBreak: boolean;
};

/** A cell placed on the table's grid: its first column, how many columns and rows it covers. */
export type DocCell = {
  readonly col: number;
  readonly colSpan: number;
  readonly rowSpan: number;
  readonly paragraphs: readonly DocParagraph[];
};
export type DocRow = { readonly header: boolean; readonly cells: readonly DocCell[] };
export type DocTable = {
  readonly kind: 'table';
  readonly columns: number;
  /** The widths of the grid's columns (w:gridCol), in twips; empty when the table gives none. */
  readonly gridWidths: readonly number[];
  readonly borderless: boolean;
  readonly rows: readonly DocRow[];
};
export type DocBlock = DocParagraph | DocTable;

/** A section of the document (each appendix of an order is one): its page orientation and blocks. */
export type DocSection = { readonly landscape: boolean; readonly blocks: readonly DocBlock[] };

/** The text of a cell: its paragraphs joined by line breaks. */
export function cellText(cell: DocCell | undefined): string {
  return (cell?.paragraphs ?? [])
    .map((p) => p.text)
    .join('\n')
    .trim();
}
