import { fontMetrics } from '../font-metrics-data.js';

/**
 * Every printed character must exist in the embedded font (pdfmake has no fallback: a missing glyph is an empty
 * box). A few characters the font lacks have safe equivalents and are replaced; any other is rejected at its
 * YAML line by the plan check (docs/format.md, «Символы»).
 */
export const glyphReplacements: ReadonlyMap<string, string> = new Map([
  ['\u2011', '-'], // non-breaking hyphen → hyphen
  ['\u2060', ''], // word joiner → nothing
  ['\uFEFF', ''], // zero-width no-break space (a BOM inside text) → nothing
]);

const replaceable = new RegExp(`[${[...glyphReplacements.keys()].join('')}]`, 'u');

/** Replaces the characters that have a documented safe equivalent. */
export function toSafeGlyphs(text: string): string {
  if (!replaceable.test(text)) return text;
  let out = text;
  for (const [from, to] of glyphReplacements) out = out.replaceAll(from, to);
  return out;
}

let covered: { readonly set: ReadonlySet<number>; readonly outside: RegExp } | undefined;

/**
 * Code points both the regular and the bold face of Liberation Serif can draw (read from the fonts at build time,
 * font-metrics.ts), and a regex that finds a character outside them (or the replaceable ones): one native scan
 * answers for the usual text that has none.
 */
function coverage(): NonNullable<typeof covered> {
  if (covered) return covered;
  const set = new Set<number>();
  for (const [first, last] of fontMetrics.covered) for (let cp = first; cp <= last; cp++) set.add(cp);
  const ranges = fontMetrics.covered.map(
    ([first, last]) => `\\u{${first.toString(16)}}-\\u{${last.toString(16)}}`,
  );
  covered = { set, outside: new RegExp(`[^${ranges.join('')}\\n\\r\\t]`, 'u') };
  return covered;
}

/** The distinct characters of a text the font cannot draw (after safe replacements); line breaks are fine. */
export function findMissingGlyphs(text: string): string[] {
  const { set: font, outside } = coverage();
  if (!outside.test(text)) return [];
  const missing = new Set<string>();
  for (const ch of toSafeGlyphs(text)) {
    if (ch === '\n' || ch === '\r' || ch === '\t') continue;
    if (!font.has(ch.codePointAt(0)!)) missing.add(ch);
  }
  return [...missing];
}
