import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { generate } from '../../src/generate.js';

/** The same plan and creation time give byte-identical files (SOURCE_DATE_EPOCH, reproducible builds). */
const root = resolve(import.meta.dirname, '../..');
const plan = readFileSync(join(root, 'data', 'chita-mentoring-package.yaml'), 'utf8');
const createdAt = new Date('2020-10-01T09:30:00Z');

describe('determinism', () => {
  it('builds byte-identical DOCX and PDF twice, two seconds apart (zip times step by 2 s)', {
    timeout: 30_000,
  }, async () => {
    const first = await generate(plan, { createdAt });
    await new Promise((r) => setTimeout(r, 2100));
    const second = await generate(plan, { createdAt });
    expect(second.map((f) => f.fileName)).toEqual(first.map((f) => f.fileName));
    second.forEach((f, i) => {
      if (f.docx)
        expect(Buffer.from(f.docx).equals(Buffer.from(first[i]!.docx!)), `${f.fileName}.docx`).toBe(true);
      expect(Buffer.from(f.pdf!).equals(Buffer.from(first[i]!.pdf!)), `${f.fileName}.pdf`).toBe(true);
    });
  });

  it('writes the creation time into the DOCX properties', async () => {
    const [order] = await generate(plan, { createdAt, formats: ['docx'] });
    const core = strFromU8(unzipSync(order!.docx!)['docProps/core.xml']!);
    expect(core).toContain('>2020-10-01T09:30:00Z</dcterms:created>');
    expect(core).toContain('>2020-10-01T09:30:00Z</dcterms:modified>');
  });
});
