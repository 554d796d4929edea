import { hyphenateText } from '../language/hyphenation.js';
import type { Inline, Paragraph } from '../model/schema.js';
import { styles } from '../model/styles.js';

const known = new WeakMap<Paragraph, readonly Inline[]>();

/**
 * A paragraph's inlines as both renderers set them: in a style that hyphenates (model/styles.ts), every word with soft
 * hyphens at its Russian hyphenation points — the PDF breaks there with a drawn hyphen, the DOCX carries them as
 * Word's optional hyphens, so Word and LibreOffice break where the PDF does. Once per paragraph: the model never
 * changes, and the column widths, the height estimate and both renderers ask for the same paragraph.
 */
export function toSetInlines(paragraph: Paragraph): readonly Inline[] {
  if (!styles[paragraph.style].hyphenate) return paragraph.children;
  let inlines = known.get(paragraph);
  if (inlines === undefined) {
    inlines = paragraph.children.map((inline) =>
      inline.type === 'text' ? { ...inline, value: hyphenateText(inline.value) } : inline,
    );
    known.set(paragraph, inlines);
  }
  return inlines;
}
