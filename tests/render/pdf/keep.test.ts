import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { generate } from '../../../src/generate.js';
import { readPdf } from './fixtures.js';

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
});
