import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import type { Block } from '../../../src/model/schema.js';
import { renderDocx } from '../../../src/render/docx/index.js';
import { cell, makeDocument, makeSection } from './fixtures.js';
import { allOf } from './parts.js';

/** A calendar plan-graph in small: the second and third month of the first row are shaded, a cell merged down is. */
const graph = {
  type: 'table',
  borders: 'grid',
  widths: [{ fr: 1 }, { mm: 8 }, { mm: 8 }, { mm: 8 }],
  rows: [
    { header: true, cells: [cell('Мероприятие'), cell('янв'), cell('фев'), cell('мар')] },
    { cells: [cell('Семинар'), cell(''), cell('', { fill: '#BFBFBF' }), cell('', { fill: '#BFBFBF' })] },
    { cells: [cell('Отчёт'), cell('', { fill: '#D9D9D9', rowSpan: 2 }), cell(''), cell('')] },
    { cells: [cell('Итоги'), cell(''), cell('')] },
  ],
} as Block;

async function documentXml(fastRows: boolean): Promise<string> {
  const model = makeDocument([makeSection([graph], { orientation: 'landscape' })]);
  const files = unzipSync(await renderDocx(model, { fastRows }), {
    filter: (f) => f.name === 'word/document.xml',
  });
  return strFromU8(files['word/document.xml']!);
}

const fillsOf = (row: string) =>
  allOf(row, 'w:tc').map((tc) => /<w:shd [^>]*w:fill="([0-9A-F]+)"/.exec(tc)?.[1] ?? null);

describe('DOCX cell shading', () => {
  it('writes w:shd clear with the fill colour on exactly the shaded cells, in Word’s place in w:tcPr', async () => {
    const rows = allOf(await documentXml(true), 'w:tr');
    expect(rows.map(fillsOf)).toEqual([
      [null, null, null, null],
      [null, null, 'BFBFBF', 'BFBFBF'],
      [null, 'D9D9D9', null, null],
      [null, 'D9D9D9', null, null], // the merged part below carries the fill too, so Word shades the whole cell
    ]);
    const shaded = allOf(rows[1]!, 'w:tc')[2]!;
    expect(shaded).toMatch(
      /<w:tcPr><w:tcW [^>]*\/><w:shd w:fill="BFBFBF" w:color="auto" w:val="clear"\/><\/w:tcPr>/,
    );
  });

  it('writes the same XML on the fast and the docx path', async () => {
    expect(await documentXml(true)).toBe(await documentXml(false));
  });

  it('leaves unshaded tables without w:shd', async () => {
    const plain = { ...graph, rows: [{ cells: [cell('А'), cell('Б'), cell('В'), cell('Г')] }] } as Block;
    const model = makeDocument([makeSection([plain])]);
    const files = unzipSync(await renderDocx(model), { filter: (f) => f.name === 'word/document.xml' });
    expect(strFromU8(files['word/document.xml']!)).not.toContain('<w:shd');
  });
});
