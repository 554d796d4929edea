import type { ContentSection } from 'pdfmake/interfaces.js';
import { describe, expect, it } from 'vitest';
import type { Block } from '../../../src/model/schema.js';
import { mmToPt } from '../../../src/model/units.js';
import { renderPdf, toPdfDefinition } from '../../../src/render/pdf/index.js';
import { toPdfStyle } from '../../../src/render/pdf/styles.js';
import { makeDocument, makeSection, para, readPdf, withoutSoftHyphens } from './fixtures.js';

type Flags = { outline?: boolean; inline?: boolean; marker?: 'paren' };

const list = (ordered: boolean, flags: Flags, items: Block[][]): Block =>
  ({ type: 'list', ordered, ...flags, items: items.map((children) => ({ children })) }) as Block;

const clause =
  'Настоящее Положение определяет порядок организации и проведения инновационной деятельности в учреждении.';

/** A regulation: 1. Общие положения / 1.1. / 1.2. / 1.2.1. / 2. Организация деятельности / 2.1. */
function makeRegulation(flags: Flags = { outline: true, inline: true }): Block {
  const clauses = (...items: Block[][]) => list(true, flags, items);
  return list(true, flags, [
    [
      para('Общие положения', 'heading'),
      clauses(
        [para(clause)],
        [para('Деятельность включает:'), clauses([para('апробацию образовательных программ.')])],
      ),
    ],
    [para('Организация деятельности', 'heading'), clauses([para('Работу организует директор.')])],
  ]);
}

/** The nodes of the first section. */
function nodesOf(children: readonly Block[]): Record<string, unknown>[] {
  const [section] = toPdfDefinition(makeDocument([makeSection(children)])).content as ContentSection[];
  return withoutSoftHyphens(section?.section) as unknown as Record<string, unknown>[];
}

function stackOf(node: unknown): unknown[] {
  return (node as { stack: unknown[] }).stack;
}

/** The text of pdfmake text nodes and runs, depth first, a no-break space read as a space. */
function textsOf(node: unknown): string[] {
  if (typeof node === 'string') return [node.replaceAll('\u00a0', ' ')];
  if (Array.isArray(node)) return node.flatMap(textsOf);
  if (typeof node !== 'object' || node === null) return [];
  const { text, stack, columns } = node as Record<string, unknown>;
  if (text !== undefined) return [textsOf(text).join('')];
  return [...textsOf(stack), ...textsOf(columns)];
}

describe('toPdfDefinition: outline and inline lists', () => {
  it('writes an inline number into the first paragraph, which keeps its own style, without columns', () => {
    const [node] = nodesOf([makeRegulation()]);
    expect(JSON.stringify(node)).not.toContain('columns');
    const section = stackOf(stackOf(node)[0]);
    expect(section[0]).toEqual({
      ...toPdfStyle('heading'),
      text: [{ text: '1.\u00a0Общие положения' }],
      headlineLevel: 1,
      id: 'gramota:s0.0.list.0.0',
      // Kept with the clauses, and kept whole, as the DOCX keeps it (keepLines).
      unbreakable: true,
    });
    // The heading keeps with the clauses: their first paragraph carries the id it looks for (keep.ts). Its style's
    // first-line indent stays (a hanging item would set it to 0): the number stands where the text would start.
    expect(stackOf(stackOf(section[1])[0])[0]).toEqual({
      ...toPdfStyle('body'),
      text: [{ text: `1.1.\u00a0${clause}` }],
      id: 'gramota:s0.0.list.0.1',
    });
  });

  it("numbers every level with its parents' numbers", () => {
    const numbers = textsOf(nodesOf([makeRegulation()])).map((text) => text.split(' ')[0]);
    expect(numbers).toEqual(['1.', '1.1.', '1.2.', '1.2.1.', '2.', '2.1.']);
  });

  it('goes on counting in a second ordered list of the same item, as Word does', () => {
    const outline = list(true, { outline: true, inline: true }, [
      [
        para('Раздел'),
        list(true, { inline: true }, [[para('а')], [para('б')]]),
        para('Пояснение'),
        list(true, { inline: true }, [[para('в')]]),
        list(false, { inline: true }, [[para('г')]]),
      ],
    ]);
    expect(textsOf(nodesOf([outline]))).toEqual([
      '1. Раздел',
      '1.1. а',
      '1.2. б',
      'Пояснение',
      '1.3. в',
      '– г',
    ]);
  });

  it('sets an inline number before a formatted first run as a run of its own', () => {
    const bold = {
      type: 'paragraph',
      style: 'body',
      children: [{ type: 'text', value: 'Директору', bold: true }],
    } as Block;
    const [node] = nodesOf([list(true, { inline: true }, [[bold]])]);
    expect(node).toMatchObject({
      stack: [{ stack: [{ text: [{ text: '1.\u00a0' }, { text: 'Директору', bold: true }] }] }],
    });
  });

  it('hangs outline numbers in marker columns wide enough for them', () => {
    const [node] = nodesOf([makeRegulation({ outline: true })]);
    const markers = (JSON.stringify(node).match(/"width":[\d.]+,"text":"[\d.]+"/g) ?? []).map((m) =>
      JSON.parse(`{${m}}`),
    );
    expect(markers).toEqual([
      { width: mmToPt(6), text: '1.' },
      { width: mmToPt(10), text: '1.1.' },
      { width: mmToPt(10), text: '1.2.' },
      { width: mmToPt(14), text: '1.2.1.' },
      { width: mmToPt(6), text: '2.' },
      { width: mmToPt(10), text: '2.1.' },
    ]);
  });
  it('widens the marker column of a hanging list for «10.», as Word gets it (list-numbers.ts)', () => {
    const items = Array.from({ length: 10 }, (_, i) => [para(`Пункт ${i + 1}`)]);
    const [node] = nodesOf([list(true, {}, items)]);
    // «10.» in 14 pt is 6.2 mm; with the 2 mm gap, rounded up: 9 mm.
    expect(node).toMatchObject({
      stack: Array.from({ length: 10 }, () => ({ columns: [{ width: mmToPt(9) }, {}] })),
    });
  });
});

