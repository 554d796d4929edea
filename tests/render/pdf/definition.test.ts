import type { ContentSection, ContentText, TDocumentDefinitions } from 'pdfmake/interfaces.js';
import { describe, expect, it } from 'vitest';
import type { DocumentModel } from '../../../src/model/schema.js';
import { mmToPt } from '../../../src/model/units.js';
import { toPdfDefinition } from '../../../src/render/pdf/index.js';
import { toPdfStyle } from '../../../src/render/pdf/styles.js';
import { cell, makeDocument, makeSection, makeTable, para, withoutSoftHyphens } from './fixtures.js';

function sectionsOf(def: TDocumentDefinitions): ContentSection[] {
  return def.content as ContentSection[];
}

/** The nodes of the first section. */
function nodesOf(doc: DocumentModel): Record<string, unknown>[] {
  return withoutSoftHyphens(sectionsOf(toPdfDefinition(doc))[0]?.section) as unknown as Record<
    string,
    unknown
  >[];
}

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null) {
    for (const child of Object.values(value)) deepFreeze(child);
    Object.freeze(value);
  }
  return value;
}

const portraitMargins = [mmToPt(30), mmToPt(20), mmToPt(10), mmToPt(20)];
// Landscape keeps the margins on the same edges of the sheet: the 30 mm binding margin is at the top.
const landscapeMargins = [mmToPt(20), mmToPt(30), mmToPt(20), mmToPt(10)];

describe('toPdfDefinition: document and sections', () => {
  const doc = makeDocument([
    makeSection([para('Текст')], { orientation: 'landscape' }),
    makeSection([para('Второй раздел')], { orientation: 'portrait', pageNumbers: 'none' }),
  ]);
  const def = toPdfDefinition(doc);

  it('takes A4, the orientation and the margins of the first section for the document', () => {
    expect(def.pageSize).toBe('A4');
    expect(def.pageOrientation).toBe('landscape');
    expect(def.pageMargins).toEqual(landscapeMargins);
  });

  it('gives every section its own orientation, margins and header', () => {
    const [first, second] = sectionsOf(def);
    expect(first).toMatchObject({
      pageSize: 'A4',
      pageOrientation: 'landscape',
      pageMargins: landscapeMargins,
    });
    expect(second).toMatchObject({
      pageSize: 'A4',
      pageOrientation: 'portrait',
      pageMargins: portraitMargins,
    });
    expect(typeof first?.header).toBe('function');
    expect(typeof second?.header).toBe('function');
  });

  it('uses Liberation Serif, the model styles and fixed metadata', () => {
    expect(def.defaultStyle).toMatchObject({ font: 'LiberationSerif', fontSize: 14 });
    expect(def.info).toEqual({
      title: 'Дорожная карта',
      author: 'МБОУ «Школа № 1»',
      creator: 'gramota',
      producer: 'gramota',
      creationDate: new Date('2024-09-01T08:30:00Z'),
    });
    expect(toPdfStyle('body')).toEqual({
      fontSize: 14,
      bold: false,
      alignment: 'justify',
      leadingIndent: mmToPt(12.5),
      margin: [0, 0, 0, 0],
    });
    expect(toPdfStyle('title')).toMatchObject({ bold: true, alignment: 'center', margin: [0, 12, 0, 12] });
    // Styles go inline on the nodes (styles.ts), none by name.
    expect(def.styles).toBeUndefined();
    expect(JSON.stringify(def.content)).not.toContain('"style"');
  });

  it('is the same plain data on every call and leaves the model alone', () => {
    const frozen = deepFreeze(makeDocument([makeSection([para('Текст'), makeTable(3)])]));
    const once = JSON.stringify(toPdfDefinition(frozen));
    expect(JSON.stringify(toPdfDefinition(frozen))).toBe(once);
    expect(JSON.parse(once).content[0].section).toHaveLength(2);
  });
});

