// Part of build-cli.mjs: the bundle's text made ASCII only. Node reads a bundle with any other character as UTF-8 into
// a string of two bytes a character: at 2.6 MB that decoding is ~8 ms of every cold start, and V8 then scans
// two-byte source. esbuild (charset: 'ascii') escapes strings, templates and names; regular expression literals and
// String.raw templates it leaves as they are, and these are escaped here.

const other = /(\\*)([\u0080-\u{10FFFF}])/gu;
/** Any UTF-16 unit outside ASCII. */
const notAscii = /[\u0080-\uFFFF]/;

/**
 * The source with every character outside ASCII in a regular expression literal written as its \u escape, which a
 * regular expression reads as the character itself (in a character class too, with or without the `u` flag; a
 * character outside the BMP becomes its surrogate pair, read as one character with `u` and as two without, as the
 * literal pair is). A character escaped for nothing («\ё», the same as «ё» without `u`) loses its backslash.
 * The raw text of a String.raw template is its value, so one with such a character fails the build: the source is
 * to give it through an ordinary string instead (language/typography-rules.ts).
 */
export function toAsciiBundle(source, file) {
  for (const [template, body] of source.matchAll(/String\.raw`((?:[^`\\]|\\[\s\S])*)`/g)) {
    if (notAscii.test(body))
      throw new Error(
        `${file}: a String.raw template holds characters outside ASCII: ${template.slice(0, 80)}`,
      );
  }
  const ascii = source.replace(other, (_, slashes, char) => {
    const kept = slashes.length % 2 === 1 ? slashes.slice(1) : slashes;
    return (
      kept +
      [...toUnits(char)].map((unit) => `\\u${unit.toString(16).toUpperCase().padStart(4, '0')}`).join('')
    );
  });
  if (notAscii.test(ascii)) throw new Error(`${file}: not ASCII after escaping`);
  return ascii;
}

function* toUnits(char) {
  for (let i = 0; i < char.length; i++) yield char.charCodeAt(i);
}
