import { execFileSync } from 'node:child_process';
import type { DocumentModel } from '../../src/model/schema.js';
import { mmToPt } from '../../src/model/units.js';
import { findFirstRowNumbers, findLoneLines, readTableFrames, type TableFrame } from './lone-lines.js';
import { textValuesOf } from './text-values.js';

/** What a careful reader checks on the pages of one rendering (ours, or LibreOffice's of our DOCX). */
export type LayoutQuality = {
  readonly pages: number;
  /** Words broken between two lines with no hyphen: «профессиональны|х». Must be none. */
  readonly brokenWords: readonly string[];
  /** The emptiest page that a continuation of the same document follows, as a share of the text height. */
  readonly emptiestShare: number;
  readonly emptiestPage: number;
  /** The widest gap between two words of a line filled to its right edge (justified), in mm. */
  readonly widestGapMm: number;
  /** Cells of a row broken across pages with one line alone on a page (lone-lines.ts). Must be none. */
  readonly loneLines: readonly string[];
  /** The number of the first table row on each page (lone-lines.ts), to compare with docx/layout's pages. */
  readonly firstRowNumbers: readonly (string | undefined)[];
};

type Word = {
  readonly text: string;
  readonly x0: number;
  readonly x1: number;
  readonly y0: number;
  readonly y1: number;
};
export type Page = {
  readonly width: number;
  readonly height: number;
  readonly blocks: readonly (readonly Word[][])[];
};

/** Reads a PDF's words, lines and blocks (a table cell, a paragraph) as poppler's pdftotext lays them out. */
function readLayout(pdfPath: string): Page[] {
  const xml = execFileSync('pdftotext', ['-bbox-layout', pdfPath, '-'], { maxBuffer: 1 << 28 }).toString();
  const number = (s: string, name: string) => Number(new RegExp(`${name}="([\\d.]+)"`).exec(s)?.[1] ?? 0);
  return xml
    .split('<page ')
    .slice(1)
    .map((page) => ({
      width: number(page, 'width'),
      height: number(page, 'height'),
      blocks: page
        .split('<block ')
        .slice(1)
        .map((block) =>
          block
            .split('<line ')
            .slice(1)
            .map((line) =>
              [
                ...line.matchAll(
                  /<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g,
                ),
              ].map((m) => ({ text: decode(m[5] ?? ''), x0: +m[1]!, y0: +m[2]!, x1: +m[3]!, y1: +m[4]! })),
            )
            .filter((line) => line.length > 0),
        ),
    }));
}

function decode(text: string): string {
  return text
    .replace(/&amp;/g, '&')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"');
}

/** The words of a document's text, for telling a word broken in two from two words wrapped apart. */
export function readVocabulary(model: DocumentModel): {
  words: Set<string>;
  text: string;
  afterBreaks: string[];
  frames: TableFrame[];
} {
  const text = normalise(textValuesOf(model).join(' '));
  // The text that a page break of the document puts at the top of a page (after «Содержание»): the page before it
  // is short by intent.
  const afterBreaks = model.sections.flatMap((section) =>
    section.children.flatMap((block, i) =>
      block.type === 'pageBreak'
        ? [normalise(textValuesOf(section.children.slice(i + 1)).join(' ')).slice(0, 24)]
        : [],
    ),
  );
  return {
    words: new Set(text.match(/[\p{L}\d]+/gu) ?? []),
    text,
    afterBreaks: afterBreaks.filter(Boolean),
    frames: readTableFrames(model),
  };
}

function normalise(text: string): string {
  return text
    .normalize('NFC')
    .replace(/\u00AD/g, '')
    .replace(/[\s\u00A0\u202F]+/g, ' ')
    .toLowerCase();
}

