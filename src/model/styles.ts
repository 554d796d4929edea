/**
 * Named styles shared by both renderers: the single place where fonts, sizes, indents and spacing are set.
 * Each renderer maps a name to its format exactly once (render/docx/styles.ts, render/pdf/styles.ts).
 * Numbers follow ГОСТ Р 7.0.97-2016 and school practice (research/domain-spec.md §1, §8).
 */

export const styleNames = [
  'body',
  'bodyPlain',
  'title',
  'heading',
  'stamp',
  'tableText',
  'tableHead',
  'stageRow',
  'pageNumber',
  'orgName',
  'docKind',
  'signature',
  'contents',
] as const;

export type StyleSpec = {
  /** The style name a user sees in Word's style gallery. */
  readonly wordName: string;
  /** Word style id (ASCII). */
  readonly wordId: string;
  readonly sizePt: number;
  readonly bold: boolean;
  readonly align: 'left' | 'center' | 'right' | 'justify';
  readonly firstLineMm: number;
  readonly spaceBeforePt: number;
  readonly spaceAfterPt: number;
  /** Keep with the next paragraph (headings). */
  readonly keepNext: boolean;
  /**
   * Widow and orphan control: two lines at least on each side of a page break (body text). Off in table text:
   * LibreOffice splits a table row line by line whatever the paragraph says, and the PDF splits it the same way.
   */
  readonly widowControl: boolean;
  /**
   * Russian hyphenation (language/hyphenation.ts): body text and tables, where a column or a justified line needs
   * it; not titles, headings, requisites and signatures, which an official document never hyphenates.
   */
  readonly hyphenate: boolean;
};

const base = {
  bold: false,
  align: 'left',
  firstLineMm: 0,
  spaceBeforePt: 0,
  spaceAfterPt: 0,
  keepNext: false,
  widowControl: true,
  hyphenate: false,
} as const;

/** Table text: hyphenated, no widow control (StyleSpec.widowControl). */
const inTable = { ...base, widowControl: false, hyphenate: true } as const;

export const styles: Readonly<Record<(typeof styleNames)[number], StyleSpec>> = {
  // Body text: 14 pt, justified, first-line indent 1.25 cm (GOST R 7.0.97 §5.1).
  body: {
    ...base,
    wordName: 'Основной текст',
    wordId: 'GramotaBody',
    sizePt: 14,
    hyphenate: true,
    align: 'justify',
    firstLineMm: 12.5,
  },
  // Requisite-like lines at the left margin: «ПРИКАЗЫВАЮ:», the signature, list lines.
  bodyPlain: { ...base, wordName: 'Текст без отступа', wordId: 'GramotaPlain', sizePt: 14 },
  title: {
    ...base,
    wordName: 'Заголовок документа',
    wordId: 'GramotaTitle',
    sizePt: 14,
    bold: true,
    align: 'center',
    spaceBeforePt: 12,
    spaceAfterPt: 12,
    keepNext: true,
  },
  heading: {
    ...base,
    wordName: 'Заголовок раздела',
    wordId: 'GramotaHeading',
    sizePt: 14,
    bold: true,
    align: 'center',
    spaceBeforePt: 6,
    spaceAfterPt: 6,
    keepNext: true,
  },
  // Approval stamps: single-spaced lines, key word in capitals, no colon (GOST R 7.0.97 §5.22).
  stamp: { ...base, wordName: 'Гриф утверждения', wordId: 'GramotaStamp', sizePt: 14 },
  // Tables: 12 pt (never below 10), single spacing, no first-line indent (domain-spec §2.7).
  tableText: { ...inTable, wordName: 'Текст таблицы', wordId: 'GramotaTableText', sizePt: 12 },
  tableHead: {
    ...inTable,
    wordName: 'Шапка таблицы',
    wordId: 'GramotaTableHead',
    sizePt: 12,
    bold: true,
    align: 'center',
  },
  stageRow: { ...inTable, wordName: 'Этап в таблице', wordId: 'GramotaStage', sizePt: 12, bold: true },
  // The organization's name at the head of an order, centred (GOST R 7.0.97 requisite 08).
  orgName: {
    ...base,
    wordName: 'Наименование организации',
    wordId: 'GramotaOrgName',
    sizePt: 14,
    bold: true,
    align: 'center',
  },
  // The kind of document, «ПРИКАЗ», in capitals (requisite 09).
  docKind: {
    ...base,
    wordName: 'Вид документа',
    wordId: 'GramotaDocKind',
    sizePt: 14,
    bold: true,
    align: 'center',
    spaceBeforePt: 12,
    spaceAfterPt: 12,
  },
  // The signature: 2–3 blank lines below the text, position at the margin, name flush right (GOST R 7.0.97 §5.23).
  signature: { ...base, wordName: 'Подпись', wordId: 'GramotaSignature', sizePt: 14, spaceBeforePt: 36 },
  // A line of the contents: the heading's text, dot leaders, its page number flush right.
  contents: { ...base, wordName: 'Строка содержания', wordId: 'GramotaContents', sizePt: 14 },
  // Page numbers: digits only, centred in the top margin (GOST R 7.0.97 §5.1).
  pageNumber: {
    ...base,
    wordName: 'Номер страницы',
    wordId: 'GramotaPageNumber',
    sizePt: 12,
    align: 'center',
  },
};

/** Sizes a table's text may be set at: 12 pt, stepped down to 11 or 10 in a crowded table, never below. */
export const tableSizesPt = [10, 11, 12] as const;
/** The sizes below the table styles' own 12 pt: a paragraph's `sizePt`, a Word style derived from its own. */
export const smallerSizesPt = [10, 11] as const;
export type SmallerSizePt = (typeof smallerSizesPt)[number];

/** The styles of a table's own text, the ones a table's size sets (model/table-size.ts). */
export const tableStyleNames = ['tableText', 'tableHead', 'stageRow'] as const;

/** A paragraph's style with its own size, when it has one (a table stepped down). */
export function toParagraphSpec(paragraph: {
  readonly style: (typeof styleNames)[number];
  readonly sizePt?: number | undefined;
}): StyleSpec {
  const spec = styles[paragraph.style];
  return paragraph.sizePt === undefined ? spec : { ...spec, sizePt: paragraph.sizePt };
}

/** Geometry shared by both renderers, in millimetres. */
export const layout = {
  /** Cell padding inside tables (domain-spec §2.7: about 1 mm). */
  cellPaddingXMm: 1.5,
  cellPaddingYMm: 0.5,
  /** Lists: the marker hangs this far left of the item text. */
  listIndentMm: 6,
  listHangingMm: 6,
  /** Contents: a sub-heading's line is indented this much per level below a section heading. */
  contentsIndentMm: 5,
  /** Line width of table borders, in points. */
  borderPt: 0.5,
  /** Distance from the top edge to the page-number line (GOST: at least 10 mm). */
  headerMm: 10,
  /** The bullet used for unordered lists in official documents. */
  bullet: '–',
} as const;
