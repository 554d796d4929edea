import { describe, expect, it } from 'vitest';

type AsciiBundle = { toAsciiBundle(source: string, file: string): string };
// A build script in plain JavaScript (scripts/), loaded by a path the type checker does not follow.
const script = '../../scripts/ascii-bundle.mjs';
const { toAsciiBundle } = (await import(script)) as AsciiBundle;

/** The value of an expression in source text, as the bundle would compute it. */
const evaluate = (source: string): unknown => new Function(`return ${source}`)();

describe('toAsciiBundle', () => {
  const samples = [
    String.raw`/^Приложение(?![а-яё])/i`,
    String.raw`/(?<![\p{L}\d.])([А-ЯЁ])\.[ \u00A0]?([А-ЯЁ])\./gu`,
    String.raw`/[«‹»›„“‟”"<&]|^\d{3,4}год/`,
    String.raw`/№[ \u00A0\u2009]*(?=[\p{L}\d])/gu`,
    String.raw`/\ё+/`,
    String.raw`/\\ё/`,
    '/😀+/u',
    '/😀+/',
  ];
  const inputs = [
    'Приложение 1',
    'приложениеа',
    'Г. В. Алейкина',
    '«цитата»',
    '1999год',
    '№ 5',
    'ёё',
    '\\ё',
    '😀😀',
    'abc',
  ];

  it('writes every character outside ASCII in a regular expression as an escape that matches the same text', () => {
    for (const sample of samples) {
      const ascii = toAsciiBundle(`const r=${sample};`, 'x.js');
      expect(ascii).not.toMatch(/[\u0080-\uFFFF]/);
      const [before, after] = [sample, ascii.slice('const r='.length, -1)].map((s) => evaluate(s) as RegExp);
      expect(after!.flags, sample).toBe(before!.flags);
      for (const input of inputs) {
        expect(input.replace(after!, '#'), `${sample} on ${input}`).toBe(input.replace(before!, '#'));
      }
    }
  });

  it('leaves ASCII text as it is', () => {
    const source = 'var a="\\u0410",b=/[a-z]\\u0451/g;String.raw`\\p{Lu}\\.`;';
    expect(toAsciiBundle(source, 'x.js')).toBe(source);
  });

  it('fails the build on a String.raw template with such a character: its raw text is its value', () => {
    expect(() => toAsciiBundle('new RegExp(String.raw`[А-Я]\\.`)', 'main.js')).toThrow(
      /main\.js: .*String\.raw/,
    );
  });
});
