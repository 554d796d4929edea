import Docxtemplater from 'docxtemplater';
import { strToU8, zipSync } from 'fflate';
import PizZip from 'pizzip';
import type { FloorContent } from './content.js';

const w = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
const declaration = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>';
const contentTypes = `${declaration}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>`;
const rootRels = `${declaration}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>`;
const line = 'w:val="single" w:sz="4" w:space="0" w:color="000000"';
const borders = ['top', 'left', 'bottom', 'right', 'insideH', 'insideV']
  .map((b) => `<w:${b} ${line}/>`)
  .join('');

/** The loop row's tag of a column: a, b, c, … */
function toTag(column: number): string {
  return String.fromCharCode(97 + column);
}

function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function toTwip(mm: number): number {
  return Math.round((mm / 25.4) * 1440);
}

/** A paragraph of one Times New Roman run. */
function toParagraph(text: string, halfPoints: number): string {
  const font = 'w:ascii="Times New Roman" w:hAnsi="Times New Roman" w:cs="Times New Roman"';
  const props = `<w:rPr><w:rFonts ${font}/><w:sz w:val="${halfPoints}"/></w:rPr>`;
  return `<w:p><w:r>${props}<w:t xml:space="preserve">${text}</w:t></w:r></w:p>`;
}

function toRow(cells: readonly string[], widths: readonly number[], header: boolean, size: number): string {
  const tcs = cells.map(
    (p, c) => `<w:tc><w:tcPr><w:tcW w:w="${widths[c]}" w:type="dxa"/></w:tcPr>${toParagraph(p, size)}</w:tc>`,
  );
  return `<w:tr>${header ? '<w:trPr><w:tblHeader/></w:trPr>' : ''}${tcs.join('')}</w:tr>`;
}

/**
 * A minimal .docx template equivalent to gramota's document: a paragraph loop for the text above the table, a table
 * with the fixed header rows and ONE loop row `{#rows}{a}…{g}{/rows}`, and a section with the same page setup.
 * Built once, before the timer, from hand-written WordprocessingML zipped with fflate.
 */
export function buildTemplate(content: FloorContent): Uint8Array {
  const size = content.fontSizePt * 2;
  const widths = content.widthsMm.map(toTwip);
  const headers = content.rows
    .slice(0, content.headerRows)
    .map((r) => toRow(r.map(escapeXml), widths, true, size));
  const tags = widths.map((_, c) => `{${toTag(c)}}`);
  const loop = toRow(
    tags.map((t, c) => `${c === 0 ? '{#rows}' : ''}${t}${c === tags.length - 1 ? '{/rows}' : ''}`),
    widths,
    false,
    size,
  );
  const grid = widths.map((x) => `<w:gridCol w:w="${x}"/>`).join('');
  const tblPr = `<w:tblPr><w:tblW w:w="${widths.reduce((a, b) => a + b, 0)}" w:type="dxa"/><w:tblBorders>${borders}</w:tblBorders><w:tblLayout w:type="fixed"/></w:tblPr>`;
  const landscape = content.orientation === 'landscape';
  const m = content.marginsMm;
  const sectPr = `<w:sectPr><w:pgSz w:w="${landscape ? 16838 : 11906}" w:h="${landscape ? 11906 : 16838}"${landscape ? ' w:orient="landscape"' : ''}/><w:pgMar w:top="${toTwip(m.top)}" w:right="${toTwip(m.right)}" w:bottom="${toTwip(m.bottom)}" w:left="${toTwip(m.left)}" w:header="567" w:footer="567" w:gutter="0"/></w:sectPr>`;
  const paragraphs = [
    toParagraph('{#paragraphs}', size),
    toParagraph('{text}', size),
    toParagraph('{/paragraphs}', size),
  ];
  const body = `${paragraphs.join('')}<w:tbl>${tblPr}<w:tblGrid>${grid}</w:tblGrid>${headers.join('')}${loop}</w:tbl><w:p/>${sectPr}`;
  return zipSync({
    '[Content_Types].xml': strToU8(contentTypes),
    '_rels/.rels': strToU8(rootRels),
    'word/document.xml': strToU8(
      `${declaration}<w:document xmlns:w="${w}"><w:body>${body}</w:body></w:document>`,
    ),
  });
}

/** The data the template is filled with: the paragraphs, and the body rows as {a, b, …} objects. */
export function toTemplateData(content: FloorContent): object {
  return {
    paragraphs: content.paragraphs.map((text) => ({ text })),
    rows: content.rows
      .slice(content.headerRows)
      .map((texts) => Object.fromEntries(texts.map((t, c) => [toTag(c), t]))),
  };
}

/** The timed part: open the template, fill it, zip it again with DEFLATE. */
export function fillTemplate(template: Uint8Array, data: object): Uint8Array {
  const zip = new PizZip(template);
  const doc = new Docxtemplater(zip, { paragraphLoop: true });
  doc.render(data);
  return doc.getZip().generate({ type: 'uint8array', compression: 'DEFLATE' });
}
