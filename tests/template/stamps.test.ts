import { describe, expect, it } from 'vitest';
import { buildModels } from '../../src/generate.js';
import { parsePlan } from '../../src/plan/parse-plan.js';
import { paragraphsOf } from '../_fixtures/paragraphs.js';

/** The first paragraphs of a regulation with the given stamps: the stamps row, then the title. */
function headOf(stamps: string): string[] {
  const plan = parsePlan(
    `organization: { name: Школа, short_name: МБОУ СОШ № 14, head: petrova }
people:
  petrova: { name: Петрова Анна Сергеевна, position: Директор }
documents:
  - type: regulation
    title: Положение о наставничестве
${stamps}
    sections: [{ title: Общие положения, clauses: [Текст.] }]
`,
    'plan.yaml',
  );
  const all = paragraphsOf(buildModels(plan, { createdAt: new Date(0) })[0]!.model);
  return all.slice(0, all.indexOf('ПОЛОЖЕНИЕ\nо\u00A0наставничестве'));
}

describe('stamps', () => {
  it('РАССМОТРЕНО на заседании …, УЧТЕНО МНЕНИЕ … stacked on the left; the approval without a date line', () => {
    const head = headOf(`    approval: { by: petrova, date: none }
    agreement:
      - { word: РАССМОТРЕНО, council: педагогического совета, protocol: { date: 30.08.2024, number: 1 } }
      - { word: УЧТЕНО МНЕНИЕ, council: Совета обучающихся, protocol: { date: 29.08.2024, number: 3 } }`);
    expect(head).toEqual([
      'РАССМОТРЕНО',
      'на\u00A0заседании педагогического\nсовета МБОУ\u00A0СОШ\u00A0№\u00A014',
      '(протокол от\u00A030.08.2024 №\u00A01)',
      '',
      'УЧТЕНО МНЕНИЕ',
      'Совета обучающихся\nМБОУ\u00A0СОШ\u00A0№\u00A014',
      '(протокол от\u00A029.08.2024 №\u00A03)',
      'УТВЕРЖДАЮ',
      'Директор МБОУ\u00A0СОШ\u00A0№\u00A014',
      '____________ А.С.\u00A0Петрова',
    ]);
  });

  it('ПРИНЯТО, УЧТЕНО МНЕНИЕ and СОГЛАСОВАНО stacked in plan order in one left cell, a blank line between them', () => {
    const plan = parsePlan(
      `organization: { name: Школа, short_name: МБОУ СОШ № 14, head: petrova }
people:
  petrova: { name: Петрова Анна Сергеевна, position: Директор }
  orlov: { name: Орлов Иван Петрович, position: Председатель профсоюзной организации }
documents:
  - type: regulation
    title: Положение о наставничестве
    approval: { by: petrova, date: none }
    agreement:
      - { word: ПРИНЯТО, council: педагогического совета, protocol: { date: 30.08.2024, number: 1 } }
      - { word: УЧТЕНО МНЕНИЕ, council: Совета родителей, protocol: { date: 29.08.2024, number: 2 } }
      - { by: orlov, date: 28.08.2024 }
    sections: [{ title: Общие положения, clauses: [Текст.] }]
`,
      'plan.yaml',
    );
    const head = buildModels(plan, { createdAt: new Date(0) })[0]!.model.sections[0]!.children[0]!;
    expect(head.type).toBe('table');
    if (head.type !== 'table') return;
    const [left, middle, right] = head.rows[0]!.cells;
    const texts = (cell: typeof left) => paragraphsOf(cell!.children);
    expect(texts(left)).toEqual([
      'ПРИНЯТО',
      'на\u00A0заседании педагогического\nсовета МБОУ\u00A0СОШ\u00A0№\u00A014',
      '(протокол от\u00A030.08.2024 №\u00A01)',
      '',
      'УЧТЕНО МНЕНИЕ',
      'Совета родителей\nМБОУ\u00A0СОШ\u00A0№\u00A014',
      '(протокол от\u00A029.08.2024 №\u00A02)',
      '',
      'СОГЛАСОВАНО',
      'Председатель профсоюзной\nорганизации МБОУ\u00A0СОШ\u00A0№\u00A014',
      '____________ И.П.\u00A0Орлов',
      '28.08.2024',
    ]);
    expect(texts(middle)).toEqual([]);
    expect(texts(right)[0]).toBe('УТВЕРЖДАЮ');
  });
});
