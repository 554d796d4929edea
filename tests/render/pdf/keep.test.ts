import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildModels, generate } from '../../../src/generate.js';
import { parsePlan } from '../../../src/plan/parse-plan.js';
import { getPdfMake } from '../../../src/render/pdf/fonts.js';
import { renderPdf, toPdfDefinition } from '../../../src/render/pdf/index.js';
import { cell, makeDocument, makeSection, para, readPdf } from './fixtures.js';

const plans = join(import.meta.dirname, 'plans');

describe('keep with next in tables (keep.ts, table.ts)', () => {
  it('keeps a table’s first stage row with the header and its first item, its text on their page', async () => {
    const source = readFileSync(join(plans, 'first-stage-row.yaml'), 'utf8');
    const [roadmap] = await generate(source, { formats: ['pdf'], createdAt: new Date(0) });
    // Without line ends: the header's words may be hyphenated over two lines.
    const pages = (await readPdf(roadmap!.pdf!)).texts.map((page) => page.replace(/\s+/g, ' '));
    const squashed = (page: string | undefined) => page?.replace(/\s+/g, '');
    const stagePage = pages.findIndex((page) => squashed(page)?.includes('XMBUoooaJ:Ссийсcg'));
    expect(stagePage).toBeGreaterThanOrEqual(0);
    expect(squashed(pages[stagePage])).toContain('Наименованиемероприятия');
    expect(squashed(pages[stagePage])).toContain('ФпкйбжьЙИ');
  });

  it('moves a stage row kept with its first item whole: no empty strip of it left at the foot of the page', async () => {
    const source = readFileSync(join(plans, 'stage-row-at-page-foot.yaml'), 'utf8');
    const [roadmap] = buildModels(parsePlan(source, 'plan.yaml'), { createdAt: new Date(0) });
    const definition = toPdfDefinition(roadmap!.model);
    const raw = Buffer.from(
      await getPdfMake()
        .createPdf({ ...definition, compress: false })
        .getBuffer(),
    );
    const pages = [...raw.toString('latin1').matchAll(/stream\n([\s\S]*?)endstream/g)].map((m) => m[1]!);
    // The table's horizontal rules on each page (pdfkit: «x y m / x y l»), top down.
    const rules = pages.map((page) =>
      [...page.matchAll(/([\d.]+) ([\d.]+) m\n([\d.]+) ([\d.]+) l\n/g)]
        .filter((m) => m[2] === m[4])
        .map((m) => Math.round(Number(m[2]) * 10) / 10),
    );
    const tables = rules.filter((ys) => ys.length > 0);
    expect(tables.length).toBeGreaterThan(3);
    // Rows are at least a line of text apart; a row begun and moved on would leave its top rule a padding below.
    for (const ys of tables) {
      const sorted = [...new Set(ys)].sort((a, b) => a - b);
      const gaps = sorted.slice(1).map((y, i) => y - sorted[i]!);
      expect(Math.min(...gaps)).toBeGreaterThan(6);
    }
  });

  it('keeps a paragraph with a table whose first row keeps with its second: no empty page, never one row alone', async () => {
    // «С приказом ознакомлены:» and the names, wherever they fall on the page (a borderless table, no header).
    const names = {
      type: 'table',
      borders: 'none',
      widths: [{ fr: 1 }, { fr: 1 }],
      rows: Array.from({ length: 6 }, (_, i) => ({
        ...(i === 0 && { keepNext: true }),
        cells: [cell(`Имя${i + 1}`), cell('подпись')],
      })),
    };
    for (let fillers = 38; fillers <= 46; fillers++) {
      const filler = Array.from({ length: fillers }, (_, i) => para(`Абзац ${i + 1}`));
      const heading = para('С приказом ознакомлены:', 'bodyPlain', { keepNext: true });
      const doc = makeDocument([makeSection([...filler, heading, names])]);
      const { texts } = await readPdf(await renderPdf(doc));
      for (const [p, page] of texts.entries())
        expect(page.replace(/\s+|\b\d+\b/g, ''), `${fillers}: page ${p + 1} is empty`).not.toBe('');
      const pageOf = (text: string) => texts.findIndex((page) => page.includes(text));
      expect([pageOf('Имя1'), pageOf('Имя2')], `${fillers}`).toEqual([
        pageOf('ознакомлены:'),
        pageOf('ознакомлены:'),
      ]);
    }
  }, 60_000);
});
