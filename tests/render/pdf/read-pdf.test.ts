import { describe, expect, it } from 'vitest';
import { findReferences, mapReferences, readPdf } from '../../../src/render/pdf/read-pdf.js';
import { makePdfkitPart } from './fixtures.js';

describe('readPdf (of pdfkit output)', () => {
  it('reads the pages in order and every object by the cross-reference table', () => {
    const part = readPdf(makePdfkitPart());
    expect(part.pages).toEqual([4]);
    expect(part.objects.size).toBe(6);
    const stream = part.objects.get(5)!;
    expect(stream.head).toBe('<<\n/Length 0\n>>\n');
    expect(Buffer.from(stream.tail).toString('latin1')).toBe('stream\n\nendstream\n');
    expect(part.objects.get(6)?.head).toBe('(unused)\n');
    expect(part.header).toBe('%PDF-1.3\n');
  });

  it('refuses a file that is not laid out as pdfkit writes', () => {
    expect(() => readPdf(new Uint8Array(Buffer.from('%PDF-1.7\n%%EOF\n')))).toThrow();
  });
});

describe('mapReferences', () => {
  it('renumbers references and leaves numbers and strings alone', () => {
    const text =
      '<<\n/Kids [4 0 R 12 0 R]\n/W [0 [10 0 R]]\n/T (see 4 0 R \\) 4 0 R)\n/H <FEFF0034>\n/F 2.4 0 R\n>>';
    expect(mapReferences(text, (id) => id + 100)).toBe(
      '<<\n/Kids [104 0 R 112 0 R]\n/W [0 [110 0 R]]\n/T (see 4 0 R \\) 4 0 R)\n/H <FEFF0034>\n/F 2.4 0 R\n>>',
    );
  });
});

describe('findReferences', () => {
  it('lists the referenced objects in order, none from strings or decimals', () => {
    expect(findReferences('<<\n/Kids [4 0 R 12 0 R]\n/T (see 5 0 R)\n/F 2.4 0 R\n/P 7 0 R\n>>')).toEqual([
      4, 12, 7,
    ]);
  });
});
