import { describe, expect, it } from 'vitest';
import { generate } from '../../src/generate.js';
import { breakLongWords, maxUnbrokenRun } from '../../src/markup/break-long-words.js';
import { minimalRoadmap } from '../_fixtures/plans.js';
import { readDocxText, readPdfText, squash } from '../property/_extract.js';

const longestRun = (s: string) => Math.max(...s.split(/[\s\u00AD\u200B-]/).map((w) => Array.from(w).length));

describe('breakLongWords', () => {
  it('leaves ordinary Russian text, long compound words and links of normal length as they are', () => {
    for (const s of [
      'Научно-производственно-образовательный кластер «Школа № 1»',
      'превысокомногорассмотрительствующий',
      'https://edu.gov.ru/press/2020',
    ]) {
      expect(breakLongWords(s)).toBe(s);
    }
  });

  it('breaks a pasted hash or base64 string into pieces of at most 40 characters, and nothing is lost', () => {
    const base64 = 'QUJDREVGR0hJSktMTU5PUFFSU1RVVldYWVo'.repeat(30);
    const broken = breakLongWords(`хеш: ${base64} конец`);
    expect(longestRun(broken)).toBe(maxUnbrokenRun);
    expect(broken.replaceAll('\u200B', '')).toBe(`хеш: ${base64} конец`);
  });

  it('never splits a character outside the basic plane', () => {
    const run = '𝔸'.repeat(100);
    expect(Array.from(breakLongWords(run).replaceAll('\u200B', ''))).toHaveLength(100);
    expect(breakLongWords(run)).not.toMatch(/[\uD800-\uDBFF]\u200B/);
  });
});

describe('one word without spaces in a roadmap', () => {
  // Before the fix pdfmake laid such a word out in quadratic time: 10,000 characters took 18.6 s and 1.9 GB,
  // 20,000 were killed after 120 s. Now it takes well under a second; the bound is for a loaded machine.
  it('of 20,000 characters builds in both formats in linear time, every character printed', {
    timeout: 60_000,
  }, async () => {
    const word = 'aB3xYz9Q'.repeat(2500);
    const source = minimalRoadmap.replace('Информирование коллектива', word);
    const [doc] = await generate(source, { createdAt: new Date(0) });
    // A table row split across pages repeats the header between parts of the word (and a page may cut one of its
    // pieces): count its Latin letters, which nothing else in the plan has, six in each of the 2,500 pieces.
    const count = (printed: string) => (squash(printed).match(/[aBxYzQ]/g) ?? []).length;
    expect(count(await readPdfText(doc!.pdf!))).toBe(6 * 2500);
    expect(count(readDocxText(doc!.docx!))).toBe(6 * 2500);
  });
});
