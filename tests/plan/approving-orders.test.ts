import { describe, expect, it } from 'vitest';
import { withApprovingOrders } from '../../src/plan/approving-orders.js';
import { parsePlan } from '../../src/plan/parse-plan.js';
import { orderPackage } from '../_fixtures/plans.js';

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
    const byHead = planOf(orderPackage.replace(roadmapStamp, '    approval: { by: aleykina }\n    items:'));
    expect(withApprovingOrders(byHead).documents[1]!.approval).toEqual({ by: 'aleykina' });
  });
});
