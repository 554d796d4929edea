import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { generate } from '../../../src/generate.js';
import { readPdfText, squash } from '../../property/_extract.js';
import { collectPrinted } from '../../property/_printed.js';

const data = resolve(import.meta.dirname, '../../../data');
const createdAt = new Date('2020-10-01T09:30:00Z');

/** The Latin words among the values a plan prints verbatim: the glyphs the documents before it used least. */
function toLatinWords(source: string): string[] {
  const printed = [...collectPrinted(parse(source)).values()].flat();
  return [...new Set(printed.flatMap((value) => value.match(/[a-z][a-z.-]*[a-z]/gi) ?? []))];
}

describe('fonts parsed once per process (font-cache.ts)', () => {
  it('leave each later document a complete text layer: copied text gives back every word', {
    timeout: 60_000,
  }, async () => {
    // Documents rendered before it use glyphs (composites, Latin, bold) that a shared glyph cache would spoil.
    for (const name of ['chapaevsk-roadmap.yaml', 'chita-mentoring-package.yaml']) {
      await generate(readFileSync(join(data, name), 'utf8'), { createdAt, formats: ['pdf'] });
    }
    const source = readFileSync(join(data, 'chita-mentoring-roadmap.yaml'), 'utf8');
    const [roadmap] = await generate(source, { createdAt, formats: ['pdf'] });
    const text = squash(await readPdfText(roadmap!.pdf!));
    const words = toLatinWords(source);
    expect(words).toContain('peer-to-peer');
    expect(words.filter((w) => !text.includes(w))).toEqual([]);
  });
});
