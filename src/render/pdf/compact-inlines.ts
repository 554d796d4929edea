type Inline = Record<string, unknown>;

/**
 * Style properties pdfmake gives every word, each with the value it stands at when unset. Everything that reads them
 * (its Renderer, TextDecorator and LayoutBuilder, pdfkit's text options) reads them as true or false, or, `opacity`,
 * as a number or 1: a word without them is laid out and drawn the same. `fontFeatures` is not among them: kerning.ts
 * tells pdfmake's null from an absent value.
 */
export const unsetValues: ReadonlyMap<string, unknown> = new Map<string, unknown>([
  ['decoration', null],
  ['decorationColor', null],
  ['decorationStyle', null],
  ['decorationThickness', null],
  ['background', null],
  ['link', null],
  ['linkToPage', null],
  ['linkToDestination', null],
  ['noWrap', null],
  ['sup', false],
  ['sub', false],
  ['opacity', 1],
]);

/**
 * pdfmake copies ~20 style properties onto every word it measures (TextInlines.measure) and keeps every word in the
 * lines of its page until the whole PDF is written: at 10,000 rows ~790,000 words, the largest part of the layout's
 * memory. The words pdfmake's own measure gives (style-lookups.ts falls back to it for words with named styles) are
 * kept without the properties they leave unset (about half of them); style-lookups.ts writes none. Same bytes.
 */
export function compactWords(measured: Inline[]): Inline[] {
  for (let i = 0; i < measured.length; i++) {
    const word = measured[i]!;
    if (hasUnset(word)) measured[i] = withoutUnset(word);
  }
  return measured;
}

/** Whether a word holds a property at its unset value (style-lookups.ts writes none; pdfmake's own measure does). */
function hasUnset(inline: Inline): boolean {
  for (const [key, unset] of unsetValues) if (inline[key] === unset && key in inline) return true;
  return false;
}

/** The word with only the properties it sets, in their order (pdfmake copies a word key by key to split it). */
export function withoutUnset(inline: Inline): Inline {
  const kept: Inline = {};
  for (const key of Object.keys(inline)) {
    const value = inline[key];
    if (!unsetValues.has(key) || unsetValues.get(key) !== value) kept[key] = value;
  }
  return kept;
}
