import { describe, expect, it } from 'vitest';
import { buildModels } from '../../../src/generate.js';
import type { Block } from '../../../src/model/schema.js';
import { parsePlan } from '../../../src/plan/parse-plan.js';
import { paragraphsOf } from '../../_fixtures/paragraphs.js';
import { problemsOf } from '../../_fixtures/problems.js';

function planWith(document: string): string {
  return `organization: { name: Школа, short_name: МБОУ СОШ № 14, head: petrova }
people:
  petrova: { name: Петрова Анна Сергеевна, position: Директор }
  orlov: { name: Орлов Иван Петрович, position: Учитель физики }
documents:
${document}`;
}

const regulation = `  - type: regulation
    title: Положение о наставничестве
    sections: [{ title: Общие положения, clauses: [Текст.] }]
`;

/** The blocks of each built document: the sheet starts after the last page break. */
function blocksOf(source: string) {
  return buildModels(parsePlan(source, 'plan.yaml'), { createdAt: new Date(0) }).map((b) => {
    expect(b.model.sections).toHaveLength(1); // the sheet goes on in the document's section: its pages numbered on
    return b.model.sections[0]!.children;
  });
}

function sheetOf(blocks: readonly Block[]): Block[] {
  const at = blocks.findLastIndex((b) => b.type === 'pageBreak');
  return at === -1 ? [] : blocks.slice(at + 1);
}

describe('acquaintance sheet', () => {
  it('ends the regulation on a page of its own: heading naming the document, a table with a repeated header', () => {
    const [blocks] = blocksOf(
      planWith(`${regulation}    acquaintance: { people: [orlov, petrova], blank_rows: 3 }\n`),
    );
    const sheet = sheetOf(blocks!);
    expect(sheet).toHaveLength(2);
    expect(paragraphsOf(sheet[0])).toEqual(['ЛИСТ ОЗНАКОМЛЕНИЯ\nс\u00A0Положением о\u00A0наставничестве']);
    const table = sheet[1]!;
    expect(table.type).toBe('table');
    if (table.type !== 'table') return;
    expect(table.borders).toBe('grid');
    expect(table.rows[0]!.header).toBe(true);
    const cells = table.rows.map((row) => row.cells.map((cell) => paragraphsOf(cell).join('|')));
    expect(cells).toEqual([
      ['№ п/п', 'Ф.И.О.', 'Должность', 'Дата ознакомления', 'Подпись'],
      ['1.', 'Орлов\u00A0И.П.', 'Учитель физики', '', '\u00A0\n\u00A0'],
      ['2.', 'Петрова\u00A0А.С.', 'Директор', '', '\u00A0\n\u00A0'],
      ['3.', '', '', '', '\u00A0\n\u00A0'],
      ['4.', '', '', '', '\u00A0\n\u00A0'],
      ['5.', '', '', '', '\u00A0\n\u00A0'],
    ]);
  });

  it('a free document gets one too, named «с документом «…»» when its kind has no known case form', () => {
    const [rules, memo] = blocksOf(
      planWith(`  - type: document
    title: Правила внутреннего распорядка обучающихся
    body: [{ paragraph: Текст. }]
    acquaintance: { blank_rows: 1 }
  - type: document
    title: Антикоррупционная памятка
    body: [{ paragraph: Текст. }]
    acquaintance: { people: [orlov] }
`),
    );
    expect(paragraphsOf(sheetOf(rules!)[0])).toEqual([
      'ЛИСТ ОЗНАКОМЛЕНИЯ\nс\u00A0правилами внутреннего распорядка обучающихся',
    ]);
    expect(paragraphsOf(sheetOf(memo!)[0])).toEqual([
      'ЛИСТ ОЗНАКОМЛЕНИЯ\nс\u00A0документом «Антикоррупционная памятка»',
    ]);
  });

  it('no sheet unless asked', () => {
    const [blocks] = blocksOf(planWith(regulation));
    expect(sheetOf(blocks!)).toEqual([]);
    expect(paragraphsOf(blocks)).not.toContain('ЛИСТ ОЗНАКОМЛЕНИЯ');
  });

  it('rejects a stranger, an empty sheet and a wrong number of blank rows at the YAML line', () => {
    expect(problemsOf(planWith(`${regulation}    acquaintance: { people: [orlof] }\n`))).toEqual([
      '9:30: нет человека с ключом «orlof» в people; возможно, имелось в виду «orlov»',
    ]);
    expect(problemsOf(planWith(`${regulation}    acquaintance: { people: [Учителя] }\n`))).toEqual([
      '9:30: здесь нужен человек из people — его ключ или имя, как в people, а не «Учителя»',
    ]);
    expect(problemsOf(planWith(`${regulation}    acquaintance: { blank_rows: 0 }\n`))).toEqual([
      '9:19: лист ознакомления пуст: перечислите людей в people или задайте blank_rows — число пустых строк',
    ]);
    expect(problemsOf(planWith(`${regulation}    acquaintance: { blank_rows: 500 }\n`))).toEqual([
      '9:33: значение должно быть не больше 200',
    ]);
  });
});
