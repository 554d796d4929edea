import type { DocBlock, DocSection } from './docx/blocks.js';
import { toStampLines } from './recognise/stamps.js';

const opensAppendix = (block: DocBlock) =>
  (block.kind === 'paragraph' && /^Лист\s+ознакомления/i.test(block.text.trim())) ||
  toStampLines(block).some((lines) => lines.some((l) => /^Приложение(?![а-яё])/i.test(l.trim())));

/**
 * An appendix put on a new page by a page break rather than a section break (Word users often do that) starts
 * a section of its own: after a page break, a block that opens with «Приложение …» begins the next document, and
 * so does «Лист ознакомления» (compose-plan.ts gives it to the document before it). The break may stand a few
 * empty paragraphs above it, at the end of the last line of the page before (LibreOffice moves it there).
 */
export function splitAtAppendixPages(section: DocSection): DocSection[] {
  const parts: DocBlock[][] = [[]];
  section.blocks.forEach((block, i) => {
    const broken = (block.kind === 'paragraph' && block.pageBreak) || isBrokenBefore(section.blocks, i);
    if (broken && parts.at(-1)!.length > 0 && opensAppendix(block)) parts.push([]);
    parts.at(-1)!.push(block);
  });
  return parts.map((blocks) => ({ landscape: section.landscape, blocks }));
}

/** Whether a page break stands between the block at `at` and the text before it (empty paragraphs in between). */
function isBrokenBefore(blocks: readonly DocBlock[], at: number): boolean {
  for (let i = at - 1; i >= 0; i--) {
    const block = blocks[i]!;
    if (block.kind !== 'paragraph') return false;
    if (block.pageBreak) return true;
    if (block.text.trim() !== '') return false;
  }
  return false;
}
