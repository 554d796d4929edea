import { describe, expect, it } from 'vitest';
import { withApproveClauses } from '../../../src/import/recognise/approve-clauses.js';

const regulation = {
  type: 'regulation',
  id: 'appendix-1',
  title: 'Положение о наставничестве',
  approval: { order: 'order-1' },
};
const roadmap = {
  type: 'roadmap',
  id: 'appendix-2',
  title: 'Дорожная карта реализации целевой программы наставничества',
  approval: { order: 'order-1' },
};
const approveIn = (order: Record<string, unknown>, documents: Record<string, unknown>[]) =>
  withApproveClauses(order, documents, ['documents', 0]).order.clauses;
const makeOrder = (clauses: unknown[], appendices = ['appendix-1', 'appendix-2']) => ({
  type: 'order',
  id: 'order-1',
  clauses,
  appendices,
});

describe('clauses that approve an appendix', () => {
  it('become `approve:` when gramota words them the same: the title in the accusative, the appendix number', () => {
    const order = makeOrder([
      'Утвердить Положение о\u00a0наставничестве (приложение 1).',
      {
        text: 'Утвердить дорожную карту реализации целевой программы наставничества (приложение 2).',
        responsible: 'bushina',
      },
      'Назначить ответственным …',
    ]);
    expect(approveIn(order, [order, regulation, roadmap])).toEqual([
      { approve: 'appendix-1' },
      { approve: 'appendix-2', responsible: 'bushina' },
      'Назначить ответственным …',
    ]);
  });

  it('take «(приложение)» without a number when the order has one appendix', () => {
    const order = makeOrder(['Утвердить Положение о наставничестве (приложение).'], ['appendix-1']);
    expect(approveIn(order, [order, regulation])).toEqual([{ approve: 'appendix-1' }]);
  });

  it('stay text when worded otherwise or when the number names an appendix of another title or none', () => {
    const clauses = [
      'Утвердить прилагаемое Положение о наставничестве (приложение 1).',
      'Утвердить Положение о наставничестве (приложение 2).',
      'Утвердить Положение о наставничестве (приложение 3).',
    ];
    const order = makeOrder(clauses);
    expect(approveIn(order, [order, regulation, roadmap])).toEqual(clauses);
  });

  it('take an appendix marked only «Приложение 1 к приказу» too, with a note that it gets the stamp «УТВЕРЖДЕНО приказом»', () => {
    const marked = { ...regulation, approval: undefined };
    const own = makeOrder(['Утвердить Положение о наставничестве (приложение 1).']);
    const { order, notes } = withApproveClauses(own, [own, marked, roadmap], ['documents', 0]);
    expect(order.clauses).toEqual([{ approve: 'appendix-1' }]);
    expect(notes.map((n) => [n.path, n.text.includes('гриф «УТВЕРЖДЕН приказом …»')])).toEqual([
      [['documents', 0, 'clauses', 0], true],
    ]);
  });

  it('read «(прилагается)», «(приложение № 2)» and «согласно приложению», finding the appendix by its title', () => {
    const order = makeOrder([
      'Утвердить дорожную карту реализации целевой программы наставничества (прилагается).',
      'Утвердить Положение о наставничестве согласно приложению.',
    ]);
    expect(approveIn(order, [order, regulation, roadmap])).toEqual([
      { approve: 'appendix-2' },
      { approve: 'appendix-1' },
    ]);
    const numbered = makeOrder(['Утвердить Положение о наставничестве (приложение № 1)']);
    expect(approveIn(numbered, [numbered, regulation, roadmap])).toEqual([{ approve: 'appendix-1' }]);
  });

  it('keep the clause’s own title where it is not the document’s: gramota prints it in the clause', () => {
    const order = makeOrder(
      [
        'Утвердить дорожную карту реализации целевой программы наставничества на 2025–2026 годы (приложение).',
      ],
      ['appendix-2'],
    );
    expect(approveIn(order, [order, roadmap])).toEqual([
      {
        approve: 'appendix-2',
        title: 'дорожную карту реализации целевой программы наставничества на 2025–2026 годы',
      },
    ]);
  });
});
