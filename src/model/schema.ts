import { z } from 'zod';
import { smallerSizesPt, styleNames, tableSizesPt } from './styles.js';

/**
 * The document model: plain, serialisable data between the markup parser and the renderers.
 * Renderers see nothing else. Geometry is in millimetres, sizes in points; styles are referenced by name.
 */

export const styleNameSchema = z.enum(styleNames);
export const alignSchema = z.enum(['left', 'center', 'right', 'justify']);

export const inlineSchema = z.discriminatedUnion('type', [
  z.strictObject({
    type: z.literal('text'),
    value: z.string(),
    bold: z.boolean().optional(),
    italic: z.boolean().optional(),
    underline: z.boolean().optional(),
  }),
  z.strictObject({ type: z.literal('lineBreak') }),
  z.strictObject({ type: z.literal('tab') }),
  z.strictObject({ type: z.literal('pageNumber') }),
]);

export const paragraphSchema = z.strictObject({
  type: z.literal('paragraph'),
  style: styleNameSchema,
  align: alignSchema.optional(),
  keepNext: z.boolean().optional(),
  /** Set smaller than its style: the text of a table stepped down (model/table-size.ts). */
  sizePt: z.union(smallerSizesPt.map((pt) => z.literal(pt))).optional(),
  /** Not hyphenated though its style is: a table cell's words kept whole (render/whole-words.ts). */
  hyphenate: z.literal(false).optional(),
  children: z.array(inlineSchema),
});

/** A column width: fixed millimetres or a share ("fr") of the remaining text width. */
export const widthSchema = z.union([
  z.strictObject({ mm: z.number().positive() }),
  z.strictObject({ fr: z.number().positive() }),
  /** Fitted to the column's content (render/column-widths.ts). */
  z.strictObject({ auto: z.literal(true) }),
]);

const pageBreakSchema = z.strictObject({ type: z.literal('pageBreak') });

/** A line of the contents: a heading's text, the heading's index among its section's blocks, its page. */
export const contentsEntrySchema = z.strictObject({
  text: z.string(),
  block: z.number().int().min(0),
  /** The page of the section the heading is on, counted from 1 as the printed numbers; unknown before layout. */
  page: z.number().int().min(1).optional(),
  /** A sub-heading's level, from its typed number: «3.1. …» is 2, «3.1.1. …» is 3; its line is indented (none: 1). */
  depth: z.number().int().min(2).max(6).optional(),
});

/**
 * «Содержание»: the section's headings after it with their pages. The entries are read from the section
 * (model/contents.ts), their pages from the PDF layout (render/pdf/contents-pages.ts); both formats print them.
 */
const contentsSchema = z.strictObject({
  type: z.literal('contents'),
  entries: z.array(contentsEntrySchema),
  /**
   * The PDF lays every number out as wide as this many digits, whatever its own width: set only when the numbers'
   * own widths kept the layout from settling (contents-pages.ts). Word lays out its own lines.
   */
  numberDigits: z.number().int().min(1).max(9).optional(),
});

const listSchema = z.strictObject({
  type: z.literal('list'),
  ordered: z.boolean(),
  /** Ordered only: numbers carry their parents' numbers and end with a dot — 1., 1.1., 1.1.1. (clauses). */
  outline: z.boolean().optional(),
  /**
   * The number stands inside the first line at the paragraph's own first-line indent, continuation lines
   * return to the left margin (clauses of orders and regulations, GOST R 7.0.97); otherwise it hangs.
   */
  inline: z.boolean().optional(),
  /** Ordered only: «1)», «2)» — a list inside a clause, counted on its own (it never continues an outline). */
  marker: z.literal('paren').optional(),
  get items() {
    return z.array(listItemSchema);
  },
});

const listItemSchema = z.strictObject({
  get children() {
    return z.array(blockSchema);
  },
});

