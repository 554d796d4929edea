import { describe, expect, it } from 'vitest';
import type { Paragraph, Row, Table } from '../../../src/model/schema.js';
import { createPdfRenderer } from '../../../src/render/pdf/index.js';
import { cell, makeDocument, makeSection, makeTable, para, readPdf } from './fixtures.js';

/** A cell of one-line paragraphs «L01» … that tell each line of it apart on the page. */
function linesCell(prefix: string, count: number) {
  const children = Array.from({ length: count }, (_, i) =>
    para(`${prefix}${String(i + 1).padStart(2, '0')}`, 'tableText'),
  );
  return { children };
}

/** `fillers` one-line rows, then a row of 14 lines in one cell and 5 in another, then three more rows. */
function makeRoadmap(fillers: number) {
  const row = (i: number) => ({
    cells: [cell(`${i}.`), cell(`Мероприятие ${i}`), cell('май 2025 г.'), cell('Иванов И.И.')],
  });
  const tall = {
    cells: [cell(`${fillers + 1}.`), linesCell('L', 14), linesCell('P', 5), cell('Иванов И.И.')],
  };
  const rows = [
    ...Array.from({ length: fillers }, (_, i) => row(i + 1)),
    tall,
    ...[2, 3, 4].map((i) => row(fillers + i)),
  ];
  return makeDocument([makeSection([makeTable(0, { rows })], { orientation: 'landscape' })]);
}

/** On which page each line «L01» … of a cell lies, by its prefix. */
function pagesOfLines(items: readonly { str: string }[][], prefix: string): number[] {
  const found: number[] = [];
  items.forEach((page, p) => {
    for (const item of page) if (new RegExp(`^${prefix}\\d\\d$`).test(item.str)) found.push(p);
  });
  return found;
}

describe('a row broken across pages keeps two lines of each cell on each side (lone-lines.ts, paginate.ts)', () => {
  it('wherever the row falls on the page: moved whole, or its break moved up by the row above', async () => {
    const changes = new Set<string>();
    for (let fillers = 14; fillers <= 27; fillers++) {
      const render = createPdfRenderer();
      const doc = await render.paginate(makeRoadmap(fillers));
      const table = doc.sections[0]!.children[0] as { rows: Row[] };
      for (const r of table.rows) {
        if (r.whole) changes.add('whole');
        if (r.minHeightPt) changes.add('minHeightPt');
      }
      const { items } = await readPdf(await render(doc));
      for (const [prefix, count] of [
        ['L', 14],
        ['P', 5],
      ] as const) {
        const pages = pagesOfLines(items, prefix);
        expect(pages, `${fillers} rows before: every line of ${prefix} once`).toHaveLength(count);
        for (const p of new Set(pages)) {
          const here = pages.filter((q) => q === p).length;
          if (here < count)
            expect(
              here,
              `${fillers} rows before: lines of ${prefix} on page ${p + 1}`,
            ).toBeGreaterThanOrEqual(2);
        }
      }
    }
    // The sweep met both cases: one line left at the foot of a page, and one carried over.
    expect([...changes].sort()).toEqual(['minHeightPt', 'whole']);
  }, 120_000);
});

/** Long words with many hyphenation points, so that most lines of a narrow cell end inside a word. */
const hyphenatedText = Array.from(
  { length: 9 },
  () => 'профессиональных образовательных организаций машиностроительного комплекса',
).join(' ');
const words = new Set(hyphenatedText.split(' '));

/** `fillers` one-line rows, then a row whose activity is a paragraph that breaks inside words, then three more. */
function makeHyphenatedRoadmap(fillers: number) {
  const row = (i: number) => ({
    cells: [cell(`${i}.`), cell(`Мероприятие ${i}`), cell('май 2025 г.'), cell('Иванов И.И.')],
  });
  const tall = {
    cells: [cell(`${fillers + 1}.`), cell(hyphenatedText), cell('май 2025 г.'), cell('Петров П.П.')],
  };
  const rows = [
    ...Array.from({ length: fillers }, (_, i) => row(i + 1)),
    tall,
    ...[2, 3, 4].map((i) => row(fillers + i)),
  ];
  return makeDocument([makeSection([makeTable(0, { rows })], { orientation: 'landscape' })]);
}

describe('a row broken across pages never splits a word between them (lone-lines.ts, cell-lines.ts)', () => {
  it('the last line of a page ends a word, wherever the row falls', async () => {
    let broken = 0;
    let unhyphenated = 0;
    for (let fillers = 12; fillers <= 26; fillers++) {
      const render = createPdfRenderer();
      const paginated = await render.paginate(makeHyphenatedRoadmap(fillers));
      const { items } = await readPdf(await render(paginated));
      // Mostly the broken cell is set without hyphenation (then in the DOCX too): every line of it ends a word.
      const table = paginated.sections[0]!.children[0] as Table;
      const activity = table.rows[fillers + 2]!.cells[1]!.children[0] as Paragraph; // after the two head rows
      if (activity.hyphenate === false) unhyphenated++;
      items.forEach((page, p) => {
        // The text layer drops the drawn hyphen (a soft hyphen): a split word shows as a part of one of the words.
        const lowest = Math.min(...page.map((item) => item.y));
        const ends = page
          .filter((item) => item.y < lowest + 1)
          .map((item) => item.str.trim().split(' ').at(-1)!);
        const parts = ends.filter((end) => !words.has(end) && [...words].some((w) => w.startsWith(end)));
        expect(parts, `${fillers} rows before, page ${p + 1}`).toEqual([]);
      });
      // The row broke across pages here: its words are on two of them.
      const pages = items.filter((page) => page.some((item) => /машинострои|комплекса/.test(item.str)));
      if (pages.length > 1) broken++;
    }
    expect(broken).toBeGreaterThan(5);
    expect(unhyphenated).toBeGreaterThan(3);
  }, 120_000);
});
