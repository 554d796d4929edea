import { describe, expect, it } from 'vitest';
import type { Block, Inline } from '../../src/model/schema.js';
import { styles } from '../../src/model/styles.js';
import { balanceCentredLines } from '../../src/render/balanced-lines.js';
import { measureEm } from '../../src/render/measure.js';
import { makeDocument, makeSection, para } from './pdf/fixtures.js';

const orgName = 'Муниципальное бюджетное общеобразовательное учреждение «Лицей № 2»';
/** Portrait text width, 170 mm, in pt: what a line of 14 pt bold may take. */
const widthPt = (170 * 72) / 25.4;

/** The paragraph's lines as the model breaks them. */
function linesOf(block: Block): string[] {
  if (block.type !== 'paragraph') throw new Error(block.type);
  return block.children
    .map((inline) => (inline.type === 'text' ? inline.value : '\n'))
    .join('')
    .split('\n');
}

function balance(...blocks: Block[]): Block[] {
  return balanceCentredLines(makeDocument([makeSection(blocks)])).sections[0]!.children;
}

/** On a landscape page, 257 mm of text. */
const balanceWide = (block: Block) =>
  balanceCentredLines(makeDocument([makeSection([block], { orientation: 'landscape' })])).sections[0]!
    .children[0]!;

const boldWidthPt = (line: string) => measureEm(line, true) * styles.orgName.sizePt;

describe('centred lines balanced', () => {
  it('break a two-line organisation name evenly, the longer line on top, not over a lone «№ 2»»', () => {
    // «…учреждение / «Лицей № 2»» would break between phrases too, but leave a line a quarter as long as the other.
    // As the text wraps by itself: everything up to «Лицей» on the first line.
    expect(boldWidthPt(orgName.replace(' № 2»', ''))).toBeLessThan(widthPt);
    const [name] = balance(para(orgName, 'orgName'));
    expect(linesOf(name!)).toEqual(['Муниципальное бюджетное общеобразовательное', 'учреждение «Лицей № 2»']);
  });

  it('break a title of three lines between phrases: a quoted name whole, no line much shorter than the others', () => {
    const title =
      'Положение о сетевом волонтерском центре профессиональных образовательных организаций — ' +
      'участников проекта «Сетевое взаимодействие как механизм повышения эффективности»';
    const lines = linesOf(balance(para(title, 'title'))[0]!);
    expect(lines).toEqual([
      'Положение о сетевом волонтерском центре профессиональных',
      'образовательных организаций — участников проекта',
      '«Сетевое взаимодействие как механизм повышения эффективности»',
    ]);
    const widths = lines.map(boldWidthPt);
    expect(Math.min(...widths) / Math.max(...widths)).toBeGreaterThan(0.4);
  });

  it('break a title before a preposition rather than inside a quoted name, as a clerk would', () => {
    const title = 'Об организации работы «Школы молодого педагога» в\u00a02025/2026 учебном году';
    expect(linesOf(balance(para(title, 'title'))[0]!)).toEqual([
      'Об организации работы «Школы молодого педагога»',
      'в\u00a02025/2026 учебном году',
    ]);
  });

  it('put a quoted name on a line of its own where the page is wide enough (a landscape roadmap)', () => {
    const name =
      'Государственное автономное профессиональное образовательное учреждение «Читинский педагогический колледж»';
    expect(linesOf(balanceWide(para(name, 'orgName')))).toEqual([
      'Государственное автономное профессиональное образовательное учреждение',
      '«Читинский педагогический колледж»',
    ]);
    // On a portrait page the first line would not fit: the name is broken evenly there.
    expect(linesOf(balance(para(name, 'orgName'))[0]!)).toEqual([
      'Государственное автономное профессиональное образовательное',
      'учреждение «Читинский педагогический колледж»',
    ]);
  });

  it('balance each line the template broke on its own, and keep bold runs and their marks', () => {
    const children: Inline[] = [
      { type: 'text', value: 'Дорожная карта' },
      { type: 'lineBreak' },
      { type: 'text', value: 'реализации проекта ' },
      {
        type: 'text',
        value: '«Формирование функциональной грамотности обучающихся через сетевые практики»',
        italic: true,
      },
    ];
    const [title] = balance({ type: 'paragraph', style: 'title', children });
    expect(linesOf(title!)).toEqual([
      'Дорожная карта',
      'реализации проекта «Формирование функциональной',
      'грамотности обучающихся через сетевые практики»',
    ]);
    expect(title).toMatchObject({
      children: [
        { type: 'text', value: 'Дорожная карта' },
        { type: 'lineBreak' },
        { type: 'text', value: 'реализации проекта ' },
        { type: 'text', value: '«Формирование функциональной', italic: true },
        { type: 'lineBreak' },
        { type: 'text', value: 'грамотности обучающихся через сетевые практики»', italic: true },
      ],
    });
  });

  it('leave alone a line that fits, body text, a left-aligned centred style and a table', () => {
    const blocks: Block[] = [
      para('ПРИКАЗ', 'docKind'),
      para(`${orgName} ${orgName}`, 'body'),
      para(orgName, 'orgName', { align: 'left' }),
    ];
    expect(balance(...blocks)).toEqual(blocks);
  });
});
