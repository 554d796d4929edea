import type { DocBlock, DocSection } from './docx/blocks.js';
import { toStampLines } from './recognise/stamps.js';

const opensAppendix = (block: DocBlock) =>
  (block.kind === 'paragraph' && /^Лист\s+ознакомления/i.test(block.text.trim())) ||
  toStampLines(block).some((lines) => lines.some((l) => /^Приложение(?![а-яё])/i.test(l.trim())));

/**
 * An appendix put on a new page by a page break rather than a section break (Word users often do that) starts
 * a section of its own: after a page break, a block that opens with «Приложение …» begins the next document, and
 * so does «Лист ознакомления» (compose-plan.ts gives it to the document before it).
 */
export function splitAtAppendixPages(section: DocSection): DocSection[] {
  const parts: DocBlock[][] = [[]];
  section.blocks.forEach((block, i) => {
    const before = section.blocks[i - 1];
    const broken =
      (block.kind === 'paragraph' && block.pageBreak) || (before?.kind === 'paragraph' && before.pageBreak);
    if (broken && parts.at(-1)!.length > 0 && opensAppendix(block)) parts.push([]);
    parts.at(-1)!.push(block);
  });
  return parts.map((blocks) => ({ landscape: section.landscape, blocks }));
}
