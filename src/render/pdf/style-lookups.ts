import { platform } from '../../platform/index.js';
import { compactWords, unsetValues } from './compact-inlines.js';

type Item = Record<string, unknown> & { style?: unknown };
type Stack = { getProperty(property: string): unknown };
type GetStyleProperty = (
  item: Item,
  stack: Stack | undefined,
  property: string,
  fallback: unknown,
) => unknown;
type StackClass = { getStyleProperty: GetStyleProperty };
type Font = { lineHeight(size: number): number };
type Word = Item & {
  text: string;
  font?: unknown;
  bold?: unknown;
  italics?: unknown;
  alignment?: unknown;
  fontSize?: number;
  fontFeatures?: unknown;
  characterSpacing?: unknown;
  color?: unknown;
  decoration?: unknown;
  decorationColor?: unknown;
  decorationStyle?: unknown;
  decorationThickness?: unknown;
  background?: unknown;
  link?: unknown;
  linkToPage?: unknown;
  linkToDestination?: unknown;
  noWrap?: unknown;
  opacity?: unknown;
  sup?: unknown;
  sub?: unknown;
  lineHeight?: number;
  preserveLeadingSpaces?: unknown;
  preserveTrailingSpaces?: unknown;
  leadingIndent?: number;
  width?: number;
  height?: number;
  leadingCut?: number;
  trailingCut?: number;
};
type Inlines = {
  buildInlines(textArray: unknown, stack: Stack): unknown;
  measure(array: Word[], stack: Stack): Word[];
  widthOfText(text: string, item: Word): number;
  pdfDocument: { provideFont(family: unknown, bold: unknown, italics: unknown): Font };
};

let patched = false;

/**
 * Each style property of a text node's words looked up in pdfmake's style stack once per node, not once per word.
 * pdfmake asks the stack for ~20 properties of every word it measures (TextInlines.measure), each time pushing the
 * word, walking every node above it and popping — half its layout time on a large table. While one node's words are
 * measured the stack does not change, so a property a word does not set itself has one value for all of them; a
 * word with named styles of its own is looked up as before. The line breaker's lookups go through pdfmake's
 * getStyleProperty, swapped while a node is built; the measuring itself (measureWord) is pdfmake's, property by
 * property, with the stack asked once. The layout is byte for byte the same.
 */
export function patchStyleLookups(): void {
  if (patched) return;
  const Stack = platform.loadModule<{ default: StackClass }>('pdfmake/js/StyleContextStack.js').default;
  const TextInlines = platform.loadModule<{ default: { prototype: Inlines } }>(
    'pdfmake/js/TextInlines.js',
  ).default;
  const lookUp = Stack.getStyleProperty;
  const build = TextInlines.prototype.buildInlines;
  TextInlines.prototype.buildInlines = function buildInlines(this: Inlines, textArray, stack) {
    const fromStack = createStackLookup(stack);
    Stack.getStyleProperty = (item, from, property, fallback) =>
      from !== stack || item.style !== undefined
        ? lookUp(item, from, property, fallback)
        : (item[property] ?? fromStack(property, fallback));
    try {
      return build.call(this, textArray, stack);
    } finally {
      Stack.getStyleProperty = lookUp;
    }
  };
  const measure = TextInlines.prototype.measure;
  TextInlines.prototype.measure = function measureWords(this: Inlines, array, stack) {
    if (array.some((word) => word.style !== undefined))
      return compactWords(measure.call(this, array, stack)) as Word[];
    const fromStack = createStackLookup(stack);
    const first = array[0];
    const indent = first ? ((first.leadingIndent ?? fromStack('leadingIndent', 0)) as number) : 0;
    if (first && indent) {
      first.leadingCut = -indent;
      first.leadingIndent = indent;
    }
    const stackLeavesUnset = [...unsetValues].every(
      ([property, unset]) => fromStack(property, unset) === unset,
    );
    for (const word of array) measureWord(this, word, fromStack, stackLeavesUnset);
    return array;
  };
  patched = true;
}

/** A property as the style stack gives it (looked up once), else pdfmake's default. */
function createStackLookup(stack: Stack): (property: string, fallback: unknown) => unknown {
  const known = new Map<string, unknown>();
  return (property, fallback) => {
    let value = known.get(property);
    if (value === undefined && !known.has(property)) {
      value = stack.getProperty(property);
      known.set(property, value);
    }
    return value ?? fallback;
  };
}

const leading = /^(\s)+/g;
const trailing = /(\s)+$/g;

/** What pdfmake's TextInlines.measure gives a word, property by property in its order, with its defaults. */
function measureWord(
  inlines: Inlines,
  word: Word,
  fromStack: (property: string, fallback: unknown) => unknown,
  stackLeavesUnset: boolean,
): void {
  const font = inlines.pdfDocument.provideFont(
    word.font ?? fromStack('font', 'Roboto'),
    word.bold ?? fromStack('bold', false),
    word.italics ?? fromStack('italics', false),
  );
  word.font = font;
  word.alignment = word.alignment ?? fromStack('alignment', 'left');
  word.fontSize = (word.fontSize ?? fromStack('fontSize', 12)) as number;
  word.fontFeatures = word.fontFeatures ?? fromStack('fontFeatures', null);
  word.characterSpacing = word.characterSpacing ?? fromStack('characterSpacing', 0);
  word.color = word.color ?? fromStack('color', 'black');
  // The properties a word leaves unset are not written at all (compact-inlines.ts drops them from pdfmake's words).
  // When the stack sets none of them, a word keeps just its own (the usual case: nothing to do).
  if (!stackLeavesUnset)
    for (const [property, unset] of unsetValues) {
      const value = word[property] ?? fromStack(property, unset);
      if (value !== unset) word[property] = value;
    }
  if (word.sup || word.sub) word.fontSize *= 0.58;
  const lineHeight = (word.lineHeight ?? fromStack('lineHeight', 1)) as number;
  word.width = inlines.widthOfText(word.text, word);
  word.height = font.lineHeight(word.fontSize) * lineHeight;
  if (!word.leadingCut) word.leadingCut = 0;
  if (!(word.preserveLeadingSpaces ?? fromStack('preserveLeadingSpaces', false))) {
    const spaces = word.text.match(leading);
    if (spaces) word.leadingCut += inlines.widthOfText(spaces[0]!, word);
  }
  word.trailingCut = 0;
  if (!(word.preserveTrailingSpaces ?? fromStack('preserveTrailingSpaces', false))) {
    const spaces = word.text.match(trailing);
    if (spaces) word.trailingCut = inlines.widthOfText(spaces[0]!, word);
  }
}
