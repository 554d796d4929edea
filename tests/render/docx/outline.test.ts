import { describe, expect, it } from 'vitest';
import type { Block } from '../../../src/model/schema.js';
import { makeDocument, makeSection } from './fixtures.js';
import { allOf, listParagraphs, numOf, renderParts } from './parts.js';

type Flags = { outline?: boolean; inline?: boolean };

const para = (value: string, style = 'body'): Block =>
  ({ type: 'paragraph', style, children: [{ type: 'text', value }] }) as Block;
const list = (ordered: boolean, flags: Flags, items: Block[][]): Block =>
  ({ type: 'list', ordered, ...flags, items: items.map((children) => ({ children })) }) as Block;

/**
 * A regulation: section headings (level 0) with clauses (level 1), the second clause with a sub-clause (level 2).
 * 1. Общие положения / 1.1. / 1.2. / 1.2.1. / 2. Организация / 2.1.
 */
function makeRegulation(flags: Flags = { outline: true, inline: true }): Block {
  const clauses = (...items: Block[][]) => list(true, flags, items);
  return list(true, flags, [
    [
      para('Общие положения', 'heading'),
      clauses(
        [para('Настоящее Положение определяет порядок.')],
        [para('Деятельность включает:'), clauses([para('апробацию программ.')])],
      ),
    ],
    [para('Организация деятельности', 'heading'), clauses([para('Работу организует директор.')])],
  ]);
}

async function render(children: readonly Block[]) {
  const parts = await renderParts(makeDocument([makeSection(children)]));
  return { body: parts['word/document.xml'] ?? '', numbering: parts['word/numbering.xml'] ?? '' };
}

/** The w:lvl of an abstractNum at a level. */
function levelOf(abstract: string, level: number): string {
  return allOf(abstract, 'w:lvl').find((lvl) => lvl.includes(`w:ilvl="${level}"`)) ?? '';
}

