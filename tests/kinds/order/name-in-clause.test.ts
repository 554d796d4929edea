import { describe, expect, it } from 'vitest';
import { findPersonNameInText } from '../../../src/kinds/order/name-in-clause.js';
import { parsePlan } from '../../../src/plan/parse-plan.js';
import { orderPackage } from '../../_fixtures/plans.js';
import { problemsOf } from '../../_fixtures/problems.js';

const plan = parsePlan(orderPackage, 'plan.yaml');
const appoint = 'Назначить ответственным за реализацию дорожной карты';

describe('findPersonNameInText', () => {
  it.each([
    [`${appoint} Спиридонову А.В.`, 'Спиридонову А.В.'],
    [`${appoint} Спиридонову А.В`, 'Спиридонову А.В'],
    [`${appoint} А. В. Спиридонову`, 'А. В. Спиридонову'],
    [`${appoint} Спиридонову Анну Владимировну`, 'Спиридонову Анну'],
    [`${appoint} заместителя директора Спиридонова А.В.`, 'Спиридонова А.В.'],
  ])('finds the name of the clause’s person in «%s»', (value, name) => {
    expect(findPersonNameInText(value, 'spiridonova', plan)).toBe(name);
  });

  it.each([
    appoint,
    `${appoint} по согласованию с Бушиной М.Б.`,
    'Назначить ответственным за проект «Спиридоновские чтения»',
  ])('finds no name of the person in «%s»', (value) => {
    expect(findPersonNameInText(value, 'spiridonova', plan)).toBeUndefined();
  });
});

describe('a clause with person: whose text already has the name', () => {
  it('is an error at the text: the order would print the name twice', () => {
    const source = orderPackage.replace(`- text: ${appoint}\n`, `- text: ${appoint} Спиридонову А.В.\n`);
    expect(problemsOf(source)).toEqual([
      '20:15: имя «Спиридонову А.В.» уже есть в тексте пункта, а person: spiridonova поставит после текста должность и имя ещё раз — имя напечаталось бы дважды; уберите его из текста (и должность, если она там есть): их подставит person',
    ]);
  });

  it('passes a clause that names another person in its text', () => {
    const source = orderPackage.replace(`- text: ${appoint}\n`, `- text: ${appoint} вместо Бушиной М.Б.\n`);
    expect(problemsOf(source)).toEqual([]);
  });
});
