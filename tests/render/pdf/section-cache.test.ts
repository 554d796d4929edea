import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { generate } from '../../../src/generate.js';
import { createSectionCache } from '../../../src/render/pdf/section-cache.js';
import { makeSection, para, readPdf, spyOnLayouts } from './fixtures.js';

const plan = readFileSync(join(import.meta.dirname, '../../../data/chita-mentoring-package.yaml'), 'utf8');
const clause = 'Положение определяет цели, задачи и порядок организации наставничества';
const createdAt = new Date('2025-01-15T09:00:00Z');

afterEach(() => {
  vi.restoreAllMocks();
});

describe('a section cache kept between builds (the studio)', () => {
  it('lays out again only the document that was edited, and writes the bytes a build without it writes', async () => {
    expect(plan).toContain(clause);
    const edited = plan.replace(clause, `${clause} и в его филиалах`);
    const cache = createSectionCache();
    const options = { formats: ['pdf'] as const, draft: true, createdAt };
    await generate(plan, { ...options, cache });
    const layouts = spyOnLayouts();
    const cached = await generate(edited, { ...options, cache });
    // The regulation is one section, laid out once for its own file and the package; nothing else is laid out.
    expect(layouts).toHaveBeenCalledTimes(1);
    layouts.mockClear();
    const fresh = await generate(edited, options);
    expect(layouts.mock.calls.length).toBeGreaterThan(5);
    expect(cached.map((d) => d.fileName)).toEqual(fresh.map((d) => d.fileName));
    cached.forEach((doc, i) => {
      expect(Buffer.from(doc.pdf!).equals(Buffer.from(fresh[i]!.pdf!)), doc.fileName).toBe(true);
    });
    const regulation = cached.find((d) => d.id === 'mentoring-regulation')!;
    const { texts } = await readPdf(regulation.pdf!);
    expect(texts.join(' ').replace(/\s+/g, ' ')).toContain('и в его филиалах в Колледже');
  }, 120_000);

  it('gives each build its own creation time: only the join writes it, and the join is made anew', async () => {
    const cache = createSectionCache();
    const later = new Date('2025-03-01T12:00:00Z');
    await generate(plan, { formats: ['pdf'], createdAt, cache });
    const layouts = spyOnLayouts();
    const cached = await generate(plan, { formats: ['pdf'], createdAt: later, cache });
    expect(layouts).not.toHaveBeenCalled();
    const fresh = await generate(plan, { formats: ['pdf'], createdAt: later });
    cached.forEach((doc, i) => {
      expect(Buffer.from(doc.pdf!).equals(Buffer.from(fresh[i]!.pdf!)), doc.fileName).toBe(true);
    });
  }, 120_000);

  it('keeps the pagination of a section: a roadmap laid out twice at first is not laid out again', async () => {
    const cache = createSectionCache();
    const roadmap = readFileSync(
      join(import.meta.dirname, '../../../data/vologda-literacy-roadmap.yaml'),
      'utf8',
    );
    const first = await generate(roadmap, { formats: ['docx', 'pdf'], createdAt, cache });
    const layouts = spyOnLayouts();
    const again = await generate(`${roadmap}\n# правка\n`, { formats: ['docx', 'pdf'], createdAt, cache });
    expect(layouts).not.toHaveBeenCalled();
    expect(Buffer.from(again[0]!.pdf!).equals(Buffer.from(first[0]!.pdf!))).toBe(true);
    expect(Buffer.from(again[0]!.docx!).equals(Buffer.from(first[0]!.docx!))).toBe(true);
  }, 120_000);
});

describe('createSectionCache', () => {
  const section = (text: string) => makeSection([para(text)]);
  const pdf = (byte: number) => Promise.resolve(new Uint8Array([byte]));

  it('finds a section by its content, whatever object holds it, and per compression', async () => {
    const cache = createSectionCache();
    cache.putPdf(section('Текст'), true, pdf(1));
    expect(await cache.pdfOf(section('Текст'), true)).toEqual(new Uint8Array([1]));
    expect(cache.pdfOf(section('Текст'), false)).toBeUndefined();
    expect(cache.pdfOf(section('Другой текст'), true)).toBeUndefined();
    const paginated = section('Текст, разбитый по страницам');
    cache.putPaginated(section('Текст'), paginated);
    expect(cache.paginatedOf(section('Текст'))).toBe(paginated);
  });

  it('keeps what this build and the one before used', () => {
    const cache = createSectionCache();
    cache.startBuild();
    cache.putPdf(section('первый'), true, pdf(1));
    cache.putPdf(section('второй'), true, pdf(2));
    cache.startBuild();
    expect(cache.pdfOf(section('первый'), true)).toBeDefined(); // used again
    cache.startBuild();
    expect(cache.pdfOf(section('второй'), true)).toBeUndefined();
    expect(cache.pdfOf(section('первый'), true)).toBeDefined();
    cache.startBuild();
    cache.startBuild();
    expect(cache.pdfOf(section('первый'), true)).toBeUndefined();
  });

  it('forgets a drawing that failed', async () => {
    const cache = createSectionCache();
    const failed = Promise.reject(new Error('сбой'));
    cache.putPdf(section('Текст'), true, failed);
    await expect(failed).rejects.toThrow('сбой');
    expect(cache.pdfOf(section('Текст'), true)).toBeUndefined();
  });
});
