import { Document } from 'docx';
import { describe, expect, it } from 'vitest';
import { toDocx } from '../../../src/render/docx/index.js';
import { makeDocument, makeRoadmap, makeSection, text } from './fixtures.js';
import { renderParts } from './parts.js';

function makeSample() {
  const list = { type: 'list' as const, ordered: true, items: [{ children: [text('Пункт', 'body')] }] };
  return makeDocument([
    makeSection([text('Текст', 'body'), list, list]),
    makeSection([makeRoadmap(3)], { orientation: 'landscape' }),
  ]);
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
});
