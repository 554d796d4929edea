import { describe, expect, it } from 'vitest';
import { orderPackage } from '../_fixtures/plans.js';
import { problemsOf } from '../_fixtures/problems.js';

const lineOf = (source: string, text: string, from = 0) =>
  source.split('\n').findIndex((l, i) => i >= from && l.includes(text)) + 1;
/** The package without the clause that approves the regulation, and with `clauses` added after its last clause. */
const withoutApprove = (extra = '') =>
  orderPackage
    .replace('      - approve: regulation\n', '')
    .replace('          - Подготовить пресс-релиз\n', `          - Подготовить пресс-релиз\n${extra}`);

describe('a document stamped as approved by an order that never says so', () => {
  it('is an error at its approval, naming the order and showing the approve clause to add', () => {
    const source = withoutApprove();
    const regulation = lineOf(source, 'id: regulation');
    expect(problemsOf(source)).toEqual([
      `${lineOf(source, 'approval:', regulation)}:5: у документа гриф «УТВЕРЖДЕНО приказом …» (approval: { order: order-roadmap }), а в тексте приказа «order-roadmap» нет ни пункта, который его утверждает, ни слов о нём (приложение 2): добавьте в clauses приказа пункт - approve: regulation — он напечатается «Утвердить … (приложение 2).». Если приказ документ только прикладывает, уберите approval: вместо грифа будет отметка «Приложение 2 к приказу …»`,
    ]);
  });

  it.each([
    ['by its appendix number', 'Утвердить состав наставников согласно приложению 2'],
    ['by its title', 'Ввести в действие Положение о наставничестве с 01.10.2020'],
  ])('is no error when a clause names it %s', (_, clause) => {
    expect(problemsOf(withoutApprove(`      - ${clause}\n`))).toEqual([]);
  });

  it('is no error for a document the order appends without a stamp of approval', () => {
    const source = withoutApprove().replace(
      '    approval: { order: order-roadmap }\n    agreement',
      '    agreement',
    );
    expect(problemsOf(source)).toEqual([]);
  });
});
