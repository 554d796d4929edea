import { describe, expect, it } from 'vitest';
import { buildModels } from '../../../src/generate.js';
import { pageGeometry, textWidthMm } from '../../../src/model/page.js';
import type { Block, Paragraph } from '../../../src/model/schema.js';
import { layout } from '../../../src/model/styles.js';
import { parsePlan } from '../../../src/plan/parse-plan.js';
import { slackMm } from '../../../src/render/column-needs.js';
import { resolveTableWidthsMm } from '../../../src/render/column-widths.js';
import { toSetInlines } from '../../../src/render/hyphenated.js';
import { measureEm } from '../../../src/render/measure.js';
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

/** The sections of each built document: the sheet is a section of its own after the document's. */
function sectionsOf(source: string) {
  return buildModels(parsePlan(source, 'plan.yaml'), { createdAt: new Date(0) }).map((b) => b.model.sections);
}

function sheetOf(
  sections: readonly { readonly children: readonly Block[]; readonly title?: string | undefined }[],
) {
  expect(sections).toHaveLength(2);
  return sections[1]!;
}

describe('acquaintance sheet', () => {
  it('follows the regulation as a part of its own: heading naming the document, a table with a repeated header', () => {
    const [sections] = sectionsOf(
      planWith(`${regulation}    acquaintance: { people: [orlov, petrova], blank_rows: 3 }\n`),
    );
    const { children: sheet, title } = sheetOf(sections!);
    expect(title).toBe('Лист ознакомления с Положением о наставничестве'); // its PDF bookmark
    expect(sheet).toHaveLength(2);
    expect(paragraphsOf(sheet[0])).toEqual(['ЛИСТ ОЗНАКОМЛЕНИЯ\nс\u00A0Положением о\u00A0наставничестве']);
    const table = sheet[1]!;
    expect(table.type).toBe('table');
    if (table.type !== 'table') return;
    expect(table.borders).toBe('grid');
    expect(table.rows[0]!.header).toBe(true);
    const cells = table.rows.map((row) => row.cells.map((cell) => paragraphsOf(cell).join('|')));
    expect(cells).toEqual([
      ['№\u00A0п/п', 'Ф.И.О.', 'Должность', 'Дата ознакомления', 'Подпись'],
      ['1.', 'Орлов\u00A0И.П.', 'Учитель физики', '', '\u00A0\n\u00A0'],
      ['2.', 'Петрова\u00A0А.С.', 'Директор', '', '\u00A0\n\u00A0'],
      ['3.', '', '', '', '\u00A0\n\u00A0'],
      ['4.', '', '', '', '\u00A0\n\u00A0'],
      ['5.', '', '', '', '\u00A0\n\u00A0'],
    ]);
  });

  it('gives the date column the width of «ознакомления» in its head: no «озна-/комления», in Word as in the PDF', () => {
    const [sections] = sectionsOf(
      planWith(`${regulation}    acquaintance: { people: [orlov], blank_rows: 2 }\n`),
    );
    const table = sheetOf(sections!).children[1]!;
    if (table.type !== 'table') throw new Error('no table');
    const dateMm = resolveTableWidthsMm(table, textWidthMm(pageGeometry('portrait')))[3]!;
    const wordMm = (measureEm('ознакомления', true) * 12 * 25.4) / 72;
    expect(dateMm - 2 * layout.cellPaddingXMm).toBeGreaterThanOrEqual(wordMm + slackMm);
    // The head set as it fits: without hyphenation points, so that neither format breaks the word.
    const head = table.rows[0]!.cells[3]!.children[0] as Paragraph;
    expect(toSetInlines(head)).toEqual([{ type: 'text', value: 'Дата ознакомления' }]);
  });

  it('a free document gets one too, named «с документом «…»» when its kind has no known case form', () => {
    const [rules, memo] = sectionsOf(
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
    expect(paragraphsOf(sheetOf(rules!).children[0])).toEqual([
      'ЛИСТ ОЗНАКОМЛЕНИЯ\nс\u00A0правилами внутреннего распорядка обучающихся',
    ]);
    expect(paragraphsOf(sheetOf(memo!).children[0])).toEqual([
      'ЛИСТ ОЗНАКОМЛЕНИЯ\nс\u00A0документом «Антикоррупционная памятка»',
    ]);
  });

  it('no sheet unless asked', () => {
    const [sections] = sectionsOf(planWith(regulation));
    expect(sections).toHaveLength(1);
  });

  it('rejects a stranger, an empty sheet and a wrong number of blank rows at the YAML line', () => {
    expect(problemsOf(planWith(`${regulation}    acquaintance: { people: [orlof] }\n`))).toEqual([
      '9:30: нет человека с ключом «orlof» в people. Если это новый человек, добавьте его в people, вписав его имя и должность: orlof: { name: Фамилия Имя Отчество, position: Должность }; если он там уже есть, ключ написан с опечаткой: возможно, имелось в виду «orlov»',
    ]);
    expect(problemsOf(planWith(`${regulation}    acquaintance: { people: [Учителя] }\n`))).toEqual([
      '9:30: здесь нужен человек из people — его ключ или имя, как в people, а не «Учителя»',
    ]);
    expect(
      problemsOf(planWith(`${regulation}    acquaintance: { people: [orlov, petrova, Орлов И.П.] }\n`)),
    ).toEqual([
      '9:46: «Орлов И.П.» уже есть в списке ознакомленных — в листе была бы вторая строка для подписи; оставьте одну',
    ]);
    expect(problemsOf(planWith(`${regulation}    acquaintance: { blank_rows: 0 }\n`))).toEqual([
      '9:19: лист ознакомления пуст: перечислите людей в people или задайте blank_rows — число пустых строк',
    ]);
    expect(problemsOf(planWith(`${regulation}    acquaintance: { blank_rows: 500 }\n`))).toEqual([
      '9:33: значение должно быть не больше 200',
    ]);
  });
});
