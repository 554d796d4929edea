import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { encodeLatin1 } from '../../src/platform/encode-latin1.js';

describe('encodeLatin1', () => {
  it('gives the bytes Buffer gives for latin1, the low byte of every unit', () => {
    expect([...encodeLatin1('BT /F1 12 Tf\n<00a5> Tj')]).toEqual([
      ...Buffer.from('BT /F1 12 Tf\n<00a5> Tj', 'latin1'),
    ]);
    expect([...encodeLatin1('\u00ff\u0100Я')]).toEqual([0xff, 0x00, 0x2f]);
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (text) => {
        expect(Buffer.from(encodeLatin1(text)).equals(Buffer.from(text, 'latin1'))).toBe(true);
      }),
      { seed: 19, numRuns: 500 },
    );
  });
});
