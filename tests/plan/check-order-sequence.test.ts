import { describe, expect, it } from 'vitest';
import { parsePlan } from '../../src/plan/parse-plan.js';
import { toPlanWarnings } from '../../src/plan/plan-warnings.js';
import { orderPackage } from '../_fixtures/plans.js';
import { writeSspk } from '../_fixtures/sspk.js';

const lineOf = (source: string, text: string) => source.split('\n').findIndex((l) => l.includes(text)) + 1;
const warningsOf = (source: string) =>
  toPlanWarnings(parsePlan(source, 'plan.yaml'), source, 'plan.yaml').map(
    (w) => `${w.line}:${w.column}: ${w.message}`,
  );
/** The fixture package (order «45-о» of 01.10.2020) with an issued order of the organisation before its documents. */
const withIssued = (order: string) =>
  orderPackage.replace('documents:\n', `orders:\n  prikaz: ${order}\ndocuments:\n`);

describe('order numbers of one register going back in time', () => {
  it('is a warning at the date of the order with the larger number, naming both', () => {
    const source = withIssued('{ number: 46-о, date: 2020-09-30 }');
    expect(warningsOf(source)).toEqual([
      `${lineOf(source, 'prikaz: {')}:33: предупреждение: приказ «prikaz» № 46-о от 30.09.2020 датирован раньше приказа «order-roadmap» № 45-о от 01.10.2020, а номер у него больше: приказы одной организации нумеруются по порядку дат. Проверьте даты и номера этих приказов`,
    ]);
  });

  it.each([
    ['a smaller number earlier', '{ number: 44-о, date: 2020-09-30 }'],
    ['another register', '{ number: 46-од, date: 2020-09-30 }'],
    ['another year (registers start anew)', '{ number: 46-о, date: 2019-12-30 }'],
    ['another issuer', '{ number: 46-о, date: 2020-09-30, issuer: Министерства образования }'],
  ])('is no warning for %s', (_, order) => {
    expect(warningsOf(withIssued(order))).toEqual([]);
  });

  it('compares each partner’s own numbers and dates, at the partner’s date', () => {
    const source = `${orderPackage.trimEnd()}
variants:
${writeSspk({
  rest: '    orders:\n      join: { number: 111-о, date: 2020-10-01 }\n    documents:\n      order-roadmap: { number: 112-о, date: 2020-09-30 }\n',
})}`;
    expect(warningsOf(source)).toEqual([
      `${lineOf(source, '112-о')}:45: предупреждение: приказ «order-roadmap» № 112-о от 30.09.2020 датирован раньше приказа «join» № 111-о от 01.10.2020, а номер у него больше (организация «sspk»): приказы одной организации нумеруются по порядку дат. Проверьте даты и номера этих приказов`,
    ]);
  });
});
