import type { DocBlock, DocParagraph } from '../docx/blocks.js';
import { readSignatureRow } from './signature-line.js';

/** Whether a line opens «С приказом ознакомлены:» (or «ознакомлен(а)»). */
export const isAcquaintedTitle = (p: DocParagraph) => /^С приказом ознакомлен/i.test(p.text.trim());

/**
 * Blocks as lines: a table's cells line by line, but a borderless signature row as one line, as if by tabs — above
 * «С приказом ознакомлены:» only, where a row «Методист | Бушина М.Б.» is one of the acquainted.
 */
export function toLines(blocks: readonly DocBlock[]): DocParagraph[] {
  const lines: DocParagraph[] = [];
  for (const b of blocks) {
    if (b.kind === 'paragraph') lines.push(b);
    else
      for (const row of b.rows) {
        const signature = b.borderless && !lines.some(isAcquaintedTitle) ? readSignatureRow(row) : undefined;
        lines.push(...(signature ? [signature] : row.cells.flatMap((c) => c.paragraphs)));
      }
  }
  return lines;
}
