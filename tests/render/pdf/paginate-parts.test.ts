import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { buildModels } from '../../../src/generate.js';
import type { DocumentModel, Section } from '../../../src/model/schema.js';
import { parsePlan } from '../../../src/plan/parse-plan.js';
import type { RowBox } from '../../../src/render/lone-lines.js';
import { renderPdf, toPdfDefinition } from '../../../src/render/pdf/index.js';
import { layOut } from '../../../src/render/pdf/lay-out.js';
import { type Define, paginateSection } from '../../../src/render/pdf/paginate.js';
import {
  findCut,
  findLongTable,
  longRows,
  paginateInParts,
  partRows,
} from '../../../src/render/pdf/paginate-parts.js';
import { makeDocument, makeSection, makeTable, para, readPdf, spyOnLayouts } from './fixtures.js';

const box = (startPage: number, endPage = startPage): RowBox => ({ startPage, endPage, heightPt: 20 });
const defineFor =
  (doc: DocumentModel): Define =>
  (section, firstPage) =>
    toPdfDefinition({ ...doc, sections: [section] }, true, firstPage);

afterEach(() => {
  vi.restoreAllMocks();
});

describe('findCut', () => {
  it('finds the last page but the first that begins with a whole row, and that row', () => {
    // Two header rows; rows 2–9 on page 0, 10–15 on page 1, 16 broken over pages 1 and 2, 17 on page 2.
    const boxes = [
      box(0),
      box(0),
      ...Array.from({ length: 8 }, () => box(0)),
      ...Array.from({ length: 6 }, () => box(1)),
    ];
    expect(findCut([...boxes, box(1, 2), box(2)], 2)).toEqual({ row: 10, page: 1 });
    expect(findCut([...boxes, box(2)], 2)).toEqual({ row: 16, page: 2 });
  });

  it('finds none on one page, nor at the first body row', () => {
    expect(findCut([box(0), box(0), box(0), box(0)], 2)).toBeUndefined();
    expect(findCut([box(1), box(1), box(1)], 1)).toBeUndefined();
  });
});

describe('findLongTable', () => {
  it('finds the one table longer than the limit, in a section without a contents', () => {
    const section = makeSection([para('Дорожная карта'), makeTable(longRows + 1)]);
    expect(findLongTable(section)).toBe(1);
    expect(findLongTable(makeSection([makeTable(30)]))).toBeUndefined();
    expect(findLongTable(makeSection([makeTable(30), makeTable(40)]), 20)).toBeUndefined();
    expect(
      findLongTable({
        ...section,
        children: [{ type: 'contents' } as Section['children'][number], ...section.children],
      }),
    ).toBeUndefined();
  });
});

describe('paginateInParts: a long table laid out a part at a time', () => {
  it('writes the same PDF as one layout of it all, and leaves the section as it was', async () => {
    const doc = makeDocument([makeSection([para('Дорожная карта'), makeTable(120), para('Подпись')])]);
    const section = doc.sections[0]!;
    const parts = paginateInParts(section, defineFor(doc), 1, true, 25);
    const whole = await layOut(defineFor(doc)(section)).draw();
    expect(parts.section).toBe(section);
    expect(Buffer.from((await parts.pdf)!).equals(Buffer.from(whole))).toBe(true);
  }, 60_000);

  it('paginates merges down and lone lines as the whole section does (data/vologda-literacy-roadmap.yaml)', async () => {
    const source = readFileSync(
      join(import.meta.dirname, '../../../data/vologda-literacy-roadmap.yaml'),
      'utf8',
    );
    const [built] = buildModels(parsePlan(source, 'plan.yaml'), { createdAt: new Date(0) });
    const doc = built!.model;
    const section = doc.sections[0]!;
    const tableIndex = section.children.findIndex(
      (block) => block.type === 'table' && block.rows.length > 10,
    );
    const whole = paginateSection(section, defineFor(doc));
    const parts = paginateInParts(section, defineFor(doc), tableIndex, true, 6);
    expect(parts.section).toEqual(whole.section);
    expect(Buffer.from((await parts.pdf)!).equals(Buffer.from(await whole.laid!.draw()))).toBe(true);
    // A DOCX alone: the same pagination, nothing drawn.
    const undrawn = paginateInParts(section, defineFor(doc), tableIndex, false, 6);
    expect(undrawn.section).toEqual(whole.section);
    expect(undrawn.pdf).toBeUndefined();
  }, 60_000);

  it('lays out a table longer than longRows in parts: every row once, in order, and the pages numbered on', async () => {
    const doc = makeDocument([makeSection([para('Дорожная карта'), makeTable(longRows + 1)])]);
    expect(findLongTable(doc.sections[0]!)).toBe(1);
    const layouts = spyOnLayouts();
    const { items } = await readPdf(await renderPdf(doc));
    expect(layouts.mock.calls.length).toBeGreaterThan(longRows / partRows);
    const rows = items.flatMap((page) =>
      page.filter((item) => /^\d+\.$/.test(item.str)).map((item) => item.str),
    );
    expect(rows).toEqual(Array.from({ length: longRows + 1 }, (_, i) => `${i + 1}.`));
    expect(items.length).toBeGreaterThan(60);
    items.forEach((page, p) => {
      const top = page[0]!;
      if (p === 0) expect(top.str).toBe('Дорожная карта');
      else expect(top.str, `page ${p + 1}`).toBe(String(p + 1));
    });
  }, 120_000);
});