describe('toPdfDefinition: page numbers', () => {
  const header = (doc: DocumentModel, section = 0) => {
    const fn = sectionsOf(toPdfDefinition(doc))[section]?.header as (page: number, count: number) => unknown;
    return fn;
  };

  it('puts digits only from the second page, centred over the text, layout.headerMm from the top', () => {
    const fn = header(makeDocument([makeSection([para('А')])]));
    expect(fn(1, 3)).toBeNull();
    expect(fn(2, 3)).toMatchObject({
      ...toPdfStyle('pageNumber'),
      text: '2',
      margin: [mmToPt(30), mmToPt(10), mmToPt(10), 0],
    });
    expect(fn(3, 3)).toMatchObject({ text: '3' });
  });

  it('shows nothing in a section without page numbers', () => {
    const fn = header(makeDocument([makeSection([para('А')], { pageNumbers: 'none' })]));
    expect([fn(1, 2), fn(2, 2)]).toEqual([null, null]);
  });

  it('restarts at 1 in every section, in pdfmake page order, pass after pass', () => {
    const def = toPdfDefinition(makeDocument([makeSection([para('А')]), makeSection([para('Б')])]));
    const [first, second] = sectionsOf(def).map((s) => s.header as (page: number, count: number) => unknown);
    for (let pass = 0; pass < 2; pass++) {
      expect(first?.(1, 5)).toBeNull();
      expect(first?.(2, 5)).toMatchObject({ text: '2' });
      expect(second?.(3, 5)).toBeNull();
      expect(second?.(4, 5)).toMatchObject({ text: '2' });
      expect(second?.(5, 5)).toMatchObject({ text: '3' });
    }
  });
});

describe('toPdfDefinition: page numbers of a part laid out on its own', () => {
  it('numbers on from the first page given, the first page too (paginate-parts.ts)', () => {
    const def = toPdfDefinition(makeDocument([makeSection([para('А')])]), true, 24);
    const fn = sectionsOf(def)[0]?.header as (page: number, count: number) => unknown;
    for (let pass = 0; pass < 2; pass++) {
      expect(fn(1, 3)).toMatchObject({ text: '24' });
      expect(fn(3, 3)).toMatchObject({ text: '26' });
    }
  });
});

describe('toPdfDefinition: paragraphs and lists', () => {
  it('maps runs, line breaks and alignment', () => {
    const [node] = nodesOf(
      makeDocument([
        makeSection([
          {
            type: 'paragraph',
            style: 'body',
            align: 'center',
            children: [
              { type: 'text', value: 'жирный', bold: true },
              { type: 'lineBreak' },
              { type: 'text', value: 'курсив', italic: true, underline: true },
            ],
          },
        ]),
      ]),
    );
    expect(node).toEqual({
      ...toPdfStyle('body'),
      alignment: 'center',
      text: [
        { text: 'жирный', bold: true },
        '\n',
        { text: 'курсив', italics: true, decoration: 'underline' },
      ],
    });
  });

  it('lays a line with a tab out as text at the left margin and the rest flush right', () => {
    const [node] = nodesOf(
      makeDocument([
        makeSection([
          {
            type: 'paragraph',
            style: 'bodyPlain',
            children: [
              { type: 'text', value: 'Директор МБОУ' },
              { type: 'lineBreak' },
              { type: 'text', value: '«Школа № 1»' },
              { type: 'tab' },
              { type: 'text', value: 'Г.В. Алейкина' },
            ],
          },
        ]),
      ]),
    );
    expect(node).toMatchObject({
      ...toPdfStyle('bodyPlain'),
      stack: [
        { text: [{ text: 'Директор МБОУ' }] },
        {
          columns: [
            { width: '*', text: [{ text: '«Школа № 1»' }], leadingIndent: 0 },
            { width: 'auto', text: [{ text: 'Г.В. Алейкина' }], alignment: 'right' },
          ],
        },
      ],
    });
  });

  it('hangs list markers in a column and drops the first-line indent of item paragraphs', () => {
    const [list] = nodesOf(
      makeDocument([
        makeSection([
          {
            type: 'list',
            ordered: true,
            items: [
              { children: [para('Первый')] },
              {
                children: [
                  para('Второй'),
                  { type: 'list', ordered: false, items: [{ children: [para('вложенный')] }] },
                ],
              },
            ],
          },
        ]),
      ]),
    );
    const hanging = mmToPt(6);
    // The item text gets the rest of the 170 mm text width as a fixed width: a '*' column would widen to its
    // longest word and run over the next table cell or off the page.
    const textWidth = (mm: number) => expect.closeTo(mmToPt(mm), 6);
    expect(list).toMatchObject({
      stack: [
        {
          columns: [
            { ...toPdfStyle('body'), width: hanging, text: '1.', alignment: 'left', leadingIndent: 0 },
            { width: textWidth(170 - 6), stack: [{ leadingIndent: 0 }] },
          ],
        },
        {
          columns: [
            { text: '2.' },
            {
              stack: [
                { leadingIndent: 0 },
                { stack: [{ columns: [{ text: '–', width: hanging }, { width: textWidth(170 - 12) }] }] },
              ],
            },
          ],
        },
      ],
    });
  });

  it('marks a heading to keep with the next block and ids that block', () => {
    const [heading, body] = nodesOf(
      makeDocument([makeSection([para('Раздел 1', 'heading'), para('Текст')])]),
    );
    expect(heading).toMatchObject({ headlineLevel: 1, id: 'gramota:s0.0' });
    expect(body).toMatchObject({ id: 'gramota:s0.1' });
    expect(body).not.toHaveProperty('headlineLevel');
  });

  it('does not mark a heading that ends its section', () => {
    const [, heading] = nodesOf(makeDocument([makeSection([para('Текст'), para('Раздел', 'heading')])]));
    expect(heading).not.toHaveProperty('headlineLevel');
  });
});

