import { platform } from '../../platform/index.js';

type Item = Record<string, unknown> & { style?: unknown };
type Stack = { getProperty(property: string): unknown };
type GetStyleProperty = (
  item: Item,
  stack: Stack | undefined,
  property: string,
  fallback: unknown,
) => unknown;
type StackClass = { getStyleProperty: GetStyleProperty };
type Inlines = { buildInlines(textArray: unknown, stack: Stack): unknown };

let patched = false;

/**
 * Each style property of a text node's words looked up in pdfmake's style stack once per node, not once per word.
 * pdfmake asks the stack for ~20 properties of every word it measures (TextInlines.measure), each time pushing the
 * word, walking every node above it and popping — half its layout time on a large table. While one node's words are
 * measured the stack does not change, so a property a word does not set itself has one value for all of them; a
 * word with named styles of its own is looked up as before. The layout is byte for byte the same.
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
    const known = new Map<string, unknown>();
    Stack.getStyleProperty = (item, from, property, fallback) => {
      const own = item[property];
      if (own !== undefined && own !== null) return own;
      if (from !== stack || item.style !== undefined) return lookUp(item, from, property, fallback);
      let value = known.get(property);
      if (!known.has(property)) {
        value = stack.getProperty(property);
        known.set(property, value);
      }
      return value !== undefined && value !== null ? value : fallback;
    };
    try {
      return build.call(this, textArray, stack);
    } finally {
      Stack.getStyleProperty = lookUp;
    }
  };
  patched = true;
}
