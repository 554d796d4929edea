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
    expect(withApproveClauses(order, [order, regulation, roadmap]).clauses).toEqual([
      { approve: 'appendix-1' },
      { approve: 'appendix-2', responsible: 'bushina' },
      'Назначить ответственным …',
    ]);
  });

  it('take «(приложение)» without a number when the order has one appendix', () => {
    const order = makeOrder(['Утвердить Положение о наставничестве (приложение).'], ['appendix-1']);
    expect(withApproveClauses(order, [order, regulation]).clauses).toEqual([{ approve: 'appendix-1' }]);
  });

  it('stay text when worded otherwise, when the number names another appendix, or when the appendix is not approved by the order', () => {
    const clauses = [
      'Утвердить прилагаемое Положение о наставничестве (приложение 1).',
      'Утвердить Положение о наставничестве (приложение 2).',
      'Утвердить Положение о наставничестве (приложение 3).',
    ];
    const order = makeOrder(clauses);
    expect(withApproveClauses(order, [order, regulation, roadmap]).clauses).toEqual(clauses);
    // «Приложение 1 к приказу» alone: with `approve:` it would print «УТВЕРЖДЕНО приказом» instead.
    const marked = { ...regulation, approval: undefined };
    const own = makeOrder(['Утвердить Положение о наставничестве (приложение 1).']);
    expect(withApproveClauses(own, [own, marked, roadmap]).clauses).toEqual(own.clauses);
  });
});
