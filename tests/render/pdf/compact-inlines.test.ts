import { describe, expect, it } from 'vitest';
import { withoutUnset } from '../../../src/render/pdf/compact-inlines.js';
import { loadTextInlines } from '../../_fixtures/pdfmake-text.js';

type Item = Record<string, unknown> & { text: string };

/** Faces whose glyphs are each half an em wide. */
const load = () =>
  loadTextInlines<Item>(() => ({
    widthOfString: (text: string, size: number) => (text.length * size) / 2,
    lineHeight: (size: number) => size,
  }));

describe('words kept without the style properties they leave unset (compact-inlines.ts)', () => {
  it('drops only the values that mean «unset» and keeps the order of the rest', () => {
    const word = {
      text: 'слово ',
      decoration: 'underline',
      decorationColor: null,
      fontFeatures: null,
      opacity: 1,
      sup: false,
      link: null,
      width: 30,
    };
    expect(Object.entries(withoutUnset(word))).toEqual([
      ['text', 'слово '],
      ['decoration', 'underline'],
      ['fontFeatures', null],
      ['width', 30],
    ]);
    expect(withoutUnset({ text: 'x', opacity: 0.5, sub: true })).toEqual({
      text: 'x',
      opacity: 0.5,
      sub: true,
    });
  });

  it('gives every measured word its measures and set styles, without the unset ones', () => {
    const { Stack, inlines } = load();
    const stack = new Stack({}, { font: 'LiberationSerif', fontSize: 12 });
    const { items } = inlines.buildInlines(
      [{ text: 'обычное ' }, { text: 'подчёркнутое', decoration: 'underline' }],
      stack,
    );
    expect(items.map((i) => i.text)).toEqual(['обычное ', 'подчёркнутое']);
    expect(items[0]).toMatchObject({ fontSize: 12, width: 48, fontFeatures: null, characterSpacing: 0 });
    expect(items[1]).toMatchObject({ decoration: 'underline', width: 72 });
    for (const key of ['decoration', 'link', 'background', 'noWrap', 'opacity', 'sup', 'sub'])
      expect(Object.keys(items[0]!)).not.toContain(key);
  });

  it('keeps the words of a named style, which pdfmake measures itself, without the unset ones too', () => {
    const { Stack, inlines } = load();
    const stack = new Stack(
      { note: { italics: true, fontSize: 10 } },
      { font: 'LiberationSerif', fontSize: 12 },
    );
    const { items } = inlines.buildInlines(
      [
        { text: 'примечание ', style: 'note' },
        { text: 'зачёркнутое', style: 'note', decoration: 'lineThrough' },
      ],
      stack,
    );
    expect(items.map((i) => i.text)).toEqual(['примечание ', 'зачёркнутое']);
    expect(items[0]).toMatchObject({ fontSize: 10, width: 55 }); // 11 half-em glyphs at 10 pt
    expect(items[1]).toMatchObject({ decoration: 'lineThrough', width: 55 });
    for (const key of ['decoration', 'link', 'background', 'noWrap', 'opacity', 'sup', 'sub'])
      expect(Object.keys(items[0]!)).not.toContain(key);
  });
});
