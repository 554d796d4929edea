import { describe, expect, it } from 'vitest';
import { minimalRoadmap, orderPackage } from '../_fixtures/plans.js';
import { problemsOf } from '../_fixtures/problems.js';

/** The fixture roadmap in two stages, the second one `second` (its lines after its title). */
const inStages = (second: string) =>
  minimalRoadmap.replace(
    '    items:\n',
    `    stages:\n      - title: Подготовительный\n        items:\n          - activity: Сбор данных\n      - title: Основной (внедренческий)\n${second}      - title: Обобщающий\n        items:\n          - activity: Отчёт\n    items_old:\n`,
  );
const stageItems =
  'у этапа «Основной (внедренческий)» нет мероприятий: добавьте их списком items под названием и сроком этапа — items:, а под ним - activity: …';

describe('a required list left empty or out is named as the part of the document that has nothing', () => {
  it('says a stage has no events, by its title, for `items: []` and for no items', () => {
    const source = (second: string) => inStages(second).replace(/ {4}items_old:\n[\s\S]*$/, '');
    expect(problemsOf(source('        term: { from: 2020-11, to: 2021-05 }\n        items: []\n'))).toEqual([
      `21:16: ${stageItems}`,
    ]);
    expect(problemsOf(source('        term: { from: 2020-11, to: 2021-05 }\n'))).toEqual([
      `19:9: ${stageItems}`,
    ]);
  });

  it('says an order has no clauses and a section of a regulation has no clauses, by its title', () => {
    const order = orderPackage.replace(
      / {4}clauses:\n {6}- approve: roadmap\n[\s\S]*?(?= {4}control:)/,
      '    clauses: []\n',
    );
    expect(problemsOf(order)).toEqual([
      '17:14: в приказе нет пунктов: добавьте их списком clauses — то, что идёт после «ПРИКАЗЫВАЮ:» (- text: …, - approve: …)',
    ]);
    const regulation = orderPackage.replace(
      /(- title: Цели и задачи\n) {8}clauses:\n[\s\S]*$/,
      '$1        clauses: []\n',
    );
    expect(problemsOf(regulation)).toEqual([
      '47:18: в разделе «Цели и задачи» нет пунктов: добавьте их списком clauses под названием раздела (- …)',
    ]);
  });

  it('says a stage has no title and an order no date, instead of naming the key', () => {
    const untitled = inStages('        items: [{ activity: Апробация }]\n')
      .replace('      - title: Основной (внедренческий)\n        items', '      - items')
      .replace(/ {4}items_old:\n[\s\S]*$/, '');
    expect(problemsOf(untitled)).toEqual([
      '19:9: у этапа нет названия: напишите его первым ключом этапа — - title: Подготовительный',
    ]);
    expect(problemsOf(orderPackage.replace('    date: 2020-10-01\n', ''))).toEqual([
      '11:5: у приказа нет даты: напишите её — date: 01.09.2026 (или date: blank — место для даты от руки)',
    ]);
  });
});
