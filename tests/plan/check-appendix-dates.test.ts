import { describe, expect, it } from 'vitest';
import { orderPackage } from '../_fixtures/plans.js';
import { problemsOf } from '../_fixtures/problems.js';

const lineOf = (source: string, text: string) => source.split('\n').findIndex((l) => l.includes(text)) + 1;
/** The package (order of 01.10.2020) where the regulation, appendix 2, is not approved by a clause but by `approval`. */
const withApproval = (approval: string) =>
  orderPackage
    .replace('      - approve: regulation\n', '      - Ознакомить коллектив с Положением о наставничестве\n')
    .replace(
      '    approval: { order: order-roadmap }\n    agreement',
      `    approval: ${approval}\n    agreement`,
    );
const afterOrder = (stamp: 'утверждения' | 'согласования', date: string) =>
  `гриф ${stamp} документа датирован ${date} — позже приказа «order-roadmap» от 01.10.2020 № 45-о, к которому документ приложен (приложение 2): к приказу прикладывают уже ${stamp === 'утверждения' ? 'утверждённый' : 'согласованный'} документ, а напечатано было бы «Приложение 2 к приказу … от 01.10.2020» над грифом от ${date}. Исправьте дату грифа или приказа`;
const approveHint =
  '; если документ утверждает сам приказ, уберите approval и добавьте в clauses приказа пункт - approve: regulation';

describe('an appendix stamped after the order it is appended to', () => {
  it('is an error at the date of its own «УТВЕРЖДАЮ»', () => {
    const source = withApproval('{ by: aleykina, date: 2020-10-14 }');
    expect(problemsOf(source)).toEqual([
      `${lineOf(source, '2020-10-14')}:37: ${afterOrder('утверждения', '14.10.2020')}${approveHint}`,
    ]);
  });

  it('is an error at the order of `orders` that approves it later', () => {
    const source = withApproval('{ order: prikaz-27 }').replace(
      'documents:\n',
      'orders:\n  prikaz-27: { number: 27-од, date: 05.10.2020 }\ndocuments:\n',
    );
    expect(problemsOf(source)).toEqual([
      `${lineOf(source, '{ order: prikaz-27 }')}:24: ${afterOrder('утверждения', '05.10.2020')}${approveHint}`,
    ]);
  });

  it('is an error at the protocol of a council that accepted it after the order', () => {
    const late = orderPackage
      .replace(
        '      - approve: regulation\n',
        '      - Ознакомить коллектив с Положением о наставничестве\n',
      )
      .replace('    approval: { order: order-roadmap }\n    agreement', '    agreement')
      .replace('2020-09-28', '2020-10-02');
    expect(problemsOf(late)).toEqual([
      `${lineOf(late, '2020-10-02')}:69: ${afterOrder('согласования', '02.10.2020')}`,
    ]);
  });

  it.each([
    ['a stamp of the order’s own day', '{ by: aleykina, date: 2020-10-01 }'],
    ['a stamp to be dated by hand', '{ by: aleykina, date: blank }'],
  ])('is no error for %s', (_, approval) => {
    expect(problemsOf(withApproval(approval))).toEqual([]);
  });

  it('leaves a document the order approves in a clause to the check of a second approval', () => {
    const source = orderPackage.replace(
      '    approval: { order: order-roadmap }\n    agreement',
      '    approval: { by: aleykina, date: 2020-10-14 }\n    agreement',
    );
    const problems = problemsOf(source);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/^\d+:5: /);
    expect(problems[0]).not.toMatch(/позже приказа/);
  });
});
