import { describe, expect, it } from 'vitest';
import type { Table } from '../../src/model/schema.js';
import { applyGuards, findLoneLineGuards, keepLiveGuards, type RowBox } from '../../src/render/lone-lines.js';
import { cell } from './pdf/fixtures.js';

/** A header row and `rows` body rows of two columns; `stage` marks a row kept with the next (a stage row). */
function makeTable(rows: number, stage?: number): Table {
  return {
    type: 'table',
    borders: 'grid',
    widths: [{ mm: 20 }, { fr: 1 }],
    rows: [
      { header: true, cells: [cell('№'), cell('Мероприятие')] },
      ...Array.from({ length: rows }, (_, i) => ({
        ...(i + 1 === stage && { keepNext: true }),
        cells: [cell(`${i + 1}.`), cell(`Мероприятие ${i + 1}`)],
      })),
    ],
  };
}

const pitchPt = 13.8;
const page = 480;
/** Rows on page 0, 20 pt each, then a row broken from page 0 to page 1 with the given lines per cell. */
function boxes(before: number, cells: readonly { before: number; after: number }[]): RowBox[] {
  const whole = Array.from({ length: before }, () => ({ startPage: 0, endPage: 0, heightPt: 20 }));
  const broken = {
    startPage: 0,
    endPage: 1,
    heightPt: -1,
    pitchPt,
    cells: cells.map((c) => ({ ...c, total: c.before + c.after })),
  };
  return [...whole, broken];
}

describe('lone lines at a row broken across pages (lone-lines.ts)', () => {
  it('changes nothing when every broken cell keeps two lines on each side', () => {
    const guards = findLoneLineGuards(
      makeTable(4),
      boxes(4, [
        { before: 1, after: 0 },
        { before: 2, after: 2 },
      ]),
      1,
      page,
    );
    expect(guards.size).toBe(0);
  });

  it('grows the row above by the least whole lines that leave two on each side, when one line would be carried over', () => {
    // A cell of 8 lines, 7 of them on the first page; another of 4 lines, all on it: one line up leaves 6 + 2 and
    // 4 + 0 — the smallest move.
    const table = makeTable(4);
    const guards = findLoneLineGuards(
      table,
      boxes(4, [
        { before: 7, after: 1 },
        { before: 4, after: 0 },
      ]),
      1,
      page,
    );
    expect([...guards]).toEqual([[3, { minHeightPt: 20 + pitchPt }]]);
    // With a second cell of 7 lines, all on the first page, one line up would carry one of it alone: two lines up
    // leave 5 + 3 and 5 + 2.
    const two = findLoneLineGuards(
      table,
      boxes(4, [
        { before: 7, after: 1 },
        { before: 7, after: 0 },
      ]),
      1,
      page,
    );
    expect([...two]).toEqual([[3, { minHeightPt: 20 + 2 * pitchPt }]]);
  });

  it('grows the row above a stage row kept with the broken one, not the stage row', () => {
    const guards = findLoneLineGuards(makeTable(4, 3), boxes(4, [{ before: 5, after: 1 }]), 1, page);
    expect([...guards.keys()]).toEqual([2]);
  });

  it('moves the row whole when one line of a cell would stay on the page it starts on, or none', () => {
    for (const before of [1, 0]) {
      const guards = findLoneLineGuards(
        makeTable(4),
        boxes(4, [
          { before, after: 9 },
          { before, after: 3 },
        ]),
        1,
        page,
      );
      expect([...guards]).toEqual([[4, { whole: true }]]);
    }
  });

  it('moves the row whole when no shift leaves two lines on each side (a cell of three lines)', () => {
    const guards = findLoneLineGuards(makeTable(4), boxes(4, [{ before: 2, after: 1 }]), 1, page);
    expect([...guards]).toEqual([[4, { whole: true }]]);
  });

  it('leaves a row taller than a page as it is: moved whole it would break all the same', () => {
    const guards = findLoneLineGuards(makeTable(4), boxes(4, [{ before: 1, after: 40 }]), 1, page);
    expect(guards.size).toBe(0);
  });

  it('returns only what grows: a row already that tall is not changed again', () => {
    const table = applyGuards(makeTable(4), new Map([[3, { minHeightPt: 20 + pitchPt }]]), 170);
    expect(table.rows[3]?.minHeightPt).toBe(20 + pitchPt);
    const guards = findLoneLineGuards(table, boxes(4, [{ before: 7, after: 1 }]), 1, page);
    expect(guards.size).toBe(0);
  });
});

