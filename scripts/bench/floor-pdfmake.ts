import { join, sep } from 'node:path';
import pdfmake from 'pdfmake';
import type { TDocumentDefinitions } from 'pdfmake/interfaces.js';
import type { FloorContent } from './content.js';

const family = 'LiberationSerif';
/** pdfmake's default table layout: 4 pt padding on each side of a cell and 1 pt lines. */
const cellChromePt = 4 + 4 + 1;

function toPt(mm: number): number {
  return (mm / 25.4) * 72;
}

/**
 * The floor of `pdfmake`: the same text as gramota's document as a hand-built document definition — landscape A4,
 * the same margins, the committed Liberation Serif fonts embedded, and a table with headerRows and the same column
 * widths — with pdfmake's defaults for everything else (no custom layouts, keep rules or page numbers).
 * Registering the fonts is part of the time, as it is part of gramota's first renderPdf.
 */
export async function renderRawPdf(content: FloorContent, fontsDir: string): Promise<Uint8Array> {
  pdfmake.setFonts({
    [family]: {
      normal: join(fontsDir, 'LiberationSerif-Regular.ttf'),
      bold: join(fontsDir, 'LiberationSerif-Bold.ttf'),
      italics: join(fontsDir, 'LiberationSerif-Italic.ttf'),
      bolditalics: join(fontsDir, 'LiberationSerif-BoldItalic.ttf'),
    },
  });
  pdfmake.setUrlAccessPolicy(() => false);
  pdfmake.setLocalAccessPolicy((path) => path.startsWith(fontsDir + sep));
  const { top, right, bottom, left } = content.marginsMm;
  const definition: TDocumentDefinitions = {
    pageSize: 'A4',
    pageOrientation: content.orientation,
    pageMargins: [toPt(left), toPt(top), toPt(right), toPt(bottom)],
    defaultStyle: { font: family, fontSize: content.fontSizePt },
    content: [
      ...content.paragraphs.map((text) => ({ text })),
      {
        table: {
          headerRows: content.headerRows,
          widths: content.widthsMm.map((mm) => Math.max(toPt(mm) - cellChromePt, 1)),
          body: content.rows.map((texts) => texts.map((text) => ({ text }))),
        },
      },
    ],
  };
  const buffer = await pdfmake.createPdf(definition).getBuffer();
  return new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
}
