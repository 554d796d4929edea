import { describe, expect, it } from 'vitest';
import type { Block } from '../../../src/model/schema.js';
import { cell, makeDocument, makeRoadmap, makeSection, text } from './fixtures.js';
import { allOf, countOf, renderBody } from './parts.js';

/**
 * Portrait text width 170 mm = 9638 twips; widths 15 mm | 2 fr | 1 fr | 40 mm → edges at 15, 91.67, 130, 170 mm
 * → 850 | 4347 | 2173 | 2268 twips.
 */
const sample = {
  type: 'table',
  borders: 'grid',
  widths: [{ mm: 15 }, { fr: 2 }, { fr: 1 }, { mm: 40 }],
  rows: [
    {
      header: true,
      cells: ['№', 'Мероприятие', 'Срок', 'Ответственный'].map((v) => cell(v, { valign: 'center' })),
    },
    { header: true, cells: ['1', '2', '3', '4'].map((v) => cell(v)) },
    { cells: [cell('1.'), cell('Широкая ячейка', { colSpan: 2 }), cell('А')] },
    { cells: [cell('2.'), cell('Б'), cell('Объединено', { rowSpan: 3, align: 'center' }), cell('В')] },
    { keepNext: true, cells: [cell('3.'), cell('Г'), cell('Д')] },
    { cells: [cell('4–5', { colSpan: 2 }), cell('Е')] },
    { header: true, cells: [cell('не шапка'), cell(''), cell(''), cell('')] },
  ],
} as Block;

async function renderTable(
  table: Block,
  orientation: 'portrait' | 'landscape' = 'portrait',
): Promise<string> {
  const body = await renderBody(makeDocument([makeSection([table], { orientation })]));
  return allOf(body, 'w:tbl')[0] ?? '';
}

function cellsOf(row: string): string[] {
  return allOf(row, 'w:tc');
}

