import { describe, expect, it } from 'vitest';
import type { Contents } from '../../../src/model/schema.js';
import { layout, styles } from '../../../src/model/styles.js';
import { mmToPt } from '../../../src/model/units.js';
import { measureEm } from '../../../src/render/measure.js';
import { toPdfContents } from '../../../src/render/pdf/contents.js';
import { renderPdf } from '../../../src/render/pdf/index.js';
import { makeDocument, makeSection, para, readPdf } from './fixtures.js';

const widthMm = 170;
const widthOf = (text: string) => measureEm(text, false) * styles.contents.sizePt;

/** The lines of an entry as printed: its text lines, then the line that ends with the page number. */
function linesOf(block: Contents): string[][] {
  const { stack } = toPdfContents(block, widthMm) as unknown as {
    stack: { stack: Record<string, unknown>[] }[];
  };
  return stack.map((entry) =>
    entry.stack.map((line) =>
      'columns' in line
        ? (line.columns as { text: string }[])
            .map((c) => c.text.replace(/\.+$/, ''))
            .filter((text) => text !== '')
            .join('|')
        : (line.text as string),
    ),
  );
}

/** A heading whose last line leaves room for one digit of a page number, and not for three. */
function makeTightHeading(): string {
  const room = mmToPt(widthMm) - 1;
  let heading = 'Раздел';
  while (widthOf(`${heading} и`) + widthOf('7') <= room) heading += ' и';
  expect(widthOf(heading) + widthOf('000')).toBeGreaterThan(room);
  return heading;
}

describe('the contents in the PDF', () => {
  it('ends a heading with its page number on the same line when the number fits', () => {
    const heading = makeTightHeading();
    expect(linesOf({ type: 'contents', entries: [{ text: heading, block: 1, page: 7 }] })).toEqual([
      [`${heading}|7`],
    ]);
  });

  it('sets the number on a line of its own when the room of its digits does not fit (numberDigits)', () => {
    const heading = makeTightHeading();
    const block: Contents = {
      type: 'contents',
      entries: [{ text: heading, block: 1, page: 7 }],
      numberDigits: 3,
    };
    expect(linesOf(block)).toEqual([[heading, '7']]);
  });

  it("ends every line's dots at its page number, as a right tab's leader does", () => {
    const block: Contents = {
      type: 'contents',
      entries: [
        { text: 'Пояснительная записка', block: 1, page: 2 },
        { text: 'Цель и задачи проекта', block: 2, page: 12 },
      ],
    };
    const { stack } = toPdfContents(block, widthMm) as unknown as {
      stack: {
        stack: {
          columns: { text: string; width: string; alignment?: string; characterSpacing?: number }[];
        }[];
      }[];
    };
    for (const entry of stack) {
      const [text, dots, page] = entry.stack.at(-1)!.columns;
      expect(dots).toMatchObject({ width: '*', alignment: 'right' });
      expect(dots!.text).toMatch(/^\.{10,}$/);
      expect(page!.width).toBe('auto');
      // The dots, spaced, fill the line from the text to the number (but for the pt of slack left to pdfkit).
      const spaced = widthOf(dots!.text) + dots!.text.length * (dots!.characterSpacing ?? 0);
      expect(widthOf(text!.text) + spaced + widthOf(page!.text)).toBeCloseTo(mmToPt(widthMm) - 1, 3);
    }
  });

  it("indents a sub-heading's line by its depth and keeps its number at the margin", () => {
    const block: Contents = {
      type: 'contents',
      entries: [
        { text: '3. Анализ', block: 1, page: 2 },
        { text: '3.1. SWOT-анализ', block: 2, page: 3, depth: 2 },
      ],
    };
    const { stack } = toPdfContents(block, widthMm) as unknown as {
      stack: { margin?: number[]; stack: { columns: { text: string }[] }[] }[];
    };
    expect(stack[0]!.margin).toBeUndefined();
    expect(stack[1]!.margin).toEqual([mmToPt(layout.contentsIndentMm), 0, 0, 0]);
    const room = (entry: (typeof stack)[number]) =>
      (entry.margin?.[0] ?? 0) + entry.stack.at(-1)!.columns.reduce((sum, c) => sum + widthOf(c.text), 0);
    expect(Math.abs(room(stack[0]!) - room(stack[1]!))).toBeLessThan(widthOf('.'));
  });
});

describe('a heading of two lines in the contents', () => {
  it('hangs its number: the second line begins under the first letter of its words, as in the DOCX', async () => {
    const title =
      '12. Раздел программы о порядке организации наставничества и о правах наставников в техникуме';
    const contents = { type: 'contents', entries: [{ text: title, block: 1, page: 3 }] };
    const { items } = await readPdf(
      await renderPdf(makeDocument([makeSection([contents, para(title, 'heading')])])),
    );
    const first = items[0]!.find((item) => item.str.startsWith('12. Раздел'))!;
    const second = items[0]!.find((item) => /^[а-я]+ .*\.{3,}$/.test(item.str))!;
    expect(second.y).toBeLessThan(first.y);
    expect(second.x - first.x).toBeCloseTo(widthOf('12. '), 1);
  });

  it('keeps a heading without a number at the margin on every line', async () => {
    const title = 'Раздел программы о порядке организации наставничества и о правах наставников в техникуме';
    const contents = { type: 'contents', entries: [{ text: title, block: 1, page: 3 }] };
    const { items } = await readPdf(
      await renderPdf(makeDocument([makeSection([contents, para(title, 'heading')])])),
    );
    const first = items[0]!.find((item) => item.str.startsWith('Раздел'))!;
    const second = items[0]!.find((item) => /^[а-я]+ .*\.{3,}$/.test(item.str))!;
    expect(second.x).toBeCloseTo(first.x, 1);
  });
});

describe('the contents over two pages', () => {
  it('never parts an entry of two lines between pages, as LibreOffice keeps the DOCX entry whole', async () => {
    const titles = Array.from(
      { length: 40 },
      (_, k) => `${k + 1}. Раздел программы номер ${k + 1} о порядке организации наставничества в техникуме`,
    );
    const headings = titles.map((title) => para(title, 'heading'));
    const contents = {
      type: 'contents',
      entries: titles.map((text, k) => ({ text, block: k + 1, page: 3 })),
    };
    const { items } = await readPdf(await renderPdf(makeDocument([makeSection([contents, ...headings])])));
    const contentsPages = items.filter((page) =>
      page.some((item) => /^(?:в )?техникуме\.{3,}/.test(item.str)),
    );
    expect(contentsPages.length).toBeGreaterThan(1);
    for (const page of contentsPages) {
      const firstLines = page.filter((item) => /^\d+\. Раздел/.test(item.str));
      const lastLines = page.filter((item) => /^(?:в )?техникуме\.{3,}/.test(item.str));
      expect(firstLines.length).toBe(lastLines.length);
    }
  });
});
