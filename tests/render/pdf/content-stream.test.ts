import { describe, expect, it } from 'vitest';
import { toByteChunks } from '../../../src/render/pdf/content-stream.js';
import { renderPdf } from '../../../src/render/pdf/index.js';
import { readPdfText, squash } from '../../property/_extract.js';
import { makeDocument, makeSection, para } from './fixtures.js';

describe('content streams written as text (content-stream.ts)', () => {
  it('turn into the bytes pdfkit made chunk by chunk: one byte per UTF-16 unit, buffers kept in place', () => {
    const image = new Uint8Array([0, 255, 10, 13]);
    const chunks = ['BT\n', '[<0041> -250 <00e9>] TJ\n', 'Ж\u00ff\n', image, 'ET\n', 'Q\n'];
    const bytes = Buffer.concat(toByteChunks(chunks));
    const byChunk = Buffer.concat(chunks.map((c) => (typeof c === 'string' ? Buffer.from(c, 'binary') : c)));
    expect(bytes.equals(byChunk)).toBe(true);
    expect(bytes.length).toBe(chunks.reduce((n, c) => n + c.length, 0));
    expect(toByteChunks([])).toEqual([]);
  });

  it('leave the PDF text readable', async () => {
    const pdf = await renderPdf(
      makeDocument([makeSection([para('Дорожная карта: этап № 1 — «Подготовка»')])]),
    );
    expect(squash(await readPdfText(pdf))).toContain(squash('Дорожная карта: этап № 1 — «Подготовка»'));
  });
});
