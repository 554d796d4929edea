import fc from 'fast-check';
import { keyWords, plainValues } from './_vocabulary.js';

/**
 * Mutations of a plan's text, as a user's editor makes them: a line deleted, doubled, moved or re-indented,
 * characters typed or deleted, a file cut short, a value or a key replaced by another (of another type).
 * Positions are plain numbers taken modulo the text's size, so fast-check shrinks them towards the start.
 */
export type TextMutation =
  | { readonly kind: 'delete-line' | 'duplicate-line' | 'truncate'; readonly at: number }
  | { readonly kind: 'swap-lines'; readonly at: number; readonly other: number }
  | { readonly kind: 'indent'; readonly at: number; readonly by: number }
  | { readonly kind: 'insert' | 'replace-value' | 'replace-key'; readonly at: number; readonly text: string }
  | { readonly kind: 'delete-chars'; readonly at: number; readonly length: number };

/** What gets typed: YAML syntax characters, invisible and missing-glyph characters, YAML constructs. */
const typed = [
  ...':-[]{},#&*!|>\'"%@`?~\\\t\n\r\u0000\u00A0\uFEFF\u200B\u2011',
  ...[': ', '- ', ' #', '? ', '\r\n', '🎉', '  ', '\n  - ', '&a ', '*a', '<<: *a', '!!str ', '!!binary '],
  ...['---\n', '...\n', '%YAML 1.2\n', '{{', '<w:p>'],
];

/** What replaces a value: YAML of every type, tags, anchors, block scalars, and the plain values as JSON. */
const yamlValues = [
  ...['~', '[]', '{}', '[a, b]', '{ x: 1 }', '.nan', '.inf', '1e400', '99999999999999999999', '0x1F', '0o17'],
  ...['|\n  two\n  lines', '>-', '*alias', '&anchor x', '!!binary aGVsbG8=', '!!timestamp 2001-12-14'],
  ...['!!set { a, b }', '!!omap [a: 1]', '!!int "abc"', '!!float', '!custom x', '"\\x41"', '"\\u2011"'],
  ...plainValues.map((v) => JSON.stringify(v) ?? 'null'),
];

const at = fc.nat();
export const textMutationArb: fc.Arbitrary<TextMutation> = fc.oneof(
  fc.record({ kind: fc.constantFrom('delete-line', 'duplicate-line', 'truncate'), at }),
  fc.record({ kind: fc.constant('swap-lines'), at, other: fc.nat() }),
  fc.record({ kind: fc.constant('indent'), at, by: fc.constantFrom(-4, -2, -1, 1, 2, 4) }),
  fc.record({
    kind: fc.constant('insert'),
    at,
    text: fc.oneof(fc.constantFrom(...typed), fc.string({ maxLength: 3 })),
  }),
  fc.record({ kind: fc.constant('replace-value'), at, text: fc.constantFrom(...yamlValues) }),
  fc.record({ kind: fc.constant('replace-key'), at, text: fc.constantFrom(...keyWords) }),
  fc.record({ kind: fc.constant('delete-chars'), at, length: fc.integer({ min: 1, max: 40 }) }),
);

/** Applies one mutation to a plan text. */
export function applyTextMutation(source: string, m: TextMutation): string {
  const lines = source.split('\n');
  const i = m.at % lines.length;
  const line = lines[i]!;
  const withLine = (...replacement: string[]) =>
    [...lines.slice(0, i), ...replacement, ...lines.slice(i + 1)].join('\n');
  switch (m.kind) {
    case 'delete-line':
      return withLine();
    case 'duplicate-line':
      return withLine(line, line);
    case 'truncate':
      return source.slice(0, m.at % (source.length + 1));
    case 'swap-lines': {
      const j = m.other % lines.length;
      const swapped = [...lines];
      [swapped[i], swapped[j]] = [lines[j]!, line];
      return swapped.join('\n');
    }
    case 'indent':
      return withLine(m.by > 0 ? ' '.repeat(m.by) + line : line.slice(Math.min(-m.by, line.search(/\S|$/))));
    case 'insert': {
      const pos = m.at % (source.length + 1);
      return source.slice(0, pos) + m.text + source.slice(pos);
    }
    case 'delete-chars': {
      const pos = m.at % (source.length + 1);
      return source.slice(0, pos) + source.slice(pos + m.length);
    }
    case 'replace-value': {
      const colon = line.indexOf(': ');
      const dash = /^\s*- /.exec(line);
      if (colon >= 0) return withLine(`${line.slice(0, colon + 2)}${m.text}`);
      return withLine(dash ? `${dash[0]}${m.text}` : m.text);
    }
    case 'replace-key':
      return withLine(line.replace(/^(\s*(?:- )?)[^\s:#][^:#]*:/, `$1${m.text}:`));
  }
}

/** A plan text with one to `most` mutations applied (a failure prints the resulting text). */
export function mutatedTextArb(seed: fc.Arbitrary<string>, most = 4): fc.Arbitrary<string> {
  return fc
    .tuple(seed, fc.array(textMutationArb, { minLength: 1, maxLength: most }))
    .map(([source, mutations]) => mutations.reduce(applyTextMutation, source));
}
