import { crc32 } from 'node:zlib';
import { Document } from 'docx';
import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { renderDocx, toDocx } from '../../../src/render/docx/index.js';
import { makeDocument, makeRoadmap, makeSection, text } from './fixtures.js';
import { renderParts } from './parts.js';

function makeSample() {
  const list = { type: 'list' as const, ordered: true, items: [{ children: [text('Пункт', 'body')] }] };
  return makeDocument([
    makeSection([text('Текст', 'body'), list, list]),
    makeSection([makeRoadmap(3)], { orientation: 'landscape' }),
  ]);
}

/** Each entry's name and the CRC-32 its zip stores, from the central directory. */
function readStoredCrcs(zip: Uint8Array): Map<string, number> {
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  const crcs = new Map<string, number>();
  for (let at = 0; at + 46 <= zip.length; at++) {
    if (view.getUint32(at, true) !== 0x02014b50) continue;
    const nameLength = view.getUint16(at + 28, true);
    const name = new TextDecoder().decode(zip.subarray(at + 46, at + 46 + nameLength));
    crcs.set(name, view.getUint32(at + 16, true));
  }
  return crcs;
}

describe('toDocx / renderDocx', () => {
  it('builds a docx Document without touching the model', () => {
    const doc = makeSample();
    const before = structuredClone(doc);
    expect(toDocx(doc)).toBeInstanceOf(Document);
    expect(doc).toEqual(before);
  });

  it('gives the same word/*.xml for the same model, also after other documents were rendered', async () => {
    const first = await renderParts(makeSample());
    await renderParts(makeDocument([makeSection([makeRoadmap(6)])]));
    const second = await renderParts(makeSample());
    const wordParts = Object.keys(first).filter((path) => path.startsWith('word/'));
    expect(wordParts).toContain('word/numbering.xml');
    for (const path of wordParts) {
      expect(second[path], path).toBe(first[path]);
    }
  });

  it('stores the CRC-32 of every entry’s bytes: a table of megabytes of rows, paragraphs written one after another', async () => {
    // Two fast paragraphs in a row leave no text of docx's between them: an empty piece of word/document.xml.
    const paragraphs = [text('Первый абзац', 'body'), text('Второй абзац', 'body')];
    const doc = makeDocument([
      makeSection([...paragraphs, makeRoadmap(600), ...paragraphs], { orientation: 'landscape' }),
    ]);
    const zip = await renderDocx(doc);
    const files = unzipSync(zip);
    expect(files['word/document.xml']!.length).toBeGreaterThan(2_000_000);
    const stored = readStoredCrcs(zip);
    expect([...stored.keys()].sort()).toEqual(Object.keys(files).sort());
    for (const [name, bytes] of Object.entries(files)) expect(stored.get(name), name).toBe(crc32(bytes));
  }, 60_000);
});