/** Measures one rendering: broken words, the emptiest page a continuation follows, the widest justified gap. */
export function measureLayout(pdfPath: string, vocabulary: ReturnType<typeof readVocabulary>): LayoutQuality {
  const pages = readLayout(pdfPath);
  const brokenWords: string[] = [];
  let widestGapPt = 0;
  for (const page of pages) {
    for (const block of page.blocks) {
      block.forEach((line, i) => {
        const next = block[i + 1];
        if (next) {
          const broken = findBrokenWord(line.at(-1)!.text, next[0]!.text, vocabulary);
          if (broken) brokenWords.push(broken);
        }
        const filled = next && Math.abs(line.at(-1)!.x1 - Math.max(...block.flat().map((w) => w.x1))) < 1;
        if (filled)
          for (let w = 1; w < line.length; w++)
            widestGapPt = Math.max(widestGapPt, line[w]!.x0 - line[w - 1]!.x1);
      });
    }
  }
  let emptiestShare = 0;
  let emptiestPage = 0;
  pages.forEach((page, p) => {
    const following = pages[p + 1];
    if (!following || !hasPageNumber(following)) return; // the last page of a document may be short
    if (startsAfterBreak(following, vocabulary.afterBreaks)) return; // a page break of the document's own
    const share = emptyShare(page);
    if (share > emptiestShare) [emptiestShare, emptiestPage] = [share, p + 1];
  });
  return {
    pages: pages.length,
    brokenWords,
    emptiestShare,
    emptiestPage,
    widestGapMm: (widestGapPt * 25.4) / 72,
    loneLines: findLoneLines(pages, vocabulary.frames),
    firstRowNumbers: findFirstRowNumbers(pages, vocabulary.frames),
  };
}

/** «профессиональны» + «х» is a word broken without a hyphen; «в» + «рамках» and «меропри-» + «ятия» are not. */
function findBrokenWord(
  last: string,
  first: string,
  vocabulary: ReturnType<typeof readVocabulary>,
): string | undefined {
  if (/[-\u00AD\u2010]$/.test(last) || !/\p{L}$/u.test(last) || !/^\p{Ll}/u.test(first)) return undefined;
  const tail = normalise(last).match(/[\p{L}\d]+$/u)?.[0] ?? '';
  const head = normalise(first).match(/^[\p{L}\d]+/u)?.[0] ?? '';
  const joined = `${tail}${head}`;
  const apart = `${tail} ${head}`;
  if (!vocabulary.words.has(joined) || vocabulary.text.includes(apart)) return undefined;
  return `${tail}|${head}`;
}

/** Whether a page begins (below its number) with text that the document puts after a page break. */
function startsAfterBreak(page: Page, afterBreaks: readonly string[]): boolean {
  const topMarginPt = mmToPt(page.width > page.height ? 30 : 20);
  const words = page.blocks
    .flat(2)
    .filter((w) => w.y0 >= topMarginPt - 1)
    .sort((a, b) => Math.round(a.y0) - Math.round(b.y0) || a.x0 - b.x0);
  const start = normalise(words.map((w) => w.text).join(' '));
  return afterBreaks.some((text) => start.startsWith(text));
}

/** A continuation page of a document carries its number at the top (numbers from page 2, ГОСТ Р 7.0.97). */
function hasPageNumber(page: Page): boolean {
  const topMarginPt = mmToPt(page.width > page.height ? 30 : 20);
  return page.blocks.flat(2).some((w) => /^\d+$/.test(w.text) && w.y1 < topMarginPt);
}

/** The share of the text height below the last line of a page (landscape margins 30/10 mm, portrait 20/20 mm). */
function emptyShare(page: Page): number {
  const landscape = page.width > page.height;
  const top = mmToPt(landscape ? 30 : 20);
  const bottom = page.height - mmToPt(landscape ? 10 : 20);
  const words = page.blocks.flat(2).filter((w) => w.y0 >= top - 1);
  const last = Math.max(top, ...words.map((w) => w.y1));
  return Math.max(0, (bottom - last) / (bottom - top));
}
