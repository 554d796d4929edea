import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import type { Block } from '../../../src/model/schema.js';
import { renderDocx } from '../../../src/render/docx/index.js';
import { cell, makeDocument, makeSection } from './fixtures.js';
import { allOf } from './parts.js';

/** A stage merged over 1.1–1.2 that runs on, without a rule, into the empty stage part of 1.3 (split-merges.ts). */
const roadmap = {
  type: 'table',
  borders: 'grid',
  widths: [{ mm: 15 }, { mm: 40 }, { fr: 1 }],
  rows: [
    { header: true, cells: [cell('№'), cell('Этап'), cell('Мероприятие')] },
    { cells: [cell('1.1'), cell('1. Подготовительный', { rowSpan: 2, openBottom: true }), cell('а')] },
    { cells: [cell('1.2'), cell('б')] },
    { cells: [cell('1.3'), { rowSpan: 1, openTop: true, children: [] }, cell('в')] },
    { cells: [cell('1.4'), cell('1. Подготовительный', { rowSpan: 1 }), cell('г')] },
  ],
} as Block;

async function documentXml(fastRows: boolean): Promise<string> {
  const model = makeDocument([makeSection([roadmap])]);
  const files = unzipSync(await renderDocx(model, { fastRows }), {
    filter: (f) => f.name === 'word/document.xml',
  });
  return strFromU8(files['word/document.xml']!);
}

const bordersOf = (row: string) =>
  allOf(row, 'w:tc').map((tc) => /<w:tcBorders>.*<\/w:tcBorders>/.exec(tc)?.[0]);

describe('an open cell edge in the DOCX', () => {
  it('writes «nil» rules on both sides of the edge, on every part of the merge, after w:vMerge', async () => {
    const rows = allOf(await documentXml(true), 'w:tr');
    const bottom = '<w:tcBorders><w:bottom w:val="nil"/></w:tcBorders>';
    expect(rows.map((row) => bordersOf(row)[1])).toEqual([
      undefined,
      bottom,
      bottom, // the merge's continue part: Word draws the merged cell's bottom edge from it
      '<w:tcBorders><w:top w:val="nil"/></w:tcBorders>',
      undefined,
    ]);
    expect(allOf(rows[1]!, 'w:tc')[1]).toContain(`<w:vMerge w:val="restart"/>${bottom}`);
  });

  it('writes the same XML on the fast and the docx path', async () => {
    expect(await documentXml(true)).toBe(await documentXml(false));
  });
});
