import { describe, expect, it } from 'vitest';
import { orderPackage } from '../_fixtures/plans.js';
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
