import { platform } from '../../src/platform/index.js';
import { getPdfMake } from '../../src/render/pdf/fonts.js';

export type StyleStack = { push(style: unknown): void; getProperty(property: string): unknown };
export type TextInlines<Item> = { buildInlines(text: unknown, stack: StyleStack): { items: Item[] } };

/**
 * pdfmake's text measuring and style stack as the layout gets them, after gramota's patches (fonts.ts), measuring
 * with the faces `provideFont` gives.
 */
export function loadTextInlines<Item>(provideFont: (font: string, bold: boolean) => object): {
  Stack: new (styles: object, defaultStyle: object) => StyleStack;
  inlines: TextInlines<Item>;
} {
  getPdfMake();
  const Stack = platform.loadModule<{ default: new (styles: object, defaultStyle: object) => StyleStack }>(
    'pdfmake/js/StyleContextStack.js',
  ).default;
  const TextInlines = platform.loadModule<{ default: new (doc: object) => TextInlines<Item> }>(
    'pdfmake/js/TextInlines.js',
  ).default;
  return { Stack, inlines: new TextInlines({ provideFont }) };
}
