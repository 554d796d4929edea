import { describe, expect, it } from 'vitest';
import { listPlanTexts } from '../../src/plan/plan-texts.js';
import type { Plan } from '../../src/plan/schema/plan.js';

describe('listPlanTexts', () => {
  it('lists every text of the plan once, nested ones too, in the order of the file, and nothing else', () => {
    const plan = {
      organization: { name: 'ГБПОУ «ТК»', city: 'Самара' },
      documents: [
        {
          type: 'roadmap',
          id: 'r',
          items: [{ activity: 'Семинар', term: { from: '2021-01' } }, { activity: 'Семинар' }],
        },
        {
          type: 'order',
          id: 'o',
          number: 5,
          clauses: [
            { text: 'Утвердить', list: ['Самара', 'план'] },
            { approve: 'r', title: 'дорожную карту на 2021 год' },
          ],
          draft: true,
        },
      ],
    } as unknown as Plan;
    expect([...listPlanTexts(plan)]).toEqual([
      'ГБПОУ «ТК»',
      'Самара',
      'roadmap',
      'r',
      'Семинар',
      '2021-01',
      'order',
      'o',
      'Утвердить',
      'план',
      'дорожную карту на 2021 год',
    ]);
  });
});
