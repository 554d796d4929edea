import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { generate } from '../../src/generate.js';
import type { DocumentModel } from '../../src/model/schema.js';
import { goldenCases } from '../_fixtures/golden-cases.js';
import {
  comparePages,
  convertWithLibreOffice,
  type PageReport,
  pageTexts,
  readBytes,
  squash,
  writeReview,
} from './compare.js';
import { type LayoutQuality, measureLayout, readVocabulary } from './layout-quality.js';
import { textValuesOf } from './text-values.js';
import { paginateLikeWord } from './word-layout.js';

/**
 * The PDF a user signs is the DOCX they edit: for every plan in data/ and every test plan of the golden cases
 * (tests/golden/<case>/plan.yaml), our PDF and LibreOffice's PDF of our DOCX have the same pages, each starting with
 * the same line. PNGs of both, side by side, go to render-review/.
 */
const root = resolve(import.meta.dirname, '../..');
const review = join(root, 'render-review');
const plans = goldenCases.map(({ name, plan }) => ({ name, path: plan }));
const reports: PageReport[] = [];
const qualities: {
  file: string;
  ours: LayoutQuality;
  office: LayoutQuality;
  word: { pages: number; differing: number[] };
}[] = [];

beforeAll(() => {
  rmSync(review, { recursive: true, force: true });
  mkdirSync(review, { recursive: true });
});

describe.each(plans)('$name', ({ name: plan, path }) => {
  const dir = join(review, plan);
  let files: Awaited<ReturnType<typeof generate>> = [];

  beforeAll(async () => {
    const generated = await generate(readFileSync(path, 'utf8'), {
      baseDir: dirname(path),
      createdAt: new Date('2020-10-01T00:00:00Z'),
    });
    // A network project's organisations have files of the same names: each keeps its folder in the name.
    files = generated.map((f) => (f.folder ? { ...f, fileName: `${f.folder}--${f.fileName}` } : f));
    mkdirSync(dir, { recursive: true });
    for (const f of files) {
      if (f.docx) writeFileSync(join(dir, `${f.fileName}.docx`), f.docx);
      writeFileSync(join(dir, `${f.fileName}.pdf`), f.pdf!);
    }
    convertWithLibreOffice(
      files.filter((f) => f.docx).map((f) => join(dir, `${f.fileName}.docx`)),
      join(dir, 'libreoffice'),
    );
  });

  it('every document: same page count and the same content on every page', async () => {
    for (const f of files.filter((file) => file.docx)) {
      const ours = join(dir, `${f.fileName}.pdf`);
      const office = join(dir, 'libreoffice', `${f.fileName}.pdf`);
      const headers = headerTexts(f.model);
      const report = comparePages(
        `${plan}/${f.fileName}`,
        await pageTexts(readBytes(ours)),
        await pageTexts(readBytes(office)),
        headers,
      );
      reports.push(report);
      writeReview(join(dir, f.fileName), ours, office, report);
      const vocabulary = readVocabulary(f.model);
      const measured = measureLayout(ours, vocabulary);
      // A second judge without LibreOffice: Word's pagination as the docx library works it out (word-layout.ts).
      const word = paginateLikeWord(f.model);
      const differing = word.firstRowNumbers.flatMap((n, p) =>
        n === measured.firstRowNumbers[p] ? [] : [p + 1],
      );
      const quality = {
        file: `${plan}/${f.fileName}`,
        ours: measured,
        office: measureLayout(office, vocabulary),
        word: { pages: word.pages, differing },
      };
      qualities.push(quality);
      expect(
        word.stoppedAt,
        `${plan} › ${f.fileName}: docx/layout не свёрстал документ до конца`,
      ).toBeUndefined();
      expect(word.pages, `${plan} › ${f.fileName}: страниц по docx/layout`).toBe(measured.pages);
      for (const side of [quality.ours, quality.office]) {
        expect(side.brokenWords, `${plan} › ${f.fileName}: слова разорваны без переноса`).toEqual([]);
        expect(
          side.loneLines,
          `${plan} › ${f.fileName}: одна строка ячейки у разрыва строки таблицы`,
        ).toEqual([]);
        expect(
          side.emptiestShare,
          `${plan} › ${f.fileName}: стр. ${side.emptiestPage} пуста больше чем на четверть`,
        ).toBeLessThanOrEqual(0.25);
      }
      expect(
        { pages: [report.ours.length, report.office.length], differing: report.differing },
        `${plan} › ${f.fileName}: ${report.differing.map((p) => `стр. ${p}: «${report.ours[p - 1] ?? '—'}» / «${report.office[p - 1] ?? '—'}»`).join('; ')}`,
      ).toEqual({ pages: [report.ours.length, report.ours.length], differing: [] });
    }
  });
});

/** The texts of each table's repeated header rows, longest first (a table's header with its column numbers). */
function headerTexts(model: DocumentModel): string[] {
  const texts = (node: unknown): string => textValuesOf(node).join(' ');
  const tables = model.sections.flatMap((s) => s.children.filter((b) => b.type === 'table'));
  return tables
    .map((t) => squash(texts(t.rows.filter((r) => r.header))))
    .filter(Boolean)
    .sort((a, b) => b.length - a.length);
}

describe('summary', () => {
  it('writes render-review/report.md', () => {
    const lines = reports.map(
      (r) => `| ${r.file} | ${r.ours.length} | ${r.office.length} | ${r.differing.join(', ') || '—'} |`,
    );
    const table = [
      '| документ | страниц gramota | страниц LibreOffice | различаются страницы |',
      '|---|---|---|---|',
      ...lines,
    ];
    const percent = (q: LayoutQuality) =>
      `${Math.round(q.emptiestShare * 100)} % (стр. ${q.emptiestPage || '—'})`;
    const mm = (q: LayoutQuality) => q.widestGapMm.toFixed(1).replace('.', ',');
    const quality = [
      '| документ | страниц | разорвано слов без переноса | одна строка ячейки у разрыва строки | самая пустая страница перед продолжением | самый широкий пробел в строке по ширине, мм | docx/layout: страниц; страницы, где первая строка таблицы другая |',
      '|---|---|---|---|---|---|---|',
      ...qualities.map(
        (q) =>
          `| ${q.file} | ${q.ours.pages} / ${q.office.pages} | ${q.ours.brokenWords.length} / ${q.office.brokenWords.length} | ${q.ours.loneLines.length} / ${q.office.loneLines.length} | ${percent(q.ours)} / ${percent(q.office)} | ${mm(q.ours)} / ${mm(q.office)} | ${q.word.pages}; ${q.word.differing.join(', ') || '—'} |`,
      ),
    ];
    const note =
      'В каждой ячейке: наш PDF / PDF, который LibreOffice сделал из нашего DOCX. Последний столбец — страницы нашего ' +
      'DOCX, как их считает вёрстка библиотеки docx (`docx/layout`, по правилам Word): их число должно совпасть с нашим, ' +
      'номера страниц, где первой начинается другая строка таблицы, показаны для сведения.';
    writeFileSync(
      join(review, 'report.md'),
      `${table.join('\n')}\n\n## Качество вёрстки\n\n${note}\n\n${quality.join('\n')}\n`,
    );
    console.log([...table, '', ...quality].join('\n'));
    expect(reports.length).toBeGreaterThan(0);
  });
});
