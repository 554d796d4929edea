import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { generate } from '../../src/generate.js';
import { convertWithLibreOffice } from './compare.js';

/**
 * A user edits the DOCX in LibreOffice: it opens without repair and survives docx → odt → docx with the same
 * text, tables, merged cells and numbering.
 */
const root = resolve(import.meta.dirname, '../..');
const dir = join(root, 'render-review', 'round-trip');

function documentXml(path: string): string {
  return strFromU8(unzipSync(new Uint8Array(readFileSync(path)))['word/document.xml']!);
}

/** Words of the visible text, in order. */
function words(xml: string): string[] {
  return (xml.match(/<w:t(?: [^>]*)?>[^<]*<\/w:t>/g) ?? [])
    .map((t) => t.replace(/<[^>]+>/g, ''))
    .join(' ')
    .split(/[\s\u00A0]+/)
    .filter(Boolean);
}

const count = (xml: string, pattern: RegExp) => (xml.match(pattern) ?? []).length;

describe('DOCX round trip through LibreOffice', () => {
  it.each(['chita-mentoring-package.yaml', 'kolomna-calendar-plan.yaml'])('%s', async (plan) => {
    rmSync(join(dir, plan), { recursive: true, force: true });
    mkdirSync(join(dir, plan, 'odt'), { recursive: true });
    const files = await generate(readFileSync(join(root, 'data', plan), 'utf8'), { createdAt: new Date(0) });
    for (const f of files.filter((file) => file.docx)) {
      const original = join(dir, plan, `${f.fileName}.docx`);
      writeFileSync(original, f.docx!);
      convertWithLibreOffice([original], join(dir, plan, 'odt'), 'odt');
      convertWithLibreOffice([join(dir, plan, 'odt', `${f.fileName}.odt`)], join(dir, plan, 'back'), 'docx');
      const before = documentXml(original);
      const after = documentXml(join(dir, plan, 'back', `${f.fileName}.docx`));
      expect(words(after), f.fileName).toEqual(words(before));
      expect(count(after, /<w:tbl>/g), `${f.fileName}: tables`).toBe(count(before, /<w:tbl>/g));
      expect(count(after, /<w:vMerge w:val="restart"\/>/g), `${f.fileName}: merged cells`).toBe(
        count(before, /<w:vMerge w:val="restart"\/>/g),
      );
      expect(count(after, /<w:numPr>/g), `${f.fileName}: numbered paragraphs`).toBe(
        count(before, /<w:numPr>/g),
      );
      expect(count(after, /<w:tblHeader(?: w:val="true")?\/>/g), `${f.fileName}: repeated header rows`).toBe(
        count(before, /<w:tblHeader\/>/g),
      );
    }
  });
});
