import { describe, expect, it } from 'vitest';
import { encodeUtf8Pieces } from '../../src/render/encode-utf8.js';

const decode = (bytes: Uint8Array) => new TextDecoder('utf-8', { fatal: true }).decode(bytes);

describe('encodeUtf8Pieces', () => {
  it('encodes each text and keeps each array of bytes as it is', () => {
    // One, two, three and four bytes a character: ASCII, Cyrillic, «—», and a character beyond the BMP.
    const bytes = new TextEncoder().encode('«Итог»');
    const pieces = encodeUtf8Pieces(['<w:t>', 'Дорожная карта — этап 1', bytes, '𝔸</w:t>']);
    expect(pieces.map(decode)).toEqual(['<w:t>', 'Дорожная карта — этап 1', '«Итог»', '𝔸</w:t>']);
    expect(pieces[2]).toBe(bytes);
  });

  it('gives no pieces for none, and an empty array for an empty text', () => {
    expect(encodeUtf8Pieces([])).toEqual([]);
    expect(encodeUtf8Pieces([''])[0]!.length).toBe(0);
  });
});
