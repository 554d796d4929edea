import { pageGeometry, textWidthMm } from '../../src/model/page.js';
import type { DocumentModel } from '../../src/model/schema.js';
import { mmToPt } from '../../src/model/units.js';
import { resolveTableWidthsMm } from '../../src/render/column-widths.js';
import type { Page } from './layout-quality.js';
import { textValuesOf } from './text-values.js';

/** A numbered table as it lies on a page: where its columns begin, and the words of its repeated header. */
export type TableFrame = {
  readonly landscape: boolean;
  readonly columnLeftsPt: readonly number[];
  readonly headerWords: ReadonlySet<string>;
};

/** The tables of a document whose rows begin with a number («1.», «2.3.»): only their rows can be told apart. */
export function readTableFrames(model: DocumentModel): TableFrame[] {
  return model.sections.flatMap((section) => {
    const page = pageGeometry(section.orientation);
    return section.children.flatMap((block) => {
      if (block.type !== 'table' || !block.rows.some((row) => row.header)) return [];
      let left = page.margins.left;
      const columnLeftsPt = resolveTableWidthsMm(block, textWidthMm(page)).map((mm) => {
        const at = mmToPt(left);
        left += mm;
        return at;
      });
      const words = textValuesOf(block.rows.filter((row) => row.header)).flatMap((value) =>
        value.replace(/\u00AD/g, '').split(/[\s\u00A0]+/),
      );
      return [{ landscape: section.orientation === 'landscape', columnLeftsPt, headerWords: new Set(words) }];
    });
  });
}

/**
 * Cells of a row broken across pages that leave one line alone on either page, in a rendering: «стр. 3–4, столбец
 * 2: 1 + 6». Words are placed in columns by where they begin; a row is found by its number in the first column: the
 * last row of a page is broken when the next page begins, under the repeated header, with lines before its first
 * number.
 */
export function findLoneLines(pages: readonly Page[], frames: readonly TableFrame[]): string[] {
  const found: string[] = [];
  pages.forEach((page, p) => {
    const next = pages[p + 1];
    const frame = next && findHeader(readWords(next), frames, next)?.frame;
    if (next === undefined || frame === undefined) return; // the next page does not go on with a numbered table
    const column = (word: Word) => frame.columnLeftsPt.filter((left) => left <= word.x0 + 1).length - 1;
    const isNumber = (word: Word) => column(word) === 0 && /^\d+(\.\d+)*\.?$/.test(word.text);
    const here = readWords(page);
    const lastRowTop = Math.max(...here.filter(isNumber).map((w) => w.y0));
    if (!Number.isFinite(lastRowTop)) return;
    const there = readWords(next);
    const lines = groupLines(there);
    const headerEnd = lines.findIndex((line) => !line.every((word) => isHeaderWord(word.text, frame)));
    if (headerEnd <= 0) return; // the next page does not go on with this table
    const bodyTop = lines[headerEnd]![0]!.y0;
    const firstNumber = Math.min(...there.filter((w) => w.y0 >= bodyTop - 1 && isNumber(w)).map((w) => w.y0));
    const carried = there.filter((w) => w.y0 >= bodyTop - 1 && w.y0 < firstNumber - 1);
    const before = here.filter((w) => w.y0 >= lastRowTop - 1 && !isNumber(w));
    for (let c = 1; c < frame.columnLeftsPt.length; c++) {
      const after = countLines(carried.filter((w) => column(w) === c));
      const above = countLines(before.filter((w) => column(w) === c));
      if (after > 0 && above > 0 && (after < 2 || above < 2))
        found.push(`стр. ${p + 1}–${p + 2}, столбец ${c + 1}: ${above} + ${after}`);
    }
  });
  return found;
}

/**
 * The number of the first row of a numbered table on each page (the first number in the first column that is not
 * the header's column number), or none: where a page of the table begins, to compare with another paginator.
 */
export function findFirstRowNumbers(
  pages: readonly Page[],
  frames: readonly TableFrame[],
): (string | undefined)[] {
  return pages.map((page) => {
    const words = readWords(page);
    const found = findHeader(words, frames, page);
    if (found === undefined) return undefined;
    const { frame, top } = found;
    const column = (word: Word) => frame.columnLeftsPt.filter((left) => left <= word.x0 + 1).length - 1;
    const numbers = words.filter(
      (w) =>
        w.y0 > top && column(w) === 0 && /^\d+(\.\d+)*\.?$/.test(w.text) && !frame.headerWords.has(w.text),
    );
    return numbers.sort((a, b) => a.y0 - b.y0)[0]?.text;
  });
}

/**
 * The table whose header is on the page, and where the header begins: the first line of two words or more, all of
 * them words of one table's header (numbered clauses above it are not rows).
 */
function findHeader(
  words: readonly Word[],
  frames: readonly TableFrame[],
  page: Page,
): { frame: TableFrame; top: number } | undefined {
  const lines = groupLines(words);
  for (const frame of frames.filter((f) => f.landscape === page.width > page.height)) {
    const header = lines.find(
      (line) => line.length > 1 && line.every((word) => isHeaderWord(word.text, frame)),
    );
    if (header !== undefined) return { frame, top: header[0]!.y0 };
  }
  return undefined;
}

type Word = Page['blocks'][number][number][number];

/** The words of a page below its top margin (the page number above it left out). */
function readWords(page: Page): Word[] {
  const topPt = mmToPt(page.width > page.height ? 30 : 20);
  return page.blocks.flat(2).filter((word) => word.y0 >= topPt - 1);
}

/** Words in lines by their top, top to bottom. */
function groupLines(words: readonly Word[]): Word[][] {
  const lines = new Map<number, Word[]>();
  for (const word of words) lines.set(Math.round(word.y0), [...(lines.get(Math.round(word.y0)) ?? []), word]);
  return [...lines].sort(([a], [b]) => a - b).map(([, line]) => line);
}

/** A word of the repeated header, or a hyphenated piece of one. */
function isHeaderWord(text: string, frame: TableFrame): boolean {
  const word = text.replace(/[-\u00AD]$/, '');
  return [...frame.headerWords].some(
    (header) => header === word || (word.length > 1 && header.includes(word)),
  );
}

function countLines(words: readonly Word[]): number {
  return new Set(words.map((w) => Math.round(w.y0))).size;
}
