import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type GeneratedDocument, generate } from '../../src/generate.js';
import { goldenCases } from '../_fixtures/golden-cases.js';
import { validateDocxParts } from './_validators/docx-schemas.js';
import { listModelParagraphs, readWithMammoth, toWords } from './_validators/mammoth-read.js';
import { checkPdfA, checkWithQpdf, readPageLabels, readWithQpdf } from './_validators/pdf-checks.js';

/**
 * Every file of every data/ plan and test plan through external validators and a third-party reader: the OOXML
 * schemas (xmllint), qpdf and a PDF/A-2b structural check, and mammoth. CI installs xmllint and qpdf (.ci/run).
 */
const createdAt = new Date('2020-10-01T00:00:00Z');
/** Each check reads every file once: a generous limit, not a speed requirement. */
const timeout = 300_000;
let folder: string;
let files: (GeneratedDocument & { readonly name: string })[];

beforeAll(async () => {
  folder = mkdtempSync(join(tmpdir(), 'gramota-validators-'));
  const built = await Promise.all(
    goldenCases.map(async ({ name, plan }) =>
      (
        await generate(readFileSync(plan, 'utf8'), {
          file: basename(plan),
          baseDir: dirname(plan),
          createdAt,
        })
      ).map((file) => ({ ...file, name: `${name}/${file.fileName}` })),
    ),
  );
  files = built.flat();
}, timeout);

afterAll(() => {
  rmSync(folder, { recursive: true, force: true });
});

const docxFiles = () =>
  files.flatMap((f) => (f.docx ? [{ name: f.name, bytes: f.docx, model: f.model }] : []));
const pdfFiles = () => files.flatMap((f) => (f.pdf ? [{ name: f.name, bytes: f.pdf, model: f.model }] : []));

describe('DOCX against the ISO 29500 transitional schemas', () => {
  it(
    'validates every part of every DOCX (after the markup-compatibility step)',
    () => {
      const { problems, parts } = validateDocxParts(docxFiles(), join(folder, 'docx'));
      expect(problems).toEqual([]);
      // document, styles, settings, numbering, font table, theme, core, app… of each file
      expect(parts).toBeGreaterThanOrEqual(docxFiles().length * 12);
    },
    timeout,
  );
});

describe('PDF: qpdf and the PDF/A-2b structure', () => {
  it(
    'passes qpdf --check and the PDF/A-2b structural check, every file',
    () => {
      const problems = pdfFiles().flatMap((file, i) => {
        const path = join(folder, `${i}.pdf`);
        writeFileSync(path, file.bytes);
        return [...checkWithQpdf(path), ...checkPdfA(readWithQpdf(path)).map((p) => `${file.name}: ${p}`)];
      });
      expect(pdfFiles().length).toBeGreaterThan(10);
      expect(problems).toEqual([]);
    },
    timeout,
  );

  it(
    'bookmarks every document and appendix, and labels pages from 1 again at each',
    () => {
      for (const [i, file] of pdfFiles().entries()) {
        const path = join(folder, `labels-${i}.pdf`);
        writeFileSync(path, file.bytes);
        const pdf = readWithQpdf(path);
        const titles = file.model.sections.flatMap((s) => (s.title === undefined ? [] : [s.title]));
        expect(
          pdf.outlines.map((o) => o.title),
          file.name,
        ).toEqual(titles);
        const labels = readPageLabels(pdf);
        const starts = new Set(pdf.outlines.map((o) => o.destpageposfrom1 - 1));
        labels.forEach((label, page) => {
          expect(label, `${file.name}, page ${page + 1}`).toBe(starts.has(page) ? 1 : labels[page - 1]! + 1);
        });
      }
    },
    timeout,
  );
});

describe('DOCX read by mammoth', () => {
  it(
    'loses no word of any document and reads its title and section headings as headings 1 and 2',
    async () => {
      for (const file of docxFiles()) {
        const read = await readWithMammoth(file.bytes);
        const found = new Map<string, number>();
        for (const word of toWords(read.text)) found.set(word, (found.get(word) ?? 0) + 1);
        const paragraphs = listModelParagraphs(file.model);
        const lost = paragraphs
          .flatMap((p) => toWords(p.text))
          .filter((word) => {
            const left = found.get(word) ?? 0;
            found.set(word, left - 1);
            return left <= 0;
          });
        expect(lost, file.name).toEqual([]);
        const expected = paragraphs
          .filter((p) => (p.style === 'title' || p.style === 'heading') && toWords(p.text).length > 0)
          .map((p) => ({ level: p.style === 'title' ? 1 : 2, text: toWords(p.text).join(' ') }));
        const headings = read.headings.map((h) => ({ level: h.level, text: toWords(h.text).join(' ') }));
        expect(headings, file.name).toEqual(expected);
      }
    },
    timeout,
  );
});
