import { TableRow } from 'docx';
import { softHyphen } from '../../language/hyphenation.js';
import type { Cell, Inline } from '../../model/schema.js';
import { escapeXml } from '../escape-xml.js';
import type { ParagraphOptions } from './blocks.js';

/**
 * The fast path for big tables. docx builds an object per row, cell, paragraph, run and property and walks it
 * again to write XML; at 10,000 rows that tree and its garbage take most of the time. Rows whose cells hold only
 * paragraphs are written here straight as WordprocessingML strings, byte for byte what docx writes for the same
 * options (tests/render/docx/raw-rows.test.ts compares the two on every golden case). docx still writes the table
 * itself and every other row: a run of fast rows stands in its tree as one placeholder row, replaced in
 * word/document.xml after packing (spliceRawRows).
 */

/** One paragraph of a cell: its options, as for docx's Paragraph, and its runs. */
export type RawParagraph = { readonly options: ParagraphOptions; readonly inlines: readonly Inline[] };

export type RawCell = {
  readonly widthTwip: number;
  readonly span: number;
  readonly verticalAlign?: Cell['valign'];
  readonly verticalMerge?: 'restart' | 'continue' | undefined;
  /** Shading colour without «#»: «BFBFBF». */
  readonly fill?: string;
  readonly paragraphs: readonly RawParagraph[];
};

export type RawRowOptions = {
  readonly cantSplit: boolean;
  readonly tableHeader?: true;
  /** The least row height (w:trHeight, hRule «atLeast»). */
  readonly heightTwip?: number;
};

/** Collects the XML of the fast rows of one rendering; a placeholder row stands for each run of them. */
export type RawRowStore = { readonly rows: string[] };

/** A row as docx writes it, or undefined when a cell holds something only docx's own objects write. */
export function writeRawRow(cells: readonly RawCell[], options: RawRowOptions): string | undefined {
  let xml = '<w:tr><w:trPr>';
  xml += options.cantSplit ? '<w:cantSplit/>' : '<w:cantSplit w:val="off"/>';
  if (options.tableHeader) xml += '<w:tblHeader/>';
  if (options.heightTwip !== undefined)
    xml += `<w:trHeight w:val="${options.heightTwip}" w:hRule="atLeast"/>`;
  xml += '</w:trPr>';
  for (const cell of cells) {
    xml += `<w:tc><w:tcPr><w:tcW w:type="dxa" w:w="${cell.widthTwip}"/>`;
    if (cell.span > 1) xml += `<w:gridSpan w:val="${cell.span}"/>`;
    if (cell.verticalMerge) xml += `<w:vMerge w:val="${cell.verticalMerge}"/>`;
    if (cell.fill) xml += `<w:shd w:fill="${cell.fill}" w:color="auto" w:val="clear"/>`;
    if (cell.verticalAlign) xml += `<w:vAlign w:val="${cell.verticalAlign}"/>`;
    xml += '</w:tcPr>';
    for (const paragraph of cell.paragraphs) {
      const p = writeRawParagraph(paragraph);
      if (p === undefined) return undefined;
      xml += p;
    }
    xml += '</w:tc>';
  }
  return `${xml}</w:tr>`;
}

function writeRawParagraph({ options, inlines }: RawParagraph): string | undefined {
  const { style, keepNext, pageBreakBefore, tabStops, alignment, ...rest } = options;
  if (Object.keys(rest).length > 0 || keepNext === false) return undefined;
  let props = style ? `<w:pStyle w:val="${escapeXml(style)}"/>` : '';
  if (keepNext) props += '<w:keepNext/>';
  if (pageBreakBefore) props += '<w:pageBreakBefore/>';
  if (tabStops && tabStops.length > 0) {
    if (tabStops.some((t) => t.leader !== undefined || typeof t.position !== 'number')) return undefined;
    props += `<w:tabs>${tabStops.map((t) => `<w:tab w:val="${t.type}" w:pos="${t.position}"/>`).join('')}</w:tabs>`;
  }
  if (alignment) props += `<w:jc w:val="${alignment}"/>`;
  let runs = '';
  for (const inline of inlines) {
    const run = writeRawRun(inline);
    if (run === undefined) return undefined;
    runs += run;
  }
  return `<w:p>${props ? `<w:pPr>${props}</w:pPr>` : ''}${runs}</w:p>`;
}

function writeRawRun(inline: Inline): string | undefined {
  switch (inline.type) {
    case 'text': {
      if (inline.bold === false || inline.italic === false || inline.underline === false) return undefined;
      const props =
        (inline.bold ? '<w:b/><w:bCs/>' : '') +
        (inline.italic ? '<w:i/><w:iCs/>' : '') +
        (inline.underline ? '<w:u w:val="single"/>' : '');
      const text = inline.value
        .split(softHyphen)
        .map((part) => `<w:t xml:space="preserve">${escapeXml(part)}</w:t>`)
        .join('<w:softHyphen/>');
      return `<w:r>${props ? `<w:rPr>${props}</w:rPr>` : ''}${text}</w:r>`;
    }
    case 'lineBreak':
      return '<w:r><w:br/></w:r>';
    case 'tab':
      return '<w:r><w:tab/></w:r>';
    case 'pageNumber':
      return undefined;
    default: {
      const _exhaustive: never = inline;
      return _exhaustive;
    }
  }
}

/** A placeholder row for stored fast rows: docx writes it as `<gramota:rows n="…"/>`. */
class RawRowsPlaceholder extends TableRow {
  readonly #index: number;

  constructor(index: number) {
    super({ children: [] });
    this.#index = index;
  }

  override prepForXml(): ReturnType<TableRow['prepForXml']> {
    return { 'gramota:rows': { _attr: { n: this.#index } } };
  }
}

/** Stores the XML of consecutive fast rows; the placeholder row that stands for them. */
export function storeRawRows(store: RawRowStore, xml: readonly string[]): TableRow {
  store.rows.push(xml.join(''));
  return new RawRowsPlaceholder(store.rows.length - 1);
}

/** Puts the stored rows in place of their placeholders in word/document.xml. */
export function spliceRawRows(documentXml: string, store: RawRowStore): string {
  if (store.rows.length === 0) return documentXml;
  return documentXml.replace(/<gramota:rows n="(\d+)"\/>/g, (_, n: string) => store.rows[Number(n)] ?? '');
}
