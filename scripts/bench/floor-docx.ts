import {
  Document,
  Packer,
  PageOrientation,
  Paragraph,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import type { FloorContent } from './content.js';

/** A4 in twips, portrait: docx swaps it itself for a landscape section. */
const a4 = { width: 11906, height: 16838 };
const font = 'Times New Roman';

function toTwip(mm: number): number {
  return Math.round((mm / 25.4) * 1440);
}

/** One text as paragraphs of plain runs, a paragraph per line. */
function toParagraphs(text: string, halfPoints: number): Paragraph[] {
  return text
    .split('\n')
    .map((line) => new Paragraph({ children: [new TextRun({ text: line, font, size: halfPoints })] }));
}

/**
 * The floor of the `docx` library: the same text as gramota's document hand-built as a docx object tree — one
 * landscape A4 section with the same margins, the paragraphs, and a fixed-layout table with the same column widths
 * and a repeated header row — packed with Packer.toBuffer. No styles, numbering, measuring or merges.
 */
export async function renderRawDocx(content: FloorContent): Promise<Uint8Array> {
  const size = content.fontSizePt * 2;
  const widths = content.widthsMm.map(toTwip);
  const rows = content.rows.map(
    (texts, r) =>
      new TableRow({
        ...(r < content.headerRows ? { tableHeader: true } : {}),
        children: texts.map(
          (text, c) =>
            new TableCell({
              width: { size: widths[c]!, type: WidthType.DXA },
              children: toParagraphs(text, size),
            }),
        ),
      }),
  );
  const { top, right, bottom, left } = content.marginsMm;
  const document = new Document({
    styles: { default: { document: { run: { font, size } } } },
    sections: [
      {
        properties: {
          page: {
            size: {
              ...a4,
              orientation:
                content.orientation === 'landscape' ? PageOrientation.LANDSCAPE : PageOrientation.PORTRAIT,
            },
            margin: { top: toTwip(top), right: toTwip(right), bottom: toTwip(bottom), left: toTwip(left) },
          },
        },
        children: [
          ...content.paragraphs.flatMap((text) => toParagraphs(text, size)),
          new Table({
            layout: TableLayoutType.FIXED,
            columnWidths: widths,
            width: { size: widths.reduce((a, b) => a + b, 0), type: WidthType.DXA },
            rows,
          }),
        ],
      },
    ],
  });
  const buffer = await Packer.toBuffer(document);
  return new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
}
