import { describe, expect, it } from 'vitest';
import { parsePlan } from '../../src/plan/parse-plan.js';
import { toPlanWarnings } from '../../src/plan/plan-warnings.js';
import { orderPackage } from '../_fixtures/plans.js';
import { problemsOf } from '../_fixtures/problems.js';

/** The package with the council's protocol of the regulation (approved by order 45-о of 01.10.2020) dated `date`. */
const protocolOf = (date: string) =>
  orderPackage.replace('protocol: { date: 2020-09-28', `protocol: { date: ${date}`);
const warningsOf = (source: string) =>
  toPlanWarnings(parsePlan(source, 'plan.yaml'), source, 'plan.yaml').map(
    (w) => `${w.line}:${w.column}: ${w.message}`,
  );

describe('an agreement dated long before the approval', () => {
  it('warns at the protocol date of last year left under this year’s approving order', () => {
    const source = protocolOf('2019-09-28');
    expect(warningsOf(source)).toEqual([
      '39:69: предупреждение: гриф согласования датирован 28.09.2019 — больше чем на полгода раньше утверждения документа (01.10.2020); так остаётся дата прошлогоднего плана, когда остальные даты сдвинули, — проверьте год',
    ]);
    expect(problemsOf(source)).toEqual([]);
  });

  it('is silent for a council days or months before the approval; one after it is an error', () => {
    expect(warningsOf(protocolOf('2020-09-28'))).toEqual([]);
    expect(warningsOf(protocolOf('2020-05-20'))).toEqual([]);
    expect(problemsOf(protocolOf('2020-10-05'))).toEqual([
      expect.stringMatching(/^39:69: гриф согласования датирован 05\.10\.2020 — позже утверждения документа/),
    ]);
  });
});
