import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { withApprovingOrders } from '../../src/plan/approving-orders.js';
import { checkDoubleApproval } from '../../src/plan/check-double-approval.js';
import { parsePlan } from '../../src/plan/parse-plan.js';
import { planSchema } from '../../src/plan/schema/plan.js';
import { orderPackage } from '../_fixtures/plans.js';
import { problemsOf } from '../_fixtures/problems.js';

const roadmapStamp = '    approval: { order: order-roadmap }\n    items:';
const planOf = (source: string) => parsePlan(source, 'plan.yaml');

describe('withApprovingOrders', () => {
  it('gives a document an order approves and appends that order as its approval, without changing the plan given', () => {
    const source = orderPackage.replace(roadmapStamp, '    items:');
    expect(source).not.toBe(orderPackage);
    const plan = planOf(source);
    const approved = withApprovingOrders(plan);
    expect(approved.documents[1]!.approval).toEqual({ order: 'order-roadmap' });
    expect(plan.documents[1]!.approval).toBeUndefined();
  });

  it('keeps an approval the document has, and returns the same plan when there is nothing to add', () => {
    const plan = planOf(orderPackage);
    expect(withApprovingOrders(plan)).toBe(plan);
    // The schema alone: the cross-checks reject a second approval (check-double-approval.ts).
    const byHead = planSchema.parse(
      parse(orderPackage.replace(roadmapStamp, '    approval: { by: aleykina }\n    items:')),
    );
    expect(withApprovingOrders(byHead).documents[1]!.approval).toEqual({ by: 'aleykina' });
  });
});

describe('a document approved by an order and by a stamp of its own', () => {
  const withStamp = (stamp: string) =>
    orderPackage.replace(roadmapStamp, `    approval: ${stamp}\n    items:`);

  it('is an error at its approval that names the order, its clause and the stamp too many', () => {
    expect(problemsOf(withStamp('{ by: aleykina, date: 2020-10-10 }'))).toEqual([
      '33:5: документ утверждается приказом «order-roadmap» от 01.10.2020 № 45-о (пункт 1), а здесь у него ещё и свой гриф «УТВЕРЖДАЮ» — документ был бы утверждён дважды, разными актами. Уберите approval: что документ утверждён этим приказом, gramota отметит сама',
    ]);
    expect(problemsOf(withStamp('{ council: педагогического совета }'))).toEqual([
      expect.stringMatching(
        /^33:5: .*свой гриф утверждения советом .*agreement: \{ word: ПРИНЯТО, council: … \}$/,
      ),
    ]);
  });

  it('names a nested clause by its printed number', () => {
    const nested = withStamp('{ by: aleykina }').replace(
      '      - approve: roadmap\n',
      '      - text: "Утвердить:"\n        clauses:\n          - approve: roadmap\n',
    );
    expect(problemsOf(nested)).toEqual([expect.stringContaining('(пункт 1.1)')]);
  });

  it('passes with the stamp of that same order, or no stamp, or when the order only appends it', () => {
    expect(problemsOf(orderPackage)).toEqual([]);
    expect(problemsOf(orderPackage.replace(roadmapStamp, '    items:'))).toEqual([]);
    const appended = withStamp('{ by: aleykina }').replace('      - approve: roadmap\n', '');
    const reports: string[] = [];
    checkDoubleApproval(planOf(appended), (_, message) => reports.push(message));
    expect(reports).toEqual([]);
  });
});
