import { TableRow } from 'docx';
import { softHyphen } from '../../language/hyphenation.js';
import type { Cell, Inline } from '../../model/schema.js';
import { escapeXml } from '../escape-xml.js';
import type { ParagraphOptions } from './blocks.js';
import { writeTextElement } from './text-element.js';

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
  /** Edges without a rule (w:tcBorders, «nil»): a stage cell run on over a breaking row (split-merges.ts). */
  readonly open?: { readonly top?: true; readonly bottom?: true };
  readonly paragraphs: readonly RawParagraph[];
};

export type RawRowOptions = {
  readonly cantSplit: boolean;
  readonly tableHeader?: true;
  /** The least row height (w:trHeight, hRule «atLeast»). */
  readonly heightTwip?: number;
};

/**
 * What the placeholders of one rendering stand for: a run of fast rows, each row's XML already UTF-8 (encodeRawRow),
 * or a fast paragraph's XML, whose list ids are filled in when the document is written (raw-paragraphs.ts).
 */
export type RawRowStore = {
  readonly rows: (readonly Uint8Array[] | string)[];
  /** The styles the fast rows name: styles.xml keeps them (package-parts.ts). */
  readonly rowStyles: Set<string>;
};

const encoder = new TextEncoder();

/**
 * A fast row's XML (writeRawRow of `cells`) as the bytes the file will hold, made as soon as the row is written: a
 * big table's rows are tens of megabytes of text, twice that as strings, and kept as strings they would all live
 * until the file is zipped. Fast rows never hold a list id to fill in (writeRawRow writes no numbered paragraph).
 */
export function encodeRawRow(xml: string, cells: readonly RawCell[], store: RawRowStore): Uint8Array {
  for (const cell of cells)
    for (const { options } of cell.paragraphs) if (options.style) store.rowStyles.add(options.style);
  return encoder.encode(xml);
}

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
    if (cell.open) xml += writeOpenEdges(cell.open);
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

function writeOpenEdges(open: NonNullable<RawCell['open']>): string {
  const top = open.top ? '<w:top w:val="nil"/>' : '';
  const bottom = open.bottom ? '<w:bottom w:val="nil"/>' : '';
  return `<w:tcBorders>${top}${bottom}</w:tcBorders>`;
}

/** A Word list instance a fast paragraph is numbered in: registered where docx would (raw-paragraphs.ts). */
export type RawNumbering = {
  readonly reference: string;
  readonly instance: number;
  readonly definition?: object;
};

/**
 * A paragraph as docx writes it, or undefined when it has options only docx's own objects write. A numbered one
 * (a list item) only where `numbered` collects its list: its w:numId is docx's `{reference-instance}` placeholder
 * until the document's numbering is known (spliceRawRows).
 */
export function writeRawParagraph(
  { options, inlines }: RawParagraph,
  numbered?: RawNumbering[],
): string | undefined {
  const { style, keepNext, pageBreakBefore, tabStops, alignment, widowControl, numbering, indent, ...rest } =
    options;
  if (Object.keys(rest).length > 0 || keepNext === false) return undefined;
  let props = style ? `<w:pStyle w:val="${escapeXml(style)}"/>` : '';
  if (keepNext) props += '<w:keepNext/>';
  if (pageBreakBefore) props += '<w:pageBreakBefore/>';
  if (widowControl !== undefined)
    props += widowControl ? '<w:widowControl/>' : '<w:widowControl w:val="false"/>';
  if (numbering) {
    const numPr = writeNumbering(numbering, numbered);
    if (numPr === undefined) return undefined;
    props += numPr;
  }
  if (tabStops && tabStops.length > 0) {
    if (tabStops.some((t) => t.leader !== undefined || typeof t.position !== 'number')) return undefined;
    props += `<w:tabs>${tabStops.map((t) => `<w:tab w:val="${t.type}" w:pos="${t.position}"/>`).join('')}</w:tabs>`;
  }
  if (indent) {
    const ind = writeIndent(indent);
    if (ind === undefined) return undefined;
    props += ind;
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

/** w:numPr of a list item in a given instance (docx's `custom` numbering), its list noted in `numbered`. */
function writeNumbering(
  numbering: NonNullable<ParagraphOptions['numbering']>,
  numbered: RawNumbering[] | undefined,
): string | undefined {
  if (numbered === undefined || numbering === false) return undefined;
  const { reference: list, level, instance, restart, custom } = numbering;
  if (custom !== true || instance === undefined || restart || level > 9) return undefined;
  const reference = typeof list === 'string' ? list : list.reference;
  numbered.push({ reference, instance, ...(typeof list === 'string' ? {} : { definition: list }) });
  return `<w:numPr><w:ilvl w:val="${level}"/><w:numId w:val="{${reference}-${instance}}"/></w:numPr>`;
}

/** w:ind with a left indent and a hanging or first-line one, in whole twips as docx writes them. */
function writeIndent(indent: NonNullable<ParagraphOptions['indent']>): string | undefined {
  const { left, hanging, firstLine, ...rest } = indent;
  const values = [left, hanging, firstLine];
  if (Object.keys(rest).length > 0 || values.some((v) => v !== undefined && typeof v !== 'number'))
    return undefined;
  if ((hanging as number) < 0 || (firstLine as number) < 0) return undefined;
  const attr = (name: string, value: unknown) =>
    value === undefined ? '' : ` w:${name}="${Math.floor(value as number)}"`;
  return `<w:ind${attr('left', left)}${attr('hanging', hanging)}${attr('firstLine', firstLine)}/>`;
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
        .map((part) => writeTextElement(escapeXml(part)))
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
export function storeRawRows(store: RawRowStore, rows: readonly Uint8Array[]): TableRow {
  store.rows.push(rows);
  return new RawRowsPlaceholder(store.rows.length - 1);
}

/**
 * word/document.xml with the stored rows and paragraphs in place of their placeholders, as the pieces it is made of
 * (zip-docx.ts encodes them one after another), and with the ids of the Word lists their numbered paragraphs are in
 * (docx's numbering, by `{reference-instance}`).
 */
export function spliceRawRows(
  documentXml: string,
  store: RawRowStore,
  numIds: ReadonlyMap<string, string> = new Map(),
): (string | Uint8Array)[] {
  const withIds = (xml: string) =>
    numIds.size === 0
      ? xml
      : xml.replace(/<w:numId w:val="\{([^"{}]+)\}"\/>/g, (tag, key: string) =>
          numIds.has(key) ? `<w:numId w:val="${numIds.get(key)}"/>` : tag,
        );
  const pieces: (string | Uint8Array)[] = [];
  const placeholder = /<gramota:rows n="(\d+)"\/>/g;
  let from = 0;
  for (const match of documentXml.matchAll(placeholder)) {
    pieces.push(documentXml.slice(from, match.index));
    const stored = store.rows[Number(match[1])] ?? '';
    if (typeof stored === 'string') pieces.push(withIds(stored));
    else for (const row of stored) pieces.push(row); // a spread of 100,000 rows would overflow the stack
    from = match.index + match[0].length;
  }
  pieces.push(documentXml.slice(from));
  return pieces;
}
