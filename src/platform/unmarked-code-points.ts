/**
 * Whether a code point lies in a block without combining marks: Latin and its supplements up to the combining
 * diacriticals (U+0300), Greek and Cyrillic after them up to Cyrillic's own combining marks (U+0483–0489), the
 * rest of Cyrillic and Armenian (to Hebrew's points, U+0591), general punctuation, super- and subscripts and
 * currency signs (to the combining marks for symbols, U+20D0), letterlike symbols («№»), number forms, arrows and
 * mathematical operators («≥», «≤»). fontkit asks unicode-properties whether each glyph's
 * code points are marks; for these the answer is no without decoding its Unicode tables (~25 ms of a cold start).
 * tests/platform/unmarked-code-points.test.ts checks every one against unicode-properties.
 */
export function isUnmarkedCodePoint(codePoint: number): boolean {
  return (
    codePoint < 0x300 ||
    (codePoint >= 0x370 && codePoint < 0x483) ||
    (codePoint >= 0x48a && codePoint < 0x591) ||
    (codePoint >= 0x2000 && codePoint < 0x20d0) ||
    (codePoint >= 0x2100 && codePoint < 0x2300)
  );
}
