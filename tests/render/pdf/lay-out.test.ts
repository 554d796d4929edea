import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { generate } from '../../../src/generate.js';
import { getPdfMake } from '../../../src/render/pdf/fonts.js';
import { createPdfRenderer, toPdfDefinition, withContentsPages } from '../../../src/render/pdf/index.js';
import { layOut } from '../../../src/render/pdf/lay-out.js';
import {
  cell,
  makeDocument,
  makeProgramme,
  makeSection,
  makeTable,
  para,
  spyOnDrawings,
  spyOnLayouts,
} from './fixtures.js';

// Its table is laid out seven times before its page starts and the rows guarded against lone lines agree (paginate.ts).
const roadmap = readFileSync(join(import.meta.dirname, '../../../data/samara-digital-roadmap.yaml'), 'utf8');
const createdAt = new Date('2025-01-15T09:00:00Z');

afterEach(() => {
  vi.restoreAllMocks();
});

describe('layOut: pdfmake’s createPdf in two steps', () => {
  const model = () =>
    makeDocument([
      makeSection([para('Приказ о создании рабочей группы', 'title'), makeTable(40)]),
      makeSection(
        [makeTable(3, { rows: [{ cells: [cell('1.'), cell('Этап'), cell('май'), cell('Иванов')] }] })],
        {
          orientation: 'landscape',
        },
      ),
    ]);

  it.each([true, false])('draws the bytes createPdf writes (streams compressed: %s)', async (compress) => {
    // Each gets a definition of its own: pdfmake rewrites the nodes it lays out.
    const expected = await getPdfMake().createPdf(toPdfDefinition(model(), compress)).getBuffer();
    const drawn = await layOut(toPdfDefinition(model(), compress)).draw();
    expect(drawn.length).toBeGreaterThan(10_000);
    expect(Buffer.from(drawn).equals(expected)).toBe(true);
  });

  it('draws nothing until asked', () => {
    const drawings = spyOnDrawings();
    layOut(toPdfDefinition(model()));
    expect(drawings).not.toHaveBeenCalled();
  });
});

describe('the pagination draws only the layout it keeps (data/samara-digital-roadmap.yaml)', () => {
  // Of the seven layouts only the agreed one is drawn.
  it('a PDF: seven layouts, one drawing, and the drawing is the PDF of the section returned', async () => {
    const layouts = spyOnLayouts();
    const drawings = spyOnDrawings();
    const [doc] = await generate(roadmap, { formats: ['pdf'], createdAt });
    expect(layouts).toHaveBeenCalledTimes(7);
    expect(drawings).toHaveBeenCalledTimes(1);
    // The same model rendered afresh, with no pagination: one more layout, and the same bytes.
    const fresh = await createPdfRenderer()(doc!.model);
    expect(Buffer.from(fresh).equals(Buffer.from(doc!.pdf!))).toBe(true);
  }, 60_000);

  it('a DOCX alone: the same layouts, and no PDF drawn', async () => {
    const layouts = spyOnLayouts();
    const drawings = spyOnDrawings();
    const [doc] = await generate(roadmap, { formats: ['docx'], createdAt });
    expect(doc!.docx!.length).toBeGreaterThan(10_000);
    expect(doc!.pdf).toBeUndefined();
    expect(layouts).toHaveBeenCalledTimes(7);
    expect(drawings).not.toHaveBeenCalled();
  }, 60_000);
});

describe('the pages of a contents', () => {
  it('come from layouts that are never drawn', async () => {
    const built = makeProgramme(41);
    const layouts = spyOnLayouts();
    const drawings = spyOnDrawings();
    const model = withContentsPages(built);
    const pages = model.sections[0]!.children.flatMap((b) => (b.type === 'contents' ? b.entries : []));
    expect(pages.map((entry) => entry.page)).toEqual([2, 3]);
    expect(layouts.mock.calls.length).toBeGreaterThanOrEqual(2);
    expect(drawings).not.toHaveBeenCalled();
  });

  it('in a build: the layout that confirms the pages is the one drawn, and a DOCX alone draws none', async () => {
    const layouts = spyOnLayouts();
    const drawings = spyOnDrawings();
    const render = createPdfRenderer();
    const paginated = await render.paginate(makeProgramme(41));
    const pdf = await render(paginated);
    // One layout finds the pages, the next one confirms them; it is drawn, and nothing is laid out after it.
    expect(layouts).toHaveBeenCalledTimes(2);
    expect(drawings).toHaveBeenCalledTimes(1);
    const entries = paginated.sections[0]!.children.flatMap((b) => (b.type === 'contents' ? b.entries : []));
    expect(entries.map((entry) => entry.page)).toEqual([2, 3]);
    expect(Buffer.from(await createPdfRenderer()(paginated)).equals(Buffer.from(pdf))).toBe(true);
    layouts.mockClear();
    drawings.mockClear();
    const docxOnly = await createPdfRenderer({ draws: false }).paginate(makeProgramme(41));
    expect(docxOnly).toEqual(paginated);
    expect(layouts).toHaveBeenCalledTimes(2);
    expect(drawings).not.toHaveBeenCalled();
  });
});
