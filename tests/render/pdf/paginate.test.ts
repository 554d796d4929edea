import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseDocument, stringify } from 'yaml';
import { type GeneratedDocument, generate } from '../../../src/generate.js';
import { mmToPt } from '../../../src/model/units.js';
import { renderPdf } from '../../../src/render/pdf/index.js';
import { cell, makeDocument, makeSection, type PageItem, para, readPdf } from './fixtures.js';

const plan = join(import.meta.dirname, '../../../data/vologda-literacy-roadmap.yaml');
const rowNumber = /^(\d+)\.(\d+)$/;

/** The row numbers «2.5» of a page, top to bottom, with their height on the page. */
function rowNumbersOf(items: readonly PageItem[]): PageItem[] {
  return items.filter((item) => rowNumber.test(item.str) && item.x < 80);
}

/** Whether the stage column's cell is a restart (or a cell of its own) in each body row of the DOCX's roadmap. */
function stageCellStarts(docx: Uint8Array): boolean[] {
  const xml = strFromU8(
    unzipSync(docx, { filter: (f) => f.name === 'word/document.xml' })['word/document.xml']!,
  );
  const rows = [...xml.matchAll(/<w:tr\b[\s\S]*?<\/w:tr>/g)].map((m) => m[0]);
  return rows
    .filter((row) => !row.includes('<w:tblHeader'))
    .map((row) => {
      const stage = [...row.matchAll(/<w:tc>[\s\S]*?<\/w:tc>/g)][1]?.[0] ?? '';
      return !/<w:vMerge(?: w:val="continue")?\/>/.test(stage);
    });
}

/** The Vologda plan with its three stages given `times` times over (their titles numbered): a longer roadmap. */
function repeatStages(times: number): string {
  const doc = parseDocument(readFileSync(plan, 'utf8'));
  const roadmap = (doc.toJS() as { documents: { stages?: { title: string }[] }[] }).documents.find(
    (d) => d.stages,
  )!;
  const stages = Array.from({ length: times }, (_, k) =>
    roadmap.stages!.map((stage) => ({ ...stage, title: `${stage.title} (${k + 1})` })),
  ).flat();
  const js = doc.toJS() as { documents: { stages?: unknown }[] };
  js.documents = js.documents.map((d) => (d.stages ? { ...d, stages } : d));
  return stringify(js);
}

describe.each([
  { name: 'data/vologda-literacy-roadmap.yaml', times: 1 },
  // Its pages once never agreed with the restarted merges (a stage name too tall for the rows left on a page moved
  // the page start back and forth): pages began with a blank stage cell.
  { name: 'its stages twice over', times: 2 },
  // A longer table: the rows above a cut dropped keep their heights, and every page still begins with its stage.
  { name: 'its stages eight times over', times: 8 },
])('a stage column over several pages ($name)', ({ times }) => {
  let doc: GeneratedDocument;
  let pages: PageItem[][];
  beforeAll(async () => {
    const source = times === 1 ? readFileSync(plan, 'utf8') : repeatStages(times);
    [doc] = (await generate(source, { file: 'plan.yaml' })) as [GeneratedDocument];
    pages = (await readPdf(doc.pdf!)).items;
  }, 120_000);

  it('numbers the items with their stage: 1.1 … 1.7, 2.1 … 2.12, 3.1 … 3.4, never two «1.» on a page', () => {
    const numbers = pages.flatMap((page) => rowNumbersOf(page).map((item) => item.str));
    const expected = Array.from({ length: times }, () => [7, 12, 4])
      .flat()
      .flatMap((count, s) => Array.from({ length: count }, (_, i) => `${s + 1}.${i + 1}`));
    expect(numbers).toEqual(expected);
    for (const page of pages) expect(page.filter((item) => item.str === '1.')).toEqual([]);
  });

  it('shows the stage name again at the top of every continuation page, beside the first row', () => {
    expect(pages.length).toBeGreaterThan(3);
    for (const [p, page] of pages.entries()) {
      const [first] = rowNumbersOf(page);
      const stage = first?.str.match(rowNumber)?.[1];
      // The stage cell's first line «2. Ос-» on the first row's line, right of the number.
      const name = page.find(
        (item) => Math.abs(item.y - first!.y) < 1 && item.x > first!.x + 10 && item.x < 140,
      );
      expect(name?.str, `page ${p + 1}`).toMatch(new RegExp(`^${stage}\\. `));
    }
  });

  it('draws the texts of every page in their own columns, none past the right edge of the table', () => {
    // A row at the top of a continuation page was once drawn a column to the right (PDF only).
    const rightEdge = mmToPt(297 - 20);
    for (const [p, page] of pages.entries()) {
      const past = page.filter((item) => item.x + item.width > rightEdge + 1).map((item) => item.str);
      expect(past, `page ${p + 1}`).toEqual([]);
      const [first] = rowNumbersOf(page);
      const row = page.filter((item) => Math.abs(item.y - first!.y) < 1).map((item) => item.x);
      expect(Math.max(...row), `page ${p + 1}`).toBeLessThan(rightEdge);
    }
  });

  it('restarts the merge in the DOCX at the same rows: each stage, each page and each row broken by a page begins a stage cell', () => {
    const numbers = pages.flatMap((page) => rowNumbersOf(page).map((item) => item.str));
    const pageFirsts = new Set(pages.map((page) => rowNumbersOf(page)[0]!.str));
    // A row broken by a page: its end is carried over above the first row number of the next page, which then sits
    // lower under the repeated header than on a page that begins with a row.
    const firstTops = pages.slice(1).map((page) => rowNumbersOf(page)[0]!.y);
    const headerFoot = Math.max(...firstTops);
    const broken = new Set(
      pages.slice(0, -1).flatMap((page, p) => {
        const last = rowNumbersOf(page).at(-1)?.str;
        return last && firstTops[p]! < headerFoot - 5 ? [last] : [];
      }),
    );
    const expected = numbers.map((n) => n.endsWith('.1') || pageFirsts.has(n) || broken.has(n));
    // The model both formats rendered says the same.
    const table = doc.model.sections[0]!.children.find((b) => b.type === 'table');
    const starts =
      table?.type === 'table' ? table.rows.slice(1).map((r) => r.cells[1]?.rowSpan !== undefined) : [];
    expect(stageCellStarts(doc.docx!)).toEqual(starts);
    if (times === 1) expect(starts).toEqual(expected);
    // Where the pages would not agree at once, a stage may begin anew mid-page too, never less than at every stage
    // and every page (the texts repeat: which row a page breaks is not told by them).
    else {
      const missing = numbers.filter((n, r) => (n.endsWith('.1') || pageFirsts.has(n)) && !starts[r]);
      expect(missing).toEqual([]);
    }
  });
});