describe('guards of earlier layouts (lone-lines.ts keepLiveGuards)', () => {
  const onPage = (page: number) => ({ startPage: page, endPage: page, heightPt: 20 });
  const brokenFrom = (page: number) => ({ startPage: page, endPage: page + 1, heightPt: -1 });
  // Header, then body rows 1–4.
  const header = { startPage: 0, endPage: 0, heightPt: 20 };

  it('keeps a row moved whole while it begins its page, and drops it once the row lies mid-page', () => {
    const guards = new Map([[3, { whole: true as const }]]);
    const atTop = keepLiveGuards(
      makeTable(4),
      guards,
      [header, onPage(0), onPage(0), onPage(1), onPage(1)],
      1,
    );
    expect([...atTop]).toEqual([[3, { whole: true }]]);
    const midPage = keepLiveGuards(
      makeTable(4),
      guards,
      [header, onPage(0), onPage(0), onPage(0), onPage(1)],
      1,
    );
    expect(midPage.size).toBe(0);
  });

  it('counts a stage row kept with the row as the top of the page', () => {
    const guards = new Map([[3, { whole: true as const }]]);
    const table = makeTable(4, 2);
    const kept = keepLiveGuards(table, guards, [header, onPage(0), onPage(1), onPage(1), onPage(1)], 1);
    expect([...kept]).toEqual([[3, { whole: true }]]);
  });

  it('keeps a grown row while the row below it breaks from its page, and drops it when that row lies mid-page', () => {
    const guards = new Map([[2, { minHeightPt: 48 }]]);
    const above = keepLiveGuards(
      makeTable(4),
      guards,
      [header, onPage(0), onPage(0), brokenFrom(0), onPage(1)],
      1,
    );
    expect([...above]).toEqual([[2, { minHeightPt: 48 }]]);
    // Rows above moved: the break is now elsewhere, and the grown row would be blank lines inside the table.
    const moved = keepLiveGuards(
      makeTable(4),
      guards,
      [header, onPage(1), onPage(1), onPage(1), brokenFrom(1)],
      1,
    );
    expect(moved.size).toBe(0);
  });

  it('drops the least height of a row that itself breaks: LibreOffice would keep it whole', () => {
    const guards = new Map([[2, { minHeightPt: 48 }]]);
    const kept = keepLiveGuards(
      makeTable(4),
      guards,
      [header, onPage(0), brokenFrom(0), brokenFrom(1), onPage(2)],
      1,
    );
    expect(kept.size).toBe(0);
  });
});

describe('a word split between pages (lone-lines.ts, keepWords)', () => {
  /** Rows on page 0, then a row broken after `before` lines of a cell whose lines `hyphenEnds` end inside a word. */
  function splitWord(before: number, after: number, hyphenEnds: number[]): RowBox[] {
    const [...rows] = boxes(4, [
      { before: 1, after: 0 },
      { before, after },
    ]);
    const broken = rows[4]!;
    const cells = broken.cells!.map((c, i) => (i === 1 ? { ...c, hyphenEnds } : c));
    return [...rows.slice(0, 4), { ...broken, cells }];
  }

  it('moves the break up to the nearest line that ends a word, by the height of the row above', () => {
    const guards = findLoneLineGuards(makeTable(4), splitWord(6, 4, [5, 6]), 1, page, {});
    // Lines 6 and 5 end inside words: the break goes after line 4, two lines up.
    expect([...guards]).toEqual([[3, { minHeightPt: 20 + 2 * pitchPt }]]);
  });

  it('leaves it while the layouts do not yet agree (keepWords off), and a break after a whole word', () => {
    expect(findLoneLineGuards(makeTable(4), splitWord(6, 4, [6]), 1, page, false).size).toBe(0);
    expect(findLoneLineGuards(makeTable(4), splitWord(6, 4, [5]), 1, page, {}).size).toBe(0);
  });

  /** makeTable(4) with the broken row's activity `text`. */
  function withActivity(text: string): Table {
    const table = makeTable(4);
    const rows = table.rows.map((row, r) => (r === 4 ? { ...row, cells: [cell('4.'), cell(text)] } : row));
    return { ...table, rows };
  }

  it('first sets the cell without hyphenation where its words fit: every line of it then ends a word', () => {
    // The broken row is the fifth (after the head): its activity cell, the row's second.
    const table = withActivity('Разработка методических рекомендаций по организации наставничества');
    const guards = findLoneLineGuards(table, splitWord(6, 4, [5, 6]), 1, page, { widthMm: 170 });
    expect([...guards]).toEqual([[4, { wholeWords: [1] }]]);
    const set = applyGuards(table, guards, 170);
    const paragraph = set.rows[4]!.cells[1]!.children[0]!;
    expect(paragraph).toMatchObject({ type: 'paragraph', hyphenate: false });
    // The widths are fixed as fitted, so that the words made whole move no column.
    expect(set.widths.every((w) => 'mm' in w)).toBe(true);
    // Set so already, or with a word wider than the cell, the cell leaves the break to move.
    expect([...findLoneLineGuards(set, splitWord(6, 4, [5, 6]), 1, page, { widthMm: 170 })]).toEqual([
      [3, { minHeightPt: 20 + 2 * pitchPt }],
    ]);
    const wide = withActivity('Рентгеноэлектрокардиографического');
    expect([...findLoneLineGuards(wide, splitWord(6, 4, [5, 6]), 1, page, { widthMm: 30 })]).toEqual([
      [3, { minHeightPt: 20 + 2 * pitchPt }],
    ]);
  });

  it('moves the row whole when no line ends a word and it leaves little of the page; else leaves the word', () => {
    const little = findLoneLineGuards(makeTable(4), splitWord(3, 4, [2, 3]), 1, page, {});
    expect([...little]).toEqual([[4, { whole: true }]]);
    const much = findLoneLineGuards(makeTable(4), splitWord(6, 4, [2, 3, 4, 5, 6]), 1, page, {});
    expect(much.size).toBe(0);
  });
});
