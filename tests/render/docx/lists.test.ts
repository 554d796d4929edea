import { describe, expect, it } from 'vitest';
import type { Block } from '../../../src/model/schema.js';
import { makeDocument, makeSection, text } from './fixtures.js';
import { listParagraphs, numOf, renderParts } from './parts.js';

const item = (value: string, more: readonly Block[] = []) => ({ children: [text(value, 'body'), ...more] });
const ordered = (...values: string[]) =>
  ({ type: 'list', ordered: true, items: values.map((v) => item(v)) }) as Block;
const bullets = (...values: string[]) =>
  ({ type: 'list', ordered: false, items: values.map((v) => item(v)) }) as Block;

async function render(children: readonly Block[]) {
  const parts = await renderParts(makeDocument([makeSection(children)]));
  return { body: parts['word/document.xml'] ?? '', numbering: parts['word/numbering.xml'] ?? '' };
}

describe('DOCX lists', () => {
  it('numbers an ordered list with a real Word numbering "%1." and keeps the paragraph style', async () => {
    const { body, numbering } = await render([ordered('Первый', 'Второй')]);
    const [a, b] = listParagraphs(body);
    expect(a?.numId).toBeDefined();
    expect(b?.numId).toBe(a?.numId);
    expect(a?.level).toBe('0');
    expect(a?.style).toBe('GramotaBody');
    // 6 mm indent, 6 mm hanging: the number at the margin, the text at 6 mm (also written on the paragraph).
    expect(a?.indent).toBe('<w:ind w:left="340" w:hanging="340"/>');
    const { abstract } = numOf(numbering, a?.numId ?? '');
    expect(abstract).toMatch(
      /<w:lvl w:ilvl="0"[^>]*><w:start w:val="1"\/><w:numFmt w:val="decimal"\/><w:lvlText w:val="%1."\/>/,
    );
    expect(abstract).toMatch(
      /<w:lvl w:ilvl="1"[^>]*>.*?<w:lvlText w:val="%2."\/>.*?<w:ind w:left="680" w:hanging="340"\/>/,
    );
  });

  it('marks an unordered list with the official dash', async () => {
    const { body, numbering } = await render([bullets('один', 'два')]);
    const [a] = listParagraphs(body);
    const { abstract } = numOf(numbering, a?.numId ?? '');
    expect(abstract).toContain('<w:numFmt w:val="bullet"/><w:lvlText w:val="–"/>');
    expect(abstract).not.toContain('●');
  });

  it('gives each separate list its own num instance that restarts at 1', async () => {
    const { body, numbering } = await render([
      ordered('а', 'б'),
      text('Между списками', 'body'),
      ordered('в', 'г'),
    ]);
    const [a, b, between, c, d] = listParagraphs(body);
    expect(between?.numId).toBeUndefined();
    expect(a?.numId).toBe(b?.numId);
    expect(c?.numId).toBe(d?.numId);
    expect(c?.numId).not.toBe(a?.numId);
    const first = numOf(numbering, a?.numId ?? '');
    const second = numOf(numbering, c?.numId ?? '');
    expect(second.abstract).toBe(first.abstract);
    expect(first.restarts).toBe(true);
    expect(second.restarts).toBe(true);
  });

  it('numbers a «1)» list inside an outline clause with its own Word numbering "%1)", the outline going on after it', async () => {
    const paren = {
      type: 'list',
      ordered: true,
      inline: true,
      marker: 'paren',
      items: [item('а;'), item('б.')],
    };
    const sub = { type: 'list', ordered: true, outline: true, inline: true, items: [item('Подпункт.')] };
    const clauses = {
      type: 'list',
      ordered: true,
      outline: true,
      inline: true,
      items: [item('Включить:', [paren, sub] as Block[]), item('Второй.')],
    } as Block;
    const { body, numbering } = await render([clauses]);
    const [clause, a, b, subClause, second] = listParagraphs(body);
    expect([a?.text, b?.text]).toEqual(['а;', 'б.']);
    expect(a?.numId).not.toBe(clause?.numId);
    expect(b?.numId).toBe(a?.numId);
    expect(a?.level).toBe('1');
    expect(numOf(numbering, a?.numId ?? '').abstract).toMatch(
      /<w:lvl w:ilvl="1"[^>]*><w:start w:val="1"\/><w:numFmt w:val="decimal"\/><w:suff w:val="space"\/><w:lvlText w:val="%2\)"\/>/,
    );
    // «1.1.» under «1.», then «2.»: the outline is not interrupted by the «1)» list.
    expect([subClause?.numId, subClause?.level]).toEqual([clause?.numId, '1']);
    expect([second?.numId, second?.level]).toEqual([clause?.numId, '0']);
  });

  it('puts a nested list one level deeper, in a list of its own', async () => {
    const nested = {
      type: 'list',
      ordered: true,
      items: [item('Пункт', [bullets('вложенный')]), item('Дальше')],
    } as Block;
    const { body } = await render([nested]);
    const [outer, inner, after] = listParagraphs(body);
    expect(inner?.level).toBe('1');
    expect(inner?.numId).not.toBe(outer?.numId);
    expect(inner?.indent).toBe('<w:ind w:left="680" w:hanging="340"/>');
    expect(after?.numId).toBe(outer?.numId);
    expect(after?.level).toBe('0');
  });

  it('numbers only the first paragraph of an item; the next ones get its text indent', async () => {
    const list = {
      type: 'list',
      ordered: true,
      items: [item('Пункт', [text('Пояснение', 'body')])],
    } as Block;
    const [numbered, more] = listParagraphs((await render([list])).body);
    expect(numbered?.numId).toBeDefined();
    expect(more?.numId).toBeUndefined();
    expect(more?.style).toBe('GramotaBody');
    expect(more?.indent).toBe('<w:ind w:left="340" w:firstLine="0"/>');
  });
});
