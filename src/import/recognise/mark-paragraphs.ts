import { actFormsPattern } from '../../language/act-kinds.js';
import type { DocBlock, DocParagraph } from '../docx/blocks.js';
import { appendixMarkLine } from './stamps.js';

/** A line that goes on with an appendix mark: «к приказу МБОУ «СОШ № 5»», «от 01.09.2025 № 215», «к заявке». */
const goesOnMark = new RegExp(
  `^(?:к\\s+(?:${actFormsPattern('dative')}|заявке)(?![а-яё])|от\\s.*№|№\\s*\\S+\\s+от\\s)`,
  'i',
);

/**
 * An appendix mark typed as paragraphs of its own («Приложение № 2» ⏎ «к приказу …» ⏎ «от 01.09.2025 № 215») as one
 * paragraph of lines, the way a stamp cell or line breaks give it, and how many blocks it took; undefined when the
 * blocks do not open with such a mark. A right-aligned mark takes the right-aligned lines under it (an
 * organization's name wrapped to a line of its own), up to the line with the order's date and number.
 */
export function joinMarkParagraphs(
  blocks: readonly DocBlock[],
): { readonly block: DocParagraph; readonly taken: number } | undefined {
  const first = blocks[0];
  if (
    first?.kind !== 'paragraph' ||
    first.marker ||
    !appendixMarkLine.test(first.text.split('\n')[0]!.trim())
  )
    return undefined;
  const lines = [first.text];
  let taken = 1;
  for (const next of blocks.slice(1)) {
    if (next.kind !== 'paragraph' || next.marker || /от\s.*№|№\s*\S+\s+от\s/i.test(lines.join(' '))) break;
    const text = next.text.trim();
    if (!goesOnMark.test(text) && !(first.align === 'right' && next.align === 'right')) break;
    lines.push(text);
    taken += 1;
  }
  return taken > 1 ? { block: { ...first, text: lines.join('\n') }, taken } : undefined;
}
