import type { ContentTable } from 'pdfmake/interfaces.js';
import { getDocumentProxy } from 'unpdf';
import { OPS } from 'unpdf/pdfjs';
import { describe, expect, it } from 'vitest';
import { mmToPt } from '../../../src/model/units.js';
import { renderPdf, toPdfDefinition } from '../../../src/render/pdf/index.js';
import { cell, makeDocument, makeSection } from './fixtures.js';

/** Portrait text 30…200 mm from the left edge: a text column, then three 8 mm month columns; the last is shaded. */
const graph = {
  type: 'table',
  borders: 'grid',
  widths: [{ fr: 1 }, { mm: 8 }, { mm: 8 }, { mm: 8 }],
  rows: [
    { header: true, cells: [cell('Мероприятие'), cell('янв'), cell('фев'), cell('мар')] },
    { cells: [cell('Семинар'), cell(''), cell(''), cell('', { fill: '#BFBFBF' })] },
  ],
};
const doc = makeDocument([makeSection([graph])]);

describe('PDF cell shading', () => {
  it('gives pdfmake fillColor on exactly the shaded cells', () => {
    const [section] = toPdfDefinition(doc).content as { section: ContentTable[] }[];
    const body = section!.section.find((n) => 'table' in n)!.table.body as Record<string, unknown>[][];
    expect(body.map((row) => row.map((c) => c.fillColor ?? null))).toEqual([
      [null, null, null, null],
      [null, null, null, '#BFBFBF'],
    ]);
  });

  it('paints a grey rectangle over the last month column of the body row only', async () => {
    const page = await (await getDocumentProxy(await renderPdf(doc))).getPage(1);
    const ops = await page.getOperatorList();
    const greys = ops.fnArray.flatMap((fn, i) =>
      fn === OPS.setFillRGBColor && ops.argsArray[i][0] === '#bfbfbf' ? [i] : [],
    );
    expect(greys).toHaveLength(1);
    const path = ops.fnArray.findIndex((fn, i) => i > greys[0]! && fn === OPS.constructPath);
    const [minX, , maxX] = Object.values(ops.argsArray[path][2] as Record<string, number>);
    const columnLeft = mmToPt(200 - 8);
    expect(minX).toBeGreaterThanOrEqual(columnLeft - 1);
    expect(maxX).toBeLessThanOrEqual(mmToPt(200) + 1);
    expect(maxX! - minX!).toBeGreaterThan(mmToPt(8) - 2);
  });
});