/** A colour as Word writes it in w:shd/@w:fill and pdfmake reads in fillColor: «#BFBFBF». */
export const fillSchema = z.string().regex(/^#[0-9A-F]{6}$/);

const cellSchema = z.strictObject({
  rowSpan: z.number().int().min(1).optional(),
  colSpan: z.number().int().min(1).optional(),
  align: alignSchema.optional(),
  valign: z.enum(['top', 'center', 'bottom']).optional(),
  /** Background of the cell, «#RRGGBB» in capitals (a shaded month of a calendar plan-graph). */
  fill: fillSchema.optional(),
  /**
   * No rule on the cell's top or bottom edge: the cell runs on from the one above, or into the one below. Set by
   * pagination where a row under a stage merge breaks across pages below other rows of its stage: its own part of
   * the stage cell stays empty and joins the stage cell above, so the stage name is not printed twice on a page
   * (render/split-merges.ts).
   */
  openTop: z.literal(true).optional(),
  openBottom: z.literal(true).optional(),
  get children() {
    return z.array(blockSchema);
  },
});

const rowSchema = z.strictObject({
  /** Header rows repeat on every page (w:tblHeader / pdfmake headerRows); they must come first. */
  header: z.boolean().optional(),
  /** Keep this row on the same page as the next one (a stage row with its first item). */
  keepNext: z.boolean().optional(),
  /**
   * Never break this row across pages, however tall (set by pagination, render/lone-lines.ts, where a break would
   * leave a lone line of a cell on a page); unset: a tall row may break (render/breakable-rows.ts).
   */
  whole: z.literal(true).optional(),
  /**
   * The least height of the row, border to border, in pt (Word's «высота строки: минимум»): set by pagination to
   * move the page break in the row below down by whole lines (render/lone-lines.ts).
   */
  minHeightPt: z.number().positive().optional(),
  cells: z.array(cellSchema),
});

const tableSchema = z.strictObject({
  type: z.literal('table'),
  borders: z.enum(['grid', 'none']),
  widths: z.array(widthSchema).min(1),
  /**
   * The size of the table's text (its table styles), stated by the template or chosen by fitting
   * (render/table-size-rule.ts); unset: the styles' 12 pt, not yet fitted.
   */
  sizePt: z.union(tableSizesPt.map((pt) => z.literal(pt))).optional(),
  /**
   * What the columns of a table without a head row are called when gramota speaks of them (a word too wide for its
   * column, render/unfit-words.ts): «Фамилия, инициалы» of an order's «С приказом ознакомлены». Printed nowhere.
   */
  columnTitles: z.array(z.string()).optional(),
  rows: z.array(rowSchema),
});

export const blockSchema = z.discriminatedUnion('type', [
  paragraphSchema,
  listSchema,
  tableSchema,
  pageBreakSchema,
  contentsSchema,
]);

export const sectionSchema = z.strictObject({
  type: z.literal('section'),
  orientation: z.enum(['portrait', 'landscape']),
  /** GOST R 7.0.97: numbers from page 2, centred at the top. */
  pageNumbers: z.enum(['none', 'fromSecond']),
  /** The document or appendix this section begins (set when a file is assembled): its PDF bookmark. */
  title: z.string().optional(),
  children: z.array(blockSchema),
});

export const documentSchema = z.strictObject({
  type: z.literal('document'),
  meta: z.strictObject({ title: z.string(), author: z.string().optional(), createdAt: z.string() }),
  sections: z.array(sectionSchema).min(1),
});

export type Align = z.infer<typeof alignSchema>;
export type Block = z.infer<typeof blockSchema>;
export type List = z.infer<typeof listSchema>;
export type ListItem = z.infer<typeof listItemSchema>;
export type Table = z.infer<typeof tableSchema>;
export type Contents = z.infer<typeof contentsSchema>;
export type ContentsEntry = z.infer<typeof contentsEntrySchema>;
export type Row = z.infer<typeof rowSchema>;
export type Cell = z.infer<typeof cellSchema>;
export type Inline = z.infer<typeof inlineSchema>;
export type Paragraph = z.infer<typeof paragraphSchema>;
export type Width = z.infer<typeof widthSchema>;
export type Section = z.infer<typeof sectionSchema>;
export type DocumentModel = z.infer<typeof documentSchema>;
export type StyleName = z.infer<typeof styleNameSchema>;
