import { describe, expect, it } from 'vitest';
import { orderPackage } from '../_fixtures/plans.js';
import { problemsOf } from '../_fixtures/problems.js';
import { writeSspk } from '../_fixtures/sspk.js';

/** The fixture order package («№ 45-о») with a partner whose entry for the order is `entry` (none when undefined). */
const withPartner = (entry?: string, extra = '') =>
  `${orderPackage.trimEnd()}${extra}
variants:
${writeSspk({ rest: entry === undefined ? '' : `    documents:\n      ${entry}\n` })}`;
const lineOf = (source: string, text: string) => source.split('\n').findIndex((l) => l.includes(text)) + 1;

describe('a partner’s order without a number of its own', () => {
  it('is an error at the partner’s entry that gives only a date: the order would print the base number', () => {
    const source = withPartner('order-roadmap: { date: 2020-09-28 }');
    expect(problemsOf(source)).toEqual([
      `${lineOf(source, 'order-roadmap: { date')}:7: приказ «order-roadmap» организации «sspk» задан здесь без номера: её приказ и его грифы «УТВЕРЖДЕНО приказом …» напечатались бы с номером «№ 45-о» — номером приказа организации «gapou_chpk», а у разных организаций номера приказов свои. Добавьте сюда её номер: number: …`,
    ]);
  });

  it('is an error at the partner that has no entry for the order at all', () => {
    const source = withPartner();
    expect(problemsOf(source)).toEqual([
      `${lineOf(source, '- folder: sspk')}:5: у организации «sspk» нет своего номера приказа «order-roadmap»: её приказ и его грифы «УТВЕРЖДЕНО приказом …» напечатались бы с номером «№ 45-о» — номером приказа организации «gapou_chpk», а у разных организаций номера приказов свои. Задайте её номер и дату в её variants: documents: { order-roadmap: { number: …, date: … } }`,
    ]);
  });

  it('is no error with a number of its own, or for an order the partner does not get', () => {
    expect(problemsOf(withPartner('order-roadmap: { number: 245-о }'))).toEqual([]);
    const limited = ['order-roadmap', 'roadmap', 'regulation'].reduce(
      (source, id) => source.replace(`    id: ${id}\n`, `    id: ${id}\n    only_for: [gapou_chpk]\n`),
      withPartner(
        undefined,
        '\n  - type: document\n    title: Справка\n    body: [{ paragraph: Справка о проекте }]',
      ),
    );
    expect(problemsOf(limited)).toEqual([]);
  });

  it('lets one partner print the plan’s number of an order the base organisation does not get, not two', () => {
    const joining = (folders: string) => `
  - type: order
    id: joining
    only_for: ${folders}
    number: 1-о
    date: 2020-09-01
    title: О вступлении в сетевой проект
    clauses: [Вступить в сетевой проект]
    control: self`;
    expect(problemsOf(withPartner('order-roadmap: { number: 245-о }', joining('[sspk]')))).toEqual([]);
    const second = `${withPartner('order-roadmap: { number: 245-о }', joining('[sspk, ngtk]'))}  - folder: ngtk
    organization: { name: Новокуйбышевский гуманитарно-технологический колледж, short_name: ГБПОУ "НГТК", head: kozlova }
    people:
      kozlova: { name: Денисов Андрей Павлович, position: Директор }
    documents:
      order-roadmap: { number: 87-од }
`;
    expect(problemsOf(second)).toEqual([
      `${lineOf(second, 'order-roadmap: { number: 87-од }') - 1}:5: у организации «ngtk» нет своего номера приказа «joining»: её приказ и его грифы «УТВЕРЖДЕНО приказом …» напечатались бы с номером «№ 1-о» — номером приказа организации «sspk», а у разных организаций номера приказов свои. Задайте её номер и дату в её variants: documents: { joining: { number: …, date: … } }`,
    ]);
  });
});
