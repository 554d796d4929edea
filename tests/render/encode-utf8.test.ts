import { describe, expect, it } from 'vitest';
import { encodeUtf8 } from '../../src/render/encode-utf8.js';

const decode = (bytes: Uint8Array) => new TextDecoder('utf-8', { fatal: true }).decode(bytes);

describe('encodeUtf8', () => {
  it('writes text and bytes one after another, as the joined text would encode', () => {
    // One, two, three and four bytes a character: ASCII, Cyrillic, «—», and a character beyond the BMP.
    const pieces = ['<w:t>', 'Дорожная карта — этап 1', new TextEncoder().encode('«Итог»'), '𝔸</w:t>'];
    const bytes = encodeUtf8(pieces);
    expect(decode(bytes)).toBe('<w:t>Дорожная карта — этап 1«Итог»𝔸</w:t>');
    expect([...bytes]).toEqual([...new TextEncoder().encode('<w:t>Дорожная карта — этап 1«Итог»𝔸</w:t>')]);
  });

  it('gives no bytes for no pieces or empty ones', () => {
    expect(encodeUtf8([]).length).toBe(0);
    expect(encodeUtf8(['', new Uint8Array(0)]).length).toBe(0);
  });

  it('holds text of only three-byte characters, the most a UTF-16 unit takes', () => {
    const dashes = '—'.repeat(1000);
    expect(decode(encodeUtf8([dashes, dashes]))).toBe(dashes + dashes);
  });
});
