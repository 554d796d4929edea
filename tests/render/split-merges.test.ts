import { describe, expect, it } from 'vitest';
import type { Cell, Section, Table } from '../../src/model/schema.js';
import {
  blankMerges,
  hasVerticalMerges,
  splitMergesAtPageStarts,
  splitTableAt,
} from '../../src/render/split-merges.js';

const text = (value: string): Cell => ({
  children: [{ type: 'paragraph', style: 'tableText', children: [{ type: 'text', value }] }],
});
const merged = (value: string, rowSpan: number): Cell => ({ ...text(value), rowSpan });

/** № | Этап | Мероприятие: a header, stage 1 over rows 1–4, stage 2 over rows 5–6. */
function makeStageTable(): Table {
  return {
    type: 'table',
    borders: 'grid',
    widths: [{ mm: 15 }, { mm: 40 }, { fr: 1 }],
    rows: [
      { header: true, cells: [text('№'), text('Этап'), text('Мероприятие')] },
      { cells: [text('1.1'), merged('1. Подготовительный', 4), text('а')] },
      { cells: [text('1.2'), text('б')] },
      { cells: [text('1.3'), text('в')] },
      { cells: [text('1.4'), text('г')] },
      { cells: [text('2.1'), merged('2. Основной', 2), text('д')] },
      { cells: [text('2.2'), text('е')] },
    ],
  };
}

/** Each row as its cells' texts, a merge down shown as «↓n». */
function show(table: Table): string[] {
  return table.rows.map((row) =>
    row.cells
      .map((c) => {
        const first = c.children[0];
        const value =
          first?.type === 'paragraph' && first.children[0]?.type === 'text' ? first.children[0].value : '';
        return c.rowSpan === undefined ? value : `${value}↓${c.rowSpan}`;
      })
      .join(' | '),
  );
}

describe('splitTableAt', () => {
  it('restarts a merge at a page start with the stage name again in the new top cell', () => {
    expect(show(splitTableAt(makeStageTable(), [3]))).toEqual([
      '№ | Этап | Мероприятие',
      '1.1 | 1. Подготовительный↓2 | а',
      '1.2 | б',
      '1.3 | 1. Подготовительный↓2 | в',
      '1.4 | г',
      '2.1 | 2. Основной↓2 | д',
      '2.2 | е',
    ]);
  });

  it('keeps rowSpan 1 on a one-row part, so that row stays whole like every row under a merge', () => {
    const rows = show(splitTableAt(makeStageTable(), [4, 6]));
    expect(rows[1]).toBe('1.1 | 1. Подготовительный↓3 | а');
    expect(rows[4]).toBe('1.4 | 1. Подготовительный↓1 | г');
    expect(rows[5]).toBe('2.1 | 2. Основной↓1 | д');
    expect(rows[6]).toBe('2.2 | 2. Основной↓1 | е');
  });

  it('joins the part of a row broken below rows of its stage to the part above: empty, no rule between', () => {
    // Row 3 (1.3) breaks across pages below 1.1–1.2 on its page; row 4 starts the next page.
    const table = splitTableAt(makeStageTable(), [3, 4], 'repeat', [3]);
    expect(show(table)).toEqual([
      '№ | Этап | Мероприятие',
      '1.1 | 1. Подготовительный↓2 | а',
      '1.2 | б',
      '1.3 | ↓1 | в',
      '1.4 | 1. Подготовительный↓1 | г',
      '2.1 | 2. Основной↓2 | д',
      '2.2 | е',
    ]);
    expect(table.rows[1]!.cells[1]).toMatchObject({ openBottom: true });
    expect(table.rows[1]!.cells[1]).not.toHaveProperty('openTop');
    expect(table.rows[3]!.cells[1]).toMatchObject({ openTop: true, children: [] });
    expect(table.rows[4]!.cells[1]).not.toHaveProperty('openTop');
  });

  it("joins a merge's last part too: a continued row is numbered and named where it begins", () => {
    const table = splitTableAt(makeStageTable(), [4, 5], 'repeat', [4]);
    expect(show(table)[4]).toBe('1.4 | ↓1 | г');
    expect(table.rows[1]!.cells[1]).toMatchObject({ rowSpan: 3, openBottom: true });
    expect(table.rows[5]!.cells[1]).not.toHaveProperty('openTop');
  });

  it('never joins the first part of a merge: nothing of its stage is above it', () => {
    const table = splitTableAt(makeStageTable(), [2], 'repeat', [1]);
    expect(show(table)[1]).toBe('1.1 | 1. Подготовительный↓1 | а');
    expect(table.rows[1]!.cells[1]).not.toHaveProperty('openTop');
  });

  it('leaves the table as it is when no page starts inside a merge (and ignores header rows)', () => {
    const table = makeStageTable();
    expect(splitTableAt(table, [0, 1, 5])).toBe(table);
    expect(show(table)[1]).toBe('1.1 | 1. Подготовительный↓4 | а'); // the input is not changed
  });

  it('blanks every merge: each row gets an empty cell of its own', () => {
    const blank = splitTableAt(makeStageTable(), [1, 2, 3, 4, 5, 6], 'blank');
    expect(show(blank).slice(1, 3)).toEqual(['1.1 | ↓1 | а', '1.2 | ↓1 | б']);
    expect(blank.rows.every((row) => row.cells.length === 3)).toBe(true);
  });
});

describe('sections', () => {
  const section: Section = {
    type: 'section',
    orientation: 'landscape',
    pageNumbers: 'fromSecond',
    children: [{ type: 'paragraph', style: 'title', children: [] }, makeStageTable()],
  };

  it('splits the tables at their page starts, by block index', () => {
    const split = splitMergesAtPageStarts(section, new Map([[1, [3]]]));
    expect(split.children[0]).toBe(section.children[0]);
    expect(show(split.children[1] as Table)[3]).toBe('1.3 | 1. Подготовительный↓2 | в');
    expect(splitMergesAtPageStarts(section, new Map([[1, [5]]]))).toBe(section);
  });

  it('knows a section that merges cells down, and undoes its merges', () => {
    expect(hasVerticalMerges(section)).toBe(true);
    const blank = blankMerges(section);
    expect(hasVerticalMerges({ ...section, children: [section.children[0]!] })).toBe(false);
    expect((blank.children[1] as Table).rows.flatMap((r) => r.cells).some((c) => (c.rowSpan ?? 1) > 1)).toBe(
      false,
    );
  });
});