describe('toPdfDefinition: tables', () => {
  const table = {
    type: 'table',
    borders: 'grid',
    widths: [{ mm: 15 }, { fr: 2 }, { fr: 1 }, { mm: 40 }],
    rows: [
      { header: true, cells: ['№', 'Мероприятие', 'Срок', 'Ответственный'].map((v) => cell(v)) },
      { cells: [cell('1.'), cell('Широкая', { colSpan: 2 }), cell('А')] },
      {
        cells: [
          cell('2.'),
          cell('Б'),
          cell('Объединено', { rowSpan: 2, align: 'center', valign: 'center' }),
          cell('В'),
        ],
      },
      { keepNext: true, cells: [cell('3.'), cell('Г'), cell('Д')] },
      { cells: [cell('4.')] },
    ],
  };
  const [node] = nodesOf(makeDocument([makeSection([table])])) as [
    {
      table: { body: Record<string, unknown>[][]; widths: number[] } & Record<string, unknown>;
      layout: string;
    },
  ];

  it('repeats the header rows, keeps them with the first row and does not break rows', () => {
    expect(node.table).toMatchObject({ headerRows: 1, keepWithHeaderRows: 1, dontBreakRows: true });
    expect(node.layout).toBe('gramotaGrid');
  });

  it('gives text the cell width less the margins, as Word does; the rules sit inside the padding', () => {
    const { widths } = node.table;
    // text widths + padding (1.5 mm less half a rule on each side) + rules = the text width and one rule
    const outer =
      widths.reduce((sum, w) => sum + w, 0) +
      widths.length * 2 * (mmToPt(1.5) - 0.25) +
      (widths.length + 1) * 0.5;
    expect(outer).toBeCloseTo(mmToPt(170) + 0.5, 6);
    expect(widths[0]).toBeCloseTo(mmToPt(15 - 3), 6);
    // Outer widths 2 fr : 1 fr, so the text width plus margins of the first is twice that of the second.
    expect((widths[1] ?? 0) + mmToPt(3)).toBeCloseTo(2 * ((widths[2] ?? 0) + mmToPt(3)), 6);
  });

  it('fills covered grid positions with {} and keeps every row as wide as the grid', () => {
    const { body } = node.table;
    expect(body.map((row) => row.length)).toEqual([4, 4, 4, 4, 4]);
    expect(body[1]?.[1]).toMatchObject({ colSpan: 2 });
    expect(body[1]?.[2]).toEqual({});
    expect(body[2]?.[2]).toMatchObject({ rowSpan: 2, verticalAlignment: 'middle' });
    expect(body[3]?.[2]).toEqual({});
    expect(body[3]?.[3]).toMatchObject({ stack: [{ text: [{ text: 'Д' }] }] });
    // A row with too few cells is padded with empty ones.
    expect(body[4]?.[3]).toMatchObject({ stack: [] });
  });

  it('lets the cell alignment override the paragraph style inside it', () => {
    const merged = node.table.body[2]?.[2] as { stack: ContentText[] };
    expect(merged.stack[0]).toMatchObject({ ...toPdfStyle('tableText'), alignment: 'center' });
  });

  it('marks the cells of a keepNext row and ids the first leaf of the next row', () => {
    const { body } = node.table;
    expect(body[3]?.[0]).toMatchObject({ headlineLevel: 2, id: 'gramota-keep:s0.0.r3.c0' });
    expect(body[3]?.[3]).toMatchObject({ headlineLevel: 2, id: 'gramota-keep:s0.0.r3.c3' });
    expect(body[4]?.[0]).toMatchObject({ stack: [{ id: 'gramota:s0.0.r4' }] });
    expect(body[2]?.[0]).not.toHaveProperty('headlineLevel');
  });

  it('draws no rules for borders none', () => {
    const [plain] = nodesOf(makeDocument([makeSection([{ ...table, borders: 'none' }])]));
    expect(plain).toMatchObject({ layout: 'gramotaNone' });
  });

  it('lets only a tall row break across pages, listed in breakableRows (no forced page break on any cell)', async () => {
    const long = Array.from({ length: 80 }, (_, i) => `Строка ${i + 1} длинного содержимого ячейки`).join(
      '. ',
    );
    const tall = makeTable(0, {
      rows: [
        { cells: [cell('1.'), cell('Короткая'), cell('май'), cell('А')] },
        { cells: [cell('2. Второй пункт'), cell(long), cell('июнь'), cell('Б. В. Г.')] },
        { cells: [cell('3.'), cell('Короткая'), cell('июль'), cell('В')] },
        { cells: [cell(`${long}. ${long}. ${long}`, { colSpan: 4 })] },
      ],
    });
    const [t] = nodesOf(makeDocument([makeSection([tall])])) as [
      { table: { breakableRows?: number[]; body: Record<string, unknown>[][] } },
    ];
    expect(t.table.body.flat().some((c) => 'pageBreak' in c)).toBe(false);
    const tallRows = t.table.body.flatMap((row, r) => (JSON.stringify(row).includes('Строка 1 ') ? [r] : []));
    expect(tallRows.length).toBe(2);
    expect(t.table.breakableRows).toEqual(tallRows);
  });

  it('keeps a tall row marked whole by pagination, and gives a least row height as pdfmake’s content height', async () => {
    const long = Array.from({ length: 80 }, (_, i) => `Строка ${i + 1} длинного содержимого`).join('. ');
    const rows = [
      { minHeightPt: 40, cells: [cell('1.'), cell('Короткая'), cell('май'), cell('А')] },
      { whole: true, cells: [cell('2.'), cell(long), cell('июнь'), cell('Б')] },
    ];
    const [t] = nodesOf(makeDocument([makeSection([makeTable(0, { rows })])])) as [
      { table: { breakableRows?: number[]; heights?: unknown[] } },
    ];
    expect(t.table.breakableRows).toBeUndefined();
    // Two header rows, then 40 pt from rule to rule less the padding (2 × 0.5 mm) and the rule (0.5 pt).
    expect(t.table.heights?.slice(2, 3)).toEqual([40 - 2 * ((0.5 * 72) / 25.4) - 0.5]);
    expect(t.table.heights?.slice(0, 2)).toEqual(['auto', 'auto']);
    expect(t.table.heights?.[3]).toBe('auto');
  });
});
