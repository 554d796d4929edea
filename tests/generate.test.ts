import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { generate, generateFiles } from '../src/generate.js';
import { readPdfText } from './property/_extract.js';

const source = readFileSync('data/samara-network-order.yaml', 'utf8');
const options = { file: 'plan.yaml', createdAt: new Date('2026-01-15T09:00:00Z') };

describe('generateFiles (what the command writes)', () => {
  it('gives the files of generate, byte for byte, without their models', async () => {
    const [files, documents] = await Promise.all([generateFiles(source, options), generate(source, options)]);
    expect(files.length).toBeGreaterThan(1);
    expect(files.map((f) => [f.folder, f.fileName, f.kind])).toEqual(
      documents.map((d) => [d.folder, d.fileName, d.kind]),
    );
    files.forEach((file, i) => {
      expect('model' in file).toBe(false);
      expect(Buffer.from(file.docx ?? []).equals(Buffer.from(documents[i]!.docx ?? []))).toBe(true);
      expect(Buffer.from(file.pdf!).equals(Buffer.from(documents[i]!.pdf!))).toBe(true);
    });
  });
});

describe('draft PDFs (the studio preview)', () => {
  it('are not compressed, and hold the same pages and text', async () => {
    const [kept, draft] = await Promise.all([
      generate(source, { ...options, formats: ['pdf'] }),
      generate(source, { ...options, formats: ['pdf'], draft: true }),
    ]);
    expect(draft.map((d) => d.fileName)).toEqual(kept.map((d) => d.fileName));
    for (const [i, doc] of draft.entries()) {
      const text = Buffer.from(doc.pdf!).toString('latin1');
      expect(text).not.toContain('/FlateDecode');
      expect(Buffer.from(kept[i]!.pdf!).toString('latin1')).toContain('/FlateDecode');
      expect(doc.pdf!.length).toBeGreaterThan(kept[i]!.pdf!.length);
      expect(await readPdfText(doc.pdf!)).toBe(await readPdfText(kept[i]!.pdf!));
    }
  });
});
