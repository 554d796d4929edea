import { crc32, deflateRawSync, inflateRawSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { platform as browser } from '../../src/platform/browser.js';
import { concatBytes } from '../../src/platform/concat-bytes.js';
import { computeCrc32 } from '../../src/platform/crc32.js';
import { deflateRawPieces } from '../../src/platform/deflate-pieces.js';
import { platform as node } from '../../src/platform/node.js';

const encoder = new TextEncoder();

/** A cell as the DOCX renderer writes a table's: most of each row's bytes are the same from row to row. */
const cell = (twip: number, text: string) =>
  `<w:tc><w:tcPr><w:tcW w:type="dxa" w:w="${twip}"/><w:vAlign w:val="top"/></w:tcPr><w:p><w:pPr>` +
  `<w:pStyle w:val="GramotaTableText"/><w:jc w:val="left"/></w:pPr><w:r><w:t>${text}</w:t></w:r></w:p></w:tc>`;

/** A big table's rows as the DOCX renderer keeps them: a piece of UTF-8 each, megabytes in all. */
function makeRows(count: number): Uint8Array[] {
  return Array.from({ length: count }, (_, i) =>
    encoder.encode(
      `<w:tr><w:trPr><w:cantSplit/></w:trPr>${cell(567, `${i}.`)}${cell(3402, `Мероприятие ${i}`)}` +
        `${cell(1701, 'сентябрь 2025 г.')}${cell(2268, `отчёт ${(i * 7919) % 1000}`)}</w:tr>`,
    ),
  );
}

describe('deflate and CRC-32 of pieces', () => {
  it('compresses pieces that fit one segment exactly as their joined bytes', () => {
    const rows = makeRows(1_000);
    expect(deflateRawPieces(rows)).toEqual(new Uint8Array(deflateRawSync(concatBytes(rows), { level: 6 })));
  });

  it('gives one deflate stream of pieces many segments long, a piece larger than a segment among them', () => {
    const rows = makeRows(8_000);
    const large = encoder.encode('—'.repeat(600_000)); // 1.8 MB, over a segment
    const pieces = [...rows.slice(0, 4_000), large, ...rows.slice(4_000)];
    const joined = Buffer.from(concatBytes(pieces));
    expect(joined.length).toBeGreaterThan(5_000_000);
    expect(inflateRawSync(deflateRawPieces(pieces)).equals(joined)).toBe(true);
  });

  it('is as small as one stream over the joined bytes: each segment’s matches reach into the one before', () => {
    const rows = makeRows(16_000);
    const joined = concatBytes(rows);
    expect(joined.length).toBeGreaterThan(12_000_000);
    // Segments compressed each on its own come out 2 % larger on such rows.
    expect(deflateRawPieces(rows).length).toBeLessThan(deflateRawSync(joined, { level: 6 }).length * 1.005);
  });

  it('compresses no pieces and empty ones to an empty stream', () => {
    for (const pieces of [[], [new Uint8Array(0)], [new Uint8Array(0), new Uint8Array(0)]])
      expect(inflateRawSync(deflateRawPieces(pieces)).length).toBe(0);
  });

  it('gives the same bytes back in a browser (fflate), and the CRC-32 of the joined bytes on both platforms', () => {
    // An empty text among them, as an empty paragraph of docx's gives: TextEncoder's bytes of '' have no memory.
    const pieces = [...makeRows(500), encoder.encode(''), ...makeRows(500)];
    const joined = concatBytes(pieces);
    expect(inflateRawSync(browser.deflateRaw(pieces)).equals(Buffer.from(joined))).toBe(true);
    const byPieces = (crc: (data: Uint8Array, previous?: number) => number) =>
      pieces.reduce((previous, piece) => crc(piece, previous), 0);
    expect(byPieces(computeCrc32)).toBe(crc32(joined));
    expect(byPieces(browser.crc32)).toBe(crc32(joined));
    expect(byPieces(node.crc32)).toBe(crc32(joined));
  });
});
