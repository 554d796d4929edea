import { createRequire } from 'node:module';
import { brotliCompressSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { requireFontkit } from '../../src/platform/fontkit.js';

const require = createRequire(import.meta.url);
const fromFontkit = createRequire(require.resolve('fontkit'));
const brotliPath = fromFontkit.resolve('brotli/decompress.js');
const dictionaryPath = createRequire(brotliPath).resolve('./dec/dictionary-data.js');

describe('requireFontkit', () => {
  it('loads fontkit without brotli, which loads on its first call and decompresses as before', () => {
    const fontkit = requireFontkit<{ openSync: unknown }>(require);
    expect(typeof fontkit.openSync).toBe('function');
    expect(require.cache[dictionaryPath]).toBeUndefined();
    const text = 'Дорожная карта реализации проекта';
    const packed = brotliCompressSync(Buffer.from(text));
    const decompress = fromFontkit('brotli/decompress.js') as (bytes: Buffer, size?: number) => Uint8Array;
    expect(Buffer.from(decompress(packed)).toString()).toBe(text);
    expect(require.cache[dictionaryPath]).toBeDefined();
    expect(Buffer.from(decompress(packed)).toString()).toBe(text);
  });
});
