import { getDocumentProxy, getMeta } from 'unpdf';
import { describe, expect, it } from 'vitest';
import { mmToPt } from '../../../src/model/units.js';
import { renderPdf } from '../../../src/render/pdf/index.js';
import { cell, makeDocument, makeSection, makeTable, type PageItem, para, readPdf } from './fixtures.js';

/** Page number items: digits only, above the top margin of the text (landscape 30 mm, portrait 20 mm). */
function pageNumbersOf(items: readonly PageItem[], pageHeightPt: number, topMarginMm: number): PageItem[] {
  return items.filter((item) => /^\d+$/.test(item.str) && item.y > pageHeightPt - mmToPt(topMarginMm));
}

/** The first text item of the page below the page number. */
function firstContentOf(
  items: readonly PageItem[],
  pageHeightPt: number,
  topMarginMm: number,
): string | undefined {
  return items.find((item) => item.y < pageHeightPt - mmToPt(topMarginMm))?.str;
}

/** Whether `text` holds `value` not followed by another digit ("Пункт 1" is not found in "Пункт 15"). */
function holds(text: string, value: string): boolean {
  return text
    .split(value)
    .slice(1)
    .some((rest) => !/^\d/.test(rest));
}

const landscape = { heightPt: mmToPt(210), topMm: 30 };

