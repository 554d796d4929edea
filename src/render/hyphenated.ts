import { hyphenateText } from '../language/hyphenation.js';
import type { Inline, Paragraph } from '../model/schema.js';
import { styles } from '../model/styles.js';
import { mmToPt } from '../model/units.js';
import { measureEm } from './measure.js';

const known = new WeakMap<Paragraph, readonly Inline[]>();

/**
 * A paragraph's inlines as both renderers set them: in a style that hyphenates (model/styles.ts), every word with soft
 * hyphens at its Russian hyphenation points — the PDF breaks there with a drawn hyphen, the DOCX carries them as
 * Word's optional hyphens, so Word and LibreOffice break where the PDF does. Once per paragraph: the model never
 * changes, and the column widths, the height estimate and both renderers ask for the same paragraph. A body
 * paragraph's last word leaves no short word fragment on its last line (withShortEndsWhole).
 */
export function toSetInlines(paragraph: Paragraph): readonly Inline[] {
  if (!styles[paragraph.style].hyphenate || paragraph.hyphenate === false) return paragraph.children;
  let inlines = known.get(paragraph);
  if (inlines === undefined) {
    const hyphenated = paragraph.children.map((inline) =>
      inline.type === 'text' ? { ...inline, value: hyphenateText(inline.value) } : inline,
    );
    inlines =
      styles[paragraph.style].firstLineMm > 0 ? withShortEndsWhole(hyphenated, paragraph.style) : hyphenated;
    known.set(paragraph, inlines);
  }
  return inlines;
}

/** The least last line of a paragraph, in first-line indents: «концевая строка» no shorter than one and a half. */
const endLineIndents = 1.5;

/**
 * The last word of each line of a body paragraph without the hyphenation points that would leave a short word
 * fragment on the paragraph's last line: a paragraph of running text does not end on «…в установленные сро-/ки.», as a careful typist
 * moves the whole word down (the page is wide enough for any word). A point with a tail of one and a half first-line
 * indents stays: «орга-/низаций-партнёров;» is a full last line, and without it the line above would justify with wide
 * gaps. Table text keeps them all: there a long last word may need them to fit its column.
 */
function withShortEndsWhole(inlines: readonly Inline[], style: Paragraph['style']): Inline[] {
  const { sizePt, firstLineMm } = styles[style];
  const leastPt = endLineIndents * mmToPt(firstLineMm);
  return inlines.map((inline, i) => {
    if (inline.type !== 'text') return inline;
    const next = inlines[i + 1];
    if (next !== undefined && next.type !== 'lineBreak') return inline;
    const start = inline.value.lastIndexOf(' ') + 1;
    const last = inline.value.slice(start);
    if (!last.includes('\u00AD')) return inline;
    const parts = last.split('\u00AD');
    const kept = parts.reduce((word, part, k) => {
      if (k === 0) return part;
      const tail = parts.slice(k).join('');
      return measureEm(tail, false) * sizePt >= leastPt ? `${word}\u00AD${part}` : word + part;
    }, '');
    return { ...inline, value: inline.value.slice(0, start) + kept };
  });
}
