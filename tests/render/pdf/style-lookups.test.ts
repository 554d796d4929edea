import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { withoutUnset } from '../../../src/render/pdf/compact-inlines.js';
import { loadTextInlines, type TextInlines } from '../../_fixtures/pdfmake-text.js';

type Item = { text: string; font: { bold: boolean }; fontSize: number; alignment: string; color: string };
type Inlines = TextInlines<Item>;

/** Two faces whose glyphs are each half an em wide. */
const fonts = [false, true].map((bold) => ({
  bold,
  widthOfString: (text: string, size: number) => (text.length * size) / 2,
  lineHeight: (size: number) => size,
}));

const load = () => loadTextInlines<Item>((_font, bold) => fonts[bold ? 1 : 0]!);

describe('style lookups once per text node (style-lookups.ts)', () => {
  it('gives every word the properties of the nodes above it, its own and its named styles first', () => {
    const { Stack, inlines } = load();
    const stack = new Stack({ big: { fontSize: 20 } }, { font: 'LiberationSerif', fontSize: 12 });
    stack.push({ alignment: 'justify' });
    stack.push({ color: 'blue', fontSize: 11 });
    const { items } = inlines.buildInlines(
      [
        { text: 'обычное слово ' },
        { text: 'жирное ', bold: true },
        { text: 'крупное ', style: 'big' },
        'конец',
      ],
      stack,
    );
    const byText = Object.fromEntries(items.map((i) => [i.text.trim(), i]));
    expect(byText['обычное']).toMatchObject({ fontSize: 11, alignment: 'justify', color: 'blue' });
    expect(byText['обычное']!.font.bold).toBe(false);
    expect(byText['жирное']!.font.bold).toBe(true);
    expect(byText['крупное']).toMatchObject({ fontSize: 20, color: 'blue' });
    expect(byText['конец']).toMatchObject({ fontSize: 11, alignment: 'justify' });
  });

  it('walks the style stack once per property for a whole node, not once per word', () => {
    const { Stack, inlines } = load();
    const stack = new Stack({}, { font: 'LiberationSerif' });
    stack.push({ fontSize: 12 });
    let walks = 0;
    const getProperty = stack.getProperty.bind(stack);
    stack.getProperty = (property) => {
      walks++;
      return getProperty(property);
    };
    const words = Array.from({ length: 60 }, (_, i) => `слово${i}`).join(' ');
    const { items } = inlines.buildInlines([{ text: words }], stack);
    expect(items).toHaveLength(60);
    // pdfmake asks ~25 properties of every word: unpatched, 60 words walk the stack some 1,500 times.
    expect(walks).toBeLessThan(40);
  });
});

describe('measuring words as pdfmake measures them (style-lookups.ts)', () => {
  it('gives every word the same properties, widths and cuts as pdfmake as it ships', () => {
    const { Stack, inlines } = load();
    const require = createRequire(import.meta.url);
    const path = require.resolve('pdfmake/js/TextInlines.js');
    const cached = require.cache[path];
    delete require.cache[path];
    const Pristine = (require('pdfmake/js/TextInlines.js') as { default: new (d: object) => Inlines })
      .default;
    if (cached) require.cache[path] = cached;
    const pdfDocument = (inlines as unknown as { pdfDocument: object }).pdfDocument;
    const text = [
      { text: '  отступ и слово ', leadingIndent: 12 },
      { text: 'жирное ', bold: true, characterSpacing: 0.5 },
      { text: 'надстрочное', sup: true },
      { text: ' хвост  ', preserveTrailingSpaces: true, lineHeight: 1.2 },
    ];
    const measured = (build: Inlines) => {
      const stack = new Stack({}, { font: 'LiberationSerif', fontSize: 12 });
      stack.push({ alignment: 'justify', color: 'blue' });
      return build.buildInlines(structuredClone(text), stack).items;
    };
    // Words are kept without the style properties they leave unset (compact-inlines.ts).
    expect(measured(inlines)).toEqual(measured(new Pristine(pdfDocument)).map(withoutUnset));
  });
});
