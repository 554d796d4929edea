import { describe, expect, it } from 'vitest';
import { platform } from '../../../src/platform/index.js';
import { getPdfMake } from '../../../src/render/pdf/fonts.js';
import { toKeepId, toLeadId, toLeadKeepId } from '../../../src/render/pdf/keep.js';

type Doc = {
  addNamedDestination(name: string, ...target: unknown[]): void;
  _root: { data: { Names: { data: { Dests: { _items: Record<string, unknown> } } } } };
};

/** A pdfkit document of one page, after gramota’s patches of pdfkit (fonts.ts). */
function createDocument(): Doc {
  getPdfMake();
  const PDFDocument = platform.loadModule<new (options: object) => Doc>('pdfkit');
  return new PDFDocument({ autoFirstPage: true, font: null });
}

describe('named destinations of keep marks (keep-destinations.ts)', () => {
  it('names no destination after a keep mark, which nothing links to', () => {
    const doc = createDocument();
    for (const id of [toLeadId('s0.3'), toKeepId('s0.0.r3.c0'), toLeadKeepId(toLeadId('s0.4'), 's0.5')])
      doc.addNamedDestination(id, 'XYZ', 0, 0, null);
    expect(Object.keys(doc._root.data.Names.data.Dests._items)).toEqual([]);
  });

  it('still names any other destination', () => {
    const doc = createDocument();
    doc.addNamedDestination('appendix-1', 'XYZ', 0, 0, null);
    expect(Object.keys(doc._root.data.Names.data.Dests._items)).toEqual(['appendix-1']);
  });
});