describe('a tall row under a stage column breaks across pages (breakable-rows.ts, paginate.ts)', () => {
  it('breaks the row, its stage cut off above and below it: no page a third empty, no merge open at the break', async () => {
    const source = readFileSync(
      join(import.meta.dirname, '../../golden/tall-row-in-stage-column/plan.yaml'),
      'utf8',
    );
    const [doc] = (await generate(source, { file: 'plan.yaml' })) as [GeneratedDocument];
    const pages = (await readPdf(doc.pdf!)).items;
    // The tall activity (item 1.5) begins on page 1 and goes on at the top of page 2, above item 1.6.
    const onPage = (p: number) => pages[p]!.map((item) => item.str).join(' ');
    expect(onPage(0)).toContain('1.5');
    expect(onPage(1)).not.toContain('1.5');
    const [first] = rowNumbersOf(pages[1]!);
    expect(first?.str).toBe('1.6');
    const above = pages[1]!.filter((item) => item.y > first!.y + 5 && /семинаров|работников/.test(item.str));
    expect(above.length).toBeGreaterThan(2);
    // The row may break in the DOCX too, and the stage cell begins anew at 1.5 and at 1.6 in both formats.
    const xml = strFromU8(
      unzipSync(doc.docx!, { filter: (f) => f.name === 'word/document.xml' })['word/document.xml']!,
    );
    const rows = [...xml.matchAll(/<w:tr\b[\s\S]*?<\/w:tr>/g)]
      .map((m) => m[0])
      .filter((r) => !r.includes('<w:tblHeader'));
    expect(rows[4]).toContain('<w:cantSplit w:val="off"/>');
    expect(stageCellStarts(doc.docx!).slice(0, 6)).toEqual([true, false, false, false, true, true]);
  }, 120_000);
});

describe('merged cells in the PDF', () => {
  const lines = (n: number, label: string) => ({
    children: Array.from({ length: n }, (_, k) => para(`${label}, строка ${k + 1}`, 'tableText')),
  });

  it('add no empty space to the last row of a merge whose first row moved to a new page', async () => {
    // Row «1.» (ten lines, a six-line stage merged over it and «2.») does not fit under «0.» and moves to page 2 whole.
    const stage = {
      rowSpan: 2,
      children: ['Этап 1', 'подготови-', 'тельный', '(сентябрь –', 'декабрь', '2025 г.)'].map((v) =>
        para(v, 'tableText'),
      ),
    };
    const table = {
      type: 'table',
      borders: 'grid',
      widths: [{ mm: 15 }, { mm: 40 }, { fr: 1 }],
      rows: [
        { header: true, cells: [cell('№'), cell('Этап'), cell('Мероприятие')] },
        { cells: [cell('0.'), cell(''), lines(1, 'Вводная')] },
        { cells: [cell('1.'), stage, lines(10, 'Первое')] },
        { cells: [cell('2.'), lines(2, 'Второе')] },
        { cells: [cell('3.'), cell(''), lines(2, 'Третье')] },
        { cells: [cell('4.'), cell(''), lines(2, 'Четвёртое')] },
      ],
    };
    const filler = Array.from({ length: 37 }, (_, i) => para(`Абзац ${i + 1}`));
    const { items } = await readPdf(await renderPdf(makeDocument([makeSection([...filler, table])])));
    const at = (str: string) =>
      items.flatMap((page, p) =>
        page.filter((item) => item.str === str).map((item) => ({ page: p + 1, y: item.y })),
      )[0]!;
    expect([at('0.').page, at('1.').page, at('4.').page]).toEqual([1, 2, 2]);
    // «2.» is two lines high like «3.»: the stage text fits beside «1.», so it adds nothing to the merge's last row.
    expect(at('2.').y - at('3.').y).toBeCloseTo(at('3.').y - at('4.').y, 0);
  });
});