describe('DOCX outline lists', () => {
  it("numbers each level with its parents' numbers: %1., %1.%2., %1.%2.%3.", async () => {
    const { body, numbering } = await render([makeRegulation()]);
    const [first] = listParagraphs(body);
    const { abstract } = numOf(numbering, first?.numId ?? '');
    expect(levelOf(abstract, 0)).toContain('<w:numFmt w:val="decimal"/>');
    expect(levelOf(abstract, 0)).toContain('<w:lvlText w:val="%1."/>');
    expect(levelOf(abstract, 1)).toContain('<w:lvlText w:val="%1.%2."/>');
    expect(levelOf(abstract, 2)).toContain('<w:lvlText w:val="%1.%2.%3."/>');
    expect(levelOf(abstract, 8)).toContain('<w:lvlText w:val="%1.%2.%3.%4.%5.%6.%7.%8.%9."/>');
  });

  it('makes the sections, clauses and sub-clauses of one outline levels of one list instance', async () => {
    const { body } = await render([makeRegulation()]);
    const paragraphs = listParagraphs(body);
    expect(paragraphs.map((p) => [p.text, p.level])).toEqual([
      ['Общие положения', '0'],
      ['Настоящее Положение определяет порядок.', '1'],
      ['Деятельность включает:', '1'],
      ['апробацию программ.', '2'],
      ['Организация деятельности', '0'],
      ['Работу организует директор.', '1'],
    ]);
    expect(new Set(paragraphs.map((p) => p.numId)).size).toBe(1);
    expect(paragraphs[0]?.numId).toBeDefined();
  });

  it('gives each separate outline its own instance restarting at 1, of the same definition', async () => {
    const { body, numbering } = await render([makeRegulation(), para('Между'), makeRegulation()]);
    const paragraphs = listParagraphs(body);
    const first = paragraphs[0]?.numId ?? '';
    const second = paragraphs[7]?.numId ?? '';
    expect(paragraphs[6]?.numId).toBeUndefined();
    expect(second).not.toBe(first);
    expect(numOf(numbering, second).abstract).toBe(numOf(numbering, first).abstract);
    expect(numOf(numbering, first).restarts).toBe(true);
    expect(numOf(numbering, second).restarts).toBe(true);
  });

  it('puts one space after an inline number, and takes the indent from the paragraph style', async () => {
    const { body, numbering } = await render([makeRegulation()]);
    const [heading, clause] = listParagraphs(body);
    const { abstract } = numOf(numbering, heading?.numId ?? '');
    for (const level of [0, 1, 2]) expect(levelOf(abstract, level)).toContain('<w:suff w:val="space"/>');
    // Written on the paragraph, so the numbering's indent cannot replace the style's first-line indent.
    expect(heading?.style).toBe('GramotaHeading');
    expect(heading?.indent).toBe('<w:ind w:left="0" w:firstLine="0"/>');
    expect(clause?.style).toBe('GramotaBody');
    expect(clause?.indent).toBe('<w:ind w:left="0" w:firstLine="709"/>');
  });

  it('leaves later paragraphs of an inline item unnumbered, at their own first-line indent', async () => {
    const inline = list(true, { inline: true }, [[para('Утвердить план.'), para('Пояснение.')]]);
    const [numbered, more] = listParagraphs((await render([inline])).body);
    expect(numbered?.numId).toBeDefined();
    expect(numbered?.indent).toBe('<w:ind w:left="0" w:firstLine="709"/>');
    expect(more?.numId).toBeUndefined();
    expect(more?.indent).toBe('<w:ind w:left="0" w:firstLine="709"/>');
  });

  it('hangs the numbers of a hanging outline in columns wide enough for them', async () => {
    const { body, numbering } = await render([makeRegulation({ outline: true })]);
    const [, clause, , subClause] = listParagraphs(body);
    const { abstract } = numOf(numbering, clause?.numId ?? '');
    expect(abstract).not.toContain('<w:suff');
    expect(levelOf(abstract, 1)).toContain('<w:lvlText w:val="%1.%2."/>');
    // Level 0: «1.» in 6 mm; level 1: «1.1.» in 10 mm from 6 mm; level 2: «1.1.1.» in 14 mm from 16 mm.
    expect(levelOf(abstract, 1)).toContain('<w:ind w:left="907" w:hanging="567"/>');
    expect(clause?.indent).toBe('<w:ind w:left="907" w:hanging="567"/>');
    expect(subClause?.indent).toBe('<w:ind w:left="1701" w:hanging="794"/>');
  });

  it('sets an inline bullet at the first-line indent, followed by a space', async () => {
    const bullets = list(false, { inline: true }, [[para('педагоги;')], [para('родители.')]]);
    const { body, numbering } = await render([bullets]);
    const [a] = listParagraphs(body);
    const { abstract } = numOf(numbering, a?.numId ?? '');
    expect(levelOf(abstract, 0)).toContain(
      '<w:numFmt w:val="bullet"/><w:suff w:val="space"/><w:lvlText w:val="–"/>',
    );
    expect(a?.indent).toBe('<w:ind w:left="0" w:firstLine="709"/>');
  });

  it('keeps a bullet list inside a clause a list of its own', async () => {
    const outline = list(true, { outline: true, inline: true }, [
      [para('Участники:'), list(false, { inline: true }, [[para('педагоги.')]])],
      [para('Второй пункт.')],
    ]);
    const [first, bullet, second] = listParagraphs((await render([outline])).body);
    expect(bullet?.numId).not.toBe(first?.numId);
    expect(second?.numId).toBe(first?.numId);
    expect(second?.level).toBe('0');
  });

  it('widens the hanging indent of a list for «10.», as the PDF marker column', async () => {
    const items = Array.from({ length: 10 }, (_, i) => [para(`Пункт ${i + 1}`)]);
    const paragraphs = listParagraphs((await render([list(true, {}, items)])).body);
    expect(paragraphs.map((p) => p.indent)).toEqual(items.map(() => '<w:ind w:left="510" w:hanging="510"/>'));
  });

  it('puts a second ordered list of an item on the same level of the same instance', async () => {
    const outline = list(true, { outline: true, inline: true }, [
      [para('Раздел'), list(true, {}, [[para('а')]]), para('Пояснение'), list(true, {}, [[para('б')]])],
    ]);
    const [section, a, note, b] = listParagraphs((await render([outline])).body);
    expect([a?.numId, b?.numId]).toEqual([section?.numId, section?.numId]);
    expect([a?.level, b?.level]).toEqual(['1', '1']);
    expect(note?.numId).toBeUndefined();
  });
});
