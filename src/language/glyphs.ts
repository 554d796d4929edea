import { openFace } from '../fonts.js';

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

/** Replaces the characters that have a documented safe equivalent. */
export function toSafeGlyphs(text: string): string {
  let out = text;
  for (const [from, to] of glyphReplacements) out = out.replaceAll(from, to);
  return out;
}

let covered: ReadonlySet<number> | undefined;

/** Code points both the regular and the bold face of Liberation Serif can draw. */
function coverage(): ReadonlySet<number> {
  if (covered) return covered;
  const regular = new Set(openFace(false).characterSet);
  const bold = openFace(true).characterSet;
  covered = new Set(bold.filter((cp) => regular.has(cp)));
  return covered;
}

/** The distinct characters of a text the font cannot draw (after safe replacements); line breaks are fine. */
export function findMissingGlyphs(text: string): string[] {
  const font = coverage();
  const missing = new Set<string>();
  for (const ch of toSafeGlyphs(text)) {
    if (ch === '\n' || ch === '\r' || ch === '\t') continue;
    if (!font.has(ch.codePointAt(0)!)) missing.add(ch);
  }
  return [...missing];
}
