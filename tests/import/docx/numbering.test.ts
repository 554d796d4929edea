import { describe, expect, it } from 'vitest';
import { createCounter, formatCounter, readNumbering } from '../../../src/import/docx/numbering.js';
import { parseXml } from '../../../src/import/docx/xml-tree.js';

const w = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
const level = (ilvl: number, text: string, format = 'decimal', start = 1) =>
  `<w:lvl w:ilvl="${ilvl}"><w:start w:val="${start}"/><w:numFmt w:val="${format}"/><w:lvlText w:val="${text}"/></w:lvl>`;

function countsOf(xml: string, paragraphs: [string, number][]): (string | undefined)[] {
  const count = createCounter(readNumbering(parseXml(`<w:numbering ${w}>${xml}</w:numbering>`)));
  return paragraphs.map(([numId, ilvl]) => count(numId, ilvl)?.label);
}

describe('Word numbering counters', () => {
  const outline = `<w:abstractNum w:abstractNumId="0">${level(0, '%1.')}${level(1, '%1.%2.')}${level(2, '%1.%2.%3.')}</w:abstractNum>`;

  it('counts multi-level outlines and restarts the levels below a new number', () => {
    const labels = countsOf(`${outline}<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>`, [
      ['1', 0],
      ['1', 1],
      ['1', 1],
      ['1', 2],
      ['1', 0],
      ['1', 1],
    ]);
    expect(labels).toEqual(['1.', '1.1.', '1.2.', '1.2.1.', '2.', '2.1.']);
  });

  it('starts where the level says and where a startOverride says', () => {
    const xml = `<w:abstractNum w:abstractNumId="0">${level(0, '%1)', 'decimal', 3)}</w:abstractNum>
      <w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>
      <w:num w:numId="2"><w:abstractNumId w:val="0"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride></w:num>`;
    expect(
      countsOf(xml, [
        ['1', 0],
        ['1', 0],
        ['2', 0],
        ['2', 0],
      ]),
    ).toEqual(['3)', '4)', '1)', '2)']);
  });

  it('continues one list across instances of one definition without overrides, as Word does', () => {
    const xml = `${outline}<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num><w:num w:numId="2"><w:abstractNumId w:val="0"/></w:num>`;
    expect(
      countsOf(xml, [
        ['1', 0],
        ['2', 0],
        ['1', 0],
      ]),
    ).toEqual(['1.', '2.', '3.']);
  });

  it('writes letters, Roman and Russian letters, bullets as they are, and nothing for unknown lists', () => {
    const xml = `<w:abstractNum w:abstractNumId="0">${level(0, '%1.', 'upperRoman')}${level(1, '%2)', 'russianLower')}${level(2, '–', 'bullet')}</w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>`;
    expect(
      countsOf(xml, [
        ['1', 0],
        ['1', 1],
        ['1', 1],
        ['1', 2],
        ['9', 0],
      ]),
    ).toEqual(['I.', 'а)', 'б)', '–', undefined]);
    expect([
      formatCounter(14, 'lowerRoman'),
      formatCounter(28, 'lowerLetter'),
      formatCounter(5, 'decimalZero'),
    ]).toEqual(['xiv', 'bb', '05']);
  });
});