describe('renderPdf', () => {
  it('renders every cell text with the embedded font and fixed metadata, byte for byte the same', async () => {
    const doc = makeDocument([
      makeSection([para('План работы', 'title'), makeTable(5)], { orientation: 'landscape' }),
    ]);
    const bytes = await renderPdf(doc);
    const { texts } = await readPdf(bytes);
    const all = texts.join('\n');
    for (const value of ['План работы', '№ п/п', 'Ответственный', 'Мероприятие 5', 'Исполнитель 3', '4.']) {
      expect(all).toContain(value);
    }
    const { info } = await getMeta(await getDocumentProxy(new Uint8Array(bytes)));
    expect(info).toMatchObject({ Title: 'Дорожная карта', Creator: 'gramota', Producer: 'gramota' });
    expect(info.CreationDate).toMatch(/^D:20240901083000/);
    expect(Buffer.from(await renderPdf(doc)).equals(Buffer.from(bytes))).toBe(true);
  });

  it('numbers pages from the second one, digits only, centred over the text at the top', async () => {
    const filler = Array.from({ length: 110 }, (_, i) => para(`Абзац ${i + 1} основного текста документа.`));
    const { items } = await readPdf(await renderPdf(makeDocument([makeSection(filler)])));
    const heightPt = mmToPt(297);
    expect(items.length).toBeGreaterThanOrEqual(3);
    const numbers = items.map((page) => pageNumbersOf(page, heightPt, 20).map((i) => i.str));
    expect(numbers.slice(0, 3)).toEqual([[], ['2'], ['3']]);
    const [two] = pageNumbersOf(items[1] ?? [], heightPt, 20);
    expect(two?.fontSize).toBe(12);
    // Centred between the side margins (30 and 10 mm), not on the sheet; the line's top 10 mm below the edge,
    // so the baseline (pdf.js y, from the bottom) is 10 mm + the ascent of 12 pt Liberation Serif (0.891 em).
    expect((two?.x ?? 0) + (two?.width ?? 0) / 2).toBeCloseTo(mmToPt(30 + 170 / 2), 0);
    expect(heightPt - (two?.y ?? 0)).toBeCloseTo(mmToPt(10) + 12 * 0.891, 0);
  });

  it('repeats the header rows of a long table at the top of every page', async () => {
    const doc = makeDocument([makeSection([makeTable(100)], { orientation: 'landscape' })]);
    const { texts, items } = await readPdf(await renderPdf(doc));
    expect(items.length).toBeGreaterThanOrEqual(4);
    const firsts = items.map((page) => firstContentOf(page, landscape.heightPt, landscape.topMm));
    expect(firsts).toEqual(items.map(() => '№ п/п'));
    const all = texts.join('\n');
    const missing = Array.from({ length: 100 }, (_, i) => `Мероприятие ${i + 1}`).filter(
      (v) => !holds(all, v),
    );
    expect(missing).toEqual([]);
  });

  it('keeps every line of a row taller than a page, and the rows around it', async () => {
    const lines = Array.from({ length: 80 }, (_, i) => `Строка ${i + 1} высокой ячейки`);
    const tallCell = {
      children: [
        {
          type: 'paragraph',
          style: 'tableText',
          children: lines.flatMap((l) => [{ type: 'text', value: l }, { type: 'lineBreak' }]).slice(0, -1),
        },
      ],
    };
    const rows = [
      ...Array.from({ length: 5 }, (_, i) => ({
        cells: [cell(`${i + 1}.`), cell(`До ${i + 1}`), cell('май'), cell('А')],
      })),
      { cells: [cell('6.'), tallCell, cell('июнь'), cell('Б')] },
      ...Array.from({ length: 5 }, (_, i) => ({
        cells: [cell(`${i + 7}.`), cell(`После ${i + 7}`), cell('июль'), cell('В')],
      })),
    ];
    const doc = makeDocument([makeSection([makeTable(0, { rows })], { orientation: 'landscape' })]);
    const { texts, items } = await readPdf(await renderPdf(doc));
    const all = texts.join('\n');
    expect(lines.filter((line) => !holds(all, line))).toEqual([]);
    for (const value of ['До 1', 'До 5', 'После 7', 'После 11', 'июнь']) expect(all).toContain(value);
    // The tall row continues over pages, each starting with the repeated header.
    expect(items.length).toBeGreaterThanOrEqual(3);
    const firsts = items.map((page) => firstContentOf(page, landscape.heightPt, landscape.topMm));
    expect(firsts).toEqual(items.map(() => '№ п/п'));
  });

  it('keeps the text of a merged cell whose rows fall on two pages', async () => {
    const plainRow = (i: number) => ({
      cells: [cell(`${i}.`), cell(`Пункт ${i}`), cell('сентябрь'), cell('А')],
    });
    const render = async (rows: unknown[]) =>
      (
        await readPdf(
          await renderPdf(
            makeDocument([makeSection([makeTable(0, { rows })], { orientation: 'landscape' })]),
          ),
        )
      ).texts;
    // Find the last row of page 1, then merge the «Срок» cells of that row, the one before and the next two.
    const plain = await render(Array.from({ length: 40 }, (_, i) => plainRow(i + 1)));
    const last =
      Array.from({ length: 40 }, (_, i) => i + 1)
        .filter((i) => holds(plain[0] ?? '', `Пункт ${i}`))
        .pop() ?? 0;
    const first = last - 1;
    const rows = Array.from({ length: 40 }, (_, n) => {
      const i = n + 1;
      if (i === first) {
        return {
          cells: [
            cell(`${i}.`),
            cell(`Пункт ${i}`),
            cell('Весь год', { rowSpan: 4, valign: 'center' }),
            cell('А'),
          ],
        };
      }
      return i > first && i < first + 4
        ? { cells: [cell(`${i}.`), cell(`Пункт ${i}`), cell('А')] }
        : plainRow(i);
    });
    const texts = await render(rows);
    const pageOf = (value: string) => texts.findIndex((t) => holds(t, value));
    // The precondition: the merged rows do fall on two pages.
    expect([pageOf(`Пункт ${first}`), pageOf(`Пункт ${first + 3}`)]).toEqual([0, 1]);
    // The merge restarts on the new page with its text again (render/split-merges.ts): once on each page.
    expect(texts.map((t) => t.match(/Весь год/g)?.length ?? 0).slice(0, 2)).toEqual([1, 1]);
    for (let i = 1; i <= 40; i++) expect(pageOf(`Пункт ${i}`)).toBeGreaterThanOrEqual(0);
  });

  it('starts every section on a new page with its own orientation and numbering', async () => {
    const filler = (n: number) => Array.from({ length: n }, (_, i) => para(`Абзац ${i + 1} текста.`));
    const doc = makeDocument([
      makeSection([para('Первый раздел', 'title'), ...filler(40)], { orientation: 'landscape' }),
      makeSection([para('Второй раздел', 'title'), ...filler(60)], { orientation: 'portrait' }),
    ]);
    const bytes = await renderPdf(doc);
    const pdf = await getDocumentProxy(new Uint8Array(bytes));
    const sizes: string[] = [];
    for (let n = 1; n <= pdf.numPages; n++) {
      const [, , w, h] = (await pdf.getPage(n)).view;
      sizes.push((w ?? 0) > (h ?? 0) ? 'L' : 'P');
    }
    const { texts, items } = await readPdf(bytes);
    const second = texts.findIndex((t) => t.includes('Второй раздел'));
    expect(sizes).toEqual(['L', 'L', 'P', 'P']);
    expect(second).toBe(2);
    const numbers = items.map((page, i) =>
      pageNumbersOf(page, i < 2 ? landscape.heightPt : mmToPt(297), i < 2 ? 30 : 20).map((item) => item.str),
    );
    expect(numbers).toEqual([[], ['2'], [], ['2']]);
  });

  it('moves a heading left at the bottom of a page to the next one, with the table after it', async () => {
    const render = async (keepNext: boolean | undefined, fill: number) => {
      const filler = Array.from({ length: fill }, (_, i) => para(`Абзац ${i + 1}.`));
      const heading = para(
        'Раздел 2. План мероприятий',
        'heading',
        keepNext === undefined ? {} : { keepNext },
      );
      const doc = makeDocument([makeSection([...filler, heading, makeTable(3)])]);
      return (await readPdf(await renderPdf(doc))).texts;
    };
    // Find how many filler lines leave the heading alone at the bottom of page 1 when nothing keeps it.
    const orphaned = (texts: string[]) => texts[0]?.includes('Раздел 2') && !texts[0].includes('№ п/п');
    let fill = 38;
    while (fill < 50 && !orphaned(await render(false, fill))) fill += 1;
    const loose = await render(false, fill);
    expect(loose[0]).toContain('Раздел 2');
    expect(loose[0]).not.toContain('№ п/п');
    const kept = await render(undefined, fill);
    expect(kept[0]).not.toContain('Раздел 2');
    expect(kept[1]).toContain('Раздел 2');
    expect(kept[1]).toContain('№ п/п');
  });

  it('keeps a stage row on the page of the row after it', async () => {
    const stage = (n: number) => ({
      keepNext: true,
      cells: [{ colSpan: 4, children: [para(`Этап ${n}`, 'stageRow')] }],
    });
    const item = (i: number) => ({ cells: [cell(`${i}.`), cell(`Пункт ${i}`), cell('май'), cell('А')] });
    const render = async (at: number, keep: boolean) => {
      const rows = Array.from({ length: 40 }, (_, n) => n + 1).flatMap((i) =>
        i === at ? [{ ...stage(2), keepNext: keep }, item(i)] : [item(i)],
      );
      const doc = makeDocument([makeSection([makeTable(0, { rows })], { orientation: 'landscape' })]);
      return (await readPdf(await renderPdf(doc))).texts;
    };
    // The stage row goes right after the last item that fits on page 1.
    const plain = await render(0, true);
    const at =
      Array.from({ length: 40 }, (_, i) => i + 1)
        .filter((i) => holds(plain[0] ?? '', `Пункт ${i}`))
        .pop() ?? 0;
    const loose = await render(at, false);
    expect(loose[0]).toContain('Этап 2');
    expect(holds(loose[0] ?? '', `Пункт ${at}`)).toBe(false);
    const kept = await render(at, true);
    expect(kept[0]).not.toContain('Этап 2');
    expect(kept[1]).toContain('Этап 2');
    expect(holds(kept[1] ?? '', `Пункт ${at}`)).toBe(true);
  });
});