describe('renderPdf: outline and inline lists', () => {
  it("prints a regulation's numbers in order, each on the line of its text", async () => {
    const { texts, items } = await readPdf(await renderPdf(makeDocument([makeSection([makeRegulation()])])));
    const lines = (texts[0] ?? '').replaceAll('\u00a0', ' ').split('\n');
    const numbered = lines.filter((line) => /^\d+\.(\d+\.)* /.test(line));
    expect(numbered.map((line) => line.split(' ')[0])).toEqual([
      '1.',
      '1.1.',
      '1.2.',
      '1.2.1.',
      '2.',
      '2.1.',
    ]);
    expect(numbered).toContain('1. Общие положения');
    expect(numbered).toContain('1.2.1. апробацию образовательных программ.');
    // The clause's number at the first-line indent, its next line back at the margin.
    const page = items[0] ?? [];
    const number = page.find((item) => item.str.replaceAll('\u00a0', ' ').startsWith('1.1. Настоящее'));
    const next = page.find((item) => (number ? item.y < number.y : false));
    expect(number?.x).toBeCloseTo(mmToPt(30 + 12.5), 0);
    expect(next?.x).toBeCloseTo(mmToPt(30), 0);
  });

  it('prints a «1)» list inside an outline clause on its own, not as the clause’s sub-clauses', async () => {
    const paren = list(true, { inline: true, marker: 'paren' }, [
      [para('наставников;')],
      [para('кураторов.')],
    ]);
    const clauses = list(true, { outline: true, inline: true }, [
      [para('Включить в состав:'), paren, list(true, { outline: true, inline: true }, [[para('Подпункт.')]])],
      [para('Второй пункт.')],
    ]);
    const { texts, items } = await readPdf(await renderPdf(makeDocument([makeSection([clauses])])));
    expect((texts[0] ?? '').replaceAll('\u00a0', ' ')).toContain(
      '1. Включить в состав:\n1) наставников;\n2) кураторов.\n1.1. Подпункт.\n2. Второй пункт.',
    );
    const number = items[0]?.find((item) => item.str.startsWith('1)'));
    expect(number?.x).toBeCloseTo(mmToPt(30 + 12.5), 0);
  });

  it('prints an inline bullet at the first-line indent, on the line of its text', async () => {
    const bullets = list(false, { inline: true }, [[para('педагоги школы;')], [para('родители.')]]);
    const { texts, items } = await readPdf(await renderPdf(makeDocument([makeSection([bullets])])));
    expect((texts[0] ?? '').replaceAll('\u00a0', ' ')).toContain('– педагоги школы;\n– родители.');
    const dash = items[0]?.find((item) => item.str.startsWith('–'));
    expect(dash?.x).toBeCloseTo(mmToPt(30 + 12.5), 0);
  });
});
