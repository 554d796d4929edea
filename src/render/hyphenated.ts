import { hyphenateText } from '../language/hyphenation.js';
import type { Inline, Paragraph } from '../model/schema.js';
import { styles } from '../model/styles.js';

const known = new WeakMap<Paragraph, readonly Inline[]>();

/**
 * A paragraph's inlines as both renderers set them: in a style that hyphenates (model/styles.ts), every word with soft
 * hyphens at its Russian hyphenation points — the PDF breaks there with a drawn hyphen, the DOCX carries them as
 * Word's optional hyphens, so Word and LibreOffice break where the PDF does. Once per paragraph: the model never
 * changes, and the column widths, the height estimate and both renderers ask for the same paragraph. A body
 * paragraph's last word stays whole (withLastWordsWhole).
 */
export function toSetInlines(paragraph: Paragraph): readonly Inline[] {
  if (!styles[paragraph.style].hyphenate) return paragraph.children;
  let inlines = known.get(paragraph);
  if (inlines === undefined) {
    const hyphenated = paragraph.children.map((inline) =>
      inline.type === 'text' ? { ...inline, value: hyphenateText(inline.value) } : inline,
    );
    inlines = styles[paragraph.style].firstLineMm > 0 ? withLastWordsWhole(hyphenated) : hyphenated;
    known.set(paragraph, inlines);
  }
  return inlines;
}

const softHyphens = /\u00AD/g;

/**
 * The last word of each line of a body paragraph without its hyphenation points: a paragraph of running text does
 * not end on «…в установленные сро-/ки.», as a careful typist moves the whole word to the last line (the page is
 * wide enough for any word). Table text keeps them: there a long last word may need them to fit its column.
 */
function withLastWordsWhole(inlines: readonly Inline[]): Inline[] {
  return inlines.map((inline, i) => {
    if (inline.type !== 'text') return inline;
    const next = inlines[i + 1];
    if (next !== undefined && next.type !== 'lineBreak') return inline;
    const start = inline.value.lastIndexOf(' ') + 1;
    const last = inline.value.slice(start);
    return last.includes('\u00AD')
      ? { ...inline, value: inline.value.slice(0, start) + last.replace(softHyphens, '') }
      : inline;
  });
}
