import type { DocParagraph } from '../../src/import/docx/blocks.js';

/** A plain paragraph as the DOCX reader gives it: no style, list marker or bold. */
export const toParagraph = (text: string, extra: Partial<DocParagraph> = {}): DocParagraph => ({
  kind: 'paragraph',
  text,
  style: '',
  marker: undefined,
  align: undefined,
  bold: false,
  pictures: 0,
  pageBreak: false,
  ...extra,
});
