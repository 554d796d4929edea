import { describe, expect, it } from 'vitest';
import { minimalRoadmap, orderPackage } from '../_fixtures/plans.js';
import { problemsOf } from '../_fixtures/problems.js';

/** The order of 01.10.2020 with its clause's term (line 24) written as `term`. */
const withTerm = (term: string) => orderPackage.replace('term: 2020-10-15', `term: ${term}`);

describe('a deadline of an order before the order itself', () => {
  it('names a date, the end of a range or a date of a list that has passed when the order is signed', () => {
    const passed = (term: string) =>
      `24:15: срок «${term}» раньше даты самого приказа (01.10.2020): когда приказ подпишут, он уже пройдёт — проверьте дату или год`;
    expect(problemsOf(withTerm('2020-09-15'))).toEqual([passed('15 сентября 2020 г.')]);
    expect(problemsOf(withTerm('{ until: 2020-09 }'))).toEqual([passed('до сентября 2020 г.')]);
    expect(problemsOf(withTerm('{ from: 2020-08, to: 2020-09 }'))).toEqual([passed('сентябрь 2020 г.')]);
    expect(problemsOf(withTerm('[2020-12-25, 2020-09-20]'))).toEqual([passed('20 сентября 2020 г.')]);
  });

  it('takes a deadline on the day of the order or later, and a start before it', () => {
    expect(problemsOf(withTerm('2020-10-01'))).toEqual([]);
    expect(problemsOf(withTerm('2020-10'))).toEqual([]);
    expect(problemsOf(withTerm('{ from: 2020-09, to: 2020-12 }'))).toEqual([]);
    expect(problemsOf(withTerm('{ from: 2020-09 }'))).toEqual([]);
    expect(problemsOf(withTerm('ежегодно'))).toEqual([]);
  });

  it('says nothing when the order is dated by hand', () => {
    const blank = withTerm('2020-09-15').replace(
      'date: 2020-10-01\n    title: Об',
      'date: blank\n    title: Об',
    );
    expect(problemsOf(blank)).toEqual([]);
  });
});

describe('a term written as text outside the project period', () => {
  /** The roadmap's first term (line 19) written as `term`, in a project of 09.2020–06.2021. */
  const withTerm = (term: string) =>
    problemsOf(
      minimalRoadmap
        .replace('documents:', 'project:\n  period: { from: 2020-09, to: 2021-06 }\ndocuments:')
        .replace('term: { until: 2020-10-12 }', `term: ${term}`),
    );
  const period = 'выходит за срок реализации проекта (сентябрь 2020 г. — июнь 2021 г.)';
  const pastEnd = (term: string) =>
    `19:15: срок «${term}» ${period}: он позже окончания проекта — похоже, опечатка в годе; исправьте год в сроке (а если проект продлён — to в project.period)`;
  const beforeStart = (term: string) =>
    `19:15: срок «${term}» ${period}: он раньше начала проекта — проверьте год в сроке (не остался ли он от прошлого плана); если работа начинается раньше — исправьте from в project.period`;

  it.each([
    'сент. 2021',
    'IV квартал 2021',
    '4 кв. 2021 г.',
    'II полугодие 2021 г.',
    '2021–2022 уч. год',
    'осень 2021',
    'с 01.09.2021 по 15.09.2021',
    'в течение 2022 года',
  ])('is an error after the period at «%s», named as written', (term) => {
    expect(withTerm(term)).toEqual([pastEnd(term)]);
  });

  it('is an error before the period, and at a list or a range with one end outside', () => {
    expect(withTerm('2019/2020 учебный год')).toEqual([beforeStart('2019/2020 учебный год')]);
    expect(withTerm('I квартал 2020 г.')).toEqual([beforeStart('I квартал 2020 г.')]);
    expect(withTerm('ноябрь 2020 г., сент. 2021 г.')).toEqual([pastEnd('ноябрь 2020 г., сент. 2021 г.')]);
    expect(withTerm('с IV квартала 2020 по III квартал 2021 г.')).toEqual([
      pastEnd('с IV квартала 2020 по III квартал 2021 г.'),
    ]);
  });

  it('passes a text term within the period, and text that names no dates', () => {
    for (const term of [
      'окт. 2020',
      'IV квартал 2020',
      'I полугодие 2021 г.',
      '2020/2021 учебный год',
      'в течение года',
      'по мере необходимости',
    ])
      expect(withTerm(term)).toEqual([]);
  });

  it('is an error at an order’s clause too', () => {
    const source = orderPackage
      .replace('documents:', 'project:\n  period: { from: 2020-09, to: 2021-06 }\ndocuments:')
      .replace('term: 2020-10-15', 'term: IV квартал 2021');
    expect(problemsOf(source)).toEqual([
      `26:15: срок «IV квартал 2021» ${period}: он позже окончания проекта — похоже, опечатка в годе; исправьте год в сроке (а если проект продлён — to в project.period)`,
    ]);
  });
});