describe('DOCX tables', () => {
  it('marks only the leading header rows as repeated, and lets no row split across pages', async () => {
    const rows = allOf(await renderTable(sample), 'w:tr');
    expect(rows).toHaveLength(7);
    expect(rows.map((row) => row.includes('<w:tblHeader/>'))).toEqual([
      true,
      true,
      false,
      false,
      false,
      false,
      false,
    ]);
    expect(rows.every((row) => row.includes('<w:cantSplit/>'))).toBe(true);
  });

  it('writes a least row height set by pagination as w:trHeight «atLeast», and keeps a row marked whole unsplit', async () => {
    const long = Array.from({ length: 80 }, (_, i) => `Строка ${i + 1} длинного содержимого`).join('. ');
    const table = {
      ...sample,
      rows: [
        (sample as { rows: unknown[] }).rows[0],
        { minHeightPt: 40.25, cells: [cell('1.'), cell('Коротко'), cell('май'), cell('А')] },
        { cells: [cell('2.'), cell(long), cell('июнь'), cell('Б')] },
        { whole: true, cells: [cell('3.'), cell(long), cell('июль'), cell('В')] },
      ],
    } as Block;
    const rows = allOf(await renderTable(table), 'w:tr');
    expect(rows[1]).toContain('<w:trHeight w:val="805" w:hRule="atLeast"/>');
    expect(rows.filter((row) => row.includes('w:trHeight'))).toHaveLength(1);
    expect(rows.map((row) => row.includes('<w:cantSplit/>'))).toEqual([true, true, false, true]);
  });

  it('spans the text width with a fixed grid of the resolved column widths', async () => {
    const table = await renderTable(sample);
    expect(table).toContain('<w:tblW w:type="dxa" w:w="9638"/>');
    expect(table).toContain('<w:tblLayout w:type="fixed"/>');
    expect([...table.matchAll(/<w:gridCol w:w="(\d+)"\/>/g)].map((m) => Number(m[1]))).toEqual([
      850, 4347, 2173, 2268,
    ]);
    const [firstRow = ''] = allOf(table, 'w:tr');
    expect([...firstRow.matchAll(/<w:tcW w:type="dxa" w:w="(\d+)"\/>/g)].map((m) => Number(m[1]))).toEqual([
      850, 4347, 2173, 2268,
    ]);
  });

  it('uses the landscape text width (257 mm) for a table in a landscape section', async () => {
    expect(await renderTable(sample, 'landscape')).toContain('<w:tblW w:type="dxa" w:w="14570"/>');
  });

  it('writes a column span as gridSpan with the summed width', async () => {
    const rows = allOf(await renderTable(sample), 'w:tr');
    const wide = cellsOf(rows[2] ?? '')[1] ?? '';
    expect(wide).toContain('<w:gridSpan w:val="2"/>');
    expect(wide).toContain('<w:tcW w:type="dxa" w:w="6520"/>');
  });

  it('merges a three-row cell in column 3 as one restart and two continues in that column', async () => {
    const table = await renderTable(sample);
    expect(countOf(table, '<w:vMerge w:val="restart"/>')).toBe(1);
    expect(countOf(table, '<w:vMerge w:val="continue"/>')).toBe(2);
    const rows = allOf(table, 'w:tr');
    expect(cellsOf(rows[3] ?? '')[2]).toContain('<w:vMerge w:val="restart"/>');
    expect(cellsOf(rows[3] ?? '')[2]?.replace(/<\/w:t><w:softHyphen\/><w:t>/g, '')).toContain('Объединено');
    // Row 5: «Г» and «Д» on both sides of the continue cell.
    const row5 = cellsOf(rows[4] ?? '');
    expect(row5).toHaveLength(4);
    expect(row5[2]).toContain('<w:vMerge w:val="continue"/>');
    expect(row5[3]).toContain('Д');
    // Row 6: after a cell spanning columns 1–2 the continue cell is the second cell, still column 3.
    const row6 = cellsOf(rows[5] ?? '');
    expect(row6).toHaveLength(3);
    expect(row6[0]).toContain('<w:gridSpan w:val="2"/>');
    expect(row6[1]).toContain('<w:vMerge w:val="continue"/>');
    expect(row6[1]).toContain('<w:tcW w:type="dxa" w:w="2173"/>');
    expect(row6[1]).toContain('<w:pStyle w:val="GramotaTableText"/>');
  });

  it('draws a 0.5 pt black grid on all edges and pads cells by 1.5 × 0.5 mm', async () => {
    const [borders = ''] = allOf(await renderTable(sample), 'w:tblBorders');
    for (const edge of ['top', 'left', 'bottom', 'right', 'insideH', 'insideV']) {
      expect(borders).toContain(`<w:${edge} w:val="single" w:color="000000" w:sz="4"/>`);
    }
    const [margins = ''] = allOf(await renderTable(sample), 'w:tblCellMar');
    expect(margins).toContain('<w:top w:type="dxa" w:w="28"/>');
    expect(margins).toContain('<w:left w:type="dxa" w:w="85"/>');
  });

  it('writes no borders at all for a borderless table', async () => {
    const table = await renderTable({ ...sample, borders: 'none' } as Block);
    const [borders = ''] = allOf(table, 'w:tblBorders');
    expect(countOf(borders, 'w:val="nil"')).toBe(6);
    expect(table).not.toContain('w:val="single"');
  });

  it('applies cell alignment and vertical alignment to the cell and its paragraphs', async () => {
    const rows = allOf(await renderTable(sample), 'w:tr');
    expect(cellsOf(rows[0] ?? '').every((c) => c.includes('<w:vAlign w:val="center"/>'))).toBe(true);
    expect(cellsOf(rows[3] ?? '')[2]).toContain('<w:jc w:val="center"/>');
    expect(cellsOf(rows[3] ?? '')[1]).not.toContain('<w:jc');
  });

  it('keeps a row with the next by setting keepNext on every paragraph of it, merged parts included', async () => {
    const rows = allOf(await renderTable(sample), 'w:tr');
    const kept = allOf(rows[4] ?? '', 'w:p');
    expect(kept).toHaveLength(4);
    expect(kept.every((p) => p.includes('<w:keepNext/>'))).toBe(true);
    expect(rows.filter((row) => row.includes('<w:keepNext/>'))).toHaveLength(1);
  });

  it('keeps a roadmap consistent: merged cells in column 4 restart once per three rows', async () => {
    const table = await renderTable(makeRoadmap(6), 'landscape');
    expect(countOf(table, '<w:vMerge w:val="restart"/>')).toBe(6);
    expect(countOf(table, '<w:vMerge w:val="continue"/>')).toBe(12);
    const rows = allOf(table, 'w:tr');
    // Every body row has five cells: merged cells never shift a column.
    expect(
      rows
        .slice(2)
        .filter((row) => !row.includes('gridSpan'))
        .every((row) => cellsOf(row).length === 5),
    ).toBe(true);
  });

  it('writes the hyphenation points of table text as Word optional hyphens (w:softHyphen)', async () => {
    const xml = await renderTable({
      ...sample,
      rows: [{ cells: [cell('Профессиональных'), cell('ГАПОУ'), cell('Спиридонова А.В.'), cell('2020')] }],
    } as Block);
    expect(xml).toContain(
      ['Про', 'фес', 'си', 'о', 'наль', 'ных'].map((part) => `<w:t>${part}</w:t>`).join('<w:softHyphen/>'),
    );
    expect(countOf(xml, '<w:softHyphen/>')).toBe(5);
  });

  it('gives an empty cell a paragraph, as Word requires', async () => {
    const table = {
      type: 'table',
      borders: 'none',
      widths: [{ fr: 1 }, { mm: 75 }],
      rows: [{ cells: [{ children: [] }, { children: [text('УТВЕРЖДЕНО', 'bodyPlain')] }] }],
    } as Block;
    const [first = ''] = cellsOf(await renderTable(table));
    expect(first).toContain('<w:p>');
  });
});
