import { describe, expect, it } from 'vitest';
import { orderPackage } from '../_fixtures/plans.js';
import { problemsOf } from '../_fixtures/problems.js';
import { sspkOrderEntry, writeSspk } from '../_fixtures/sspk.js';

const withVariants = (variants: string) => `${orderPackage.trimEnd()}\nvariants:\n${variants}`;
const partner = (name: string) =>
  writeSspk({ people: { kozlova: { name, position: 'Директор' } }, rest: sspkOrderEntry });

describe('a name in people typed out of order', () => {
  it('is an error at the name in the plan’s people, with what would print and the name in order', () => {
    const plan = orderPackage.replace('Алейкина Галина Викторовна', 'Галина Викторовна Алейкина');
    expect(problemsOf(plan)).toEqual([
      '7:21: в имени «Галина Викторовна Алейкина» отчество стоит вторым словом, а имя читается как «Фамилия Имя Отчество»: в подписях напечаталось бы «В.А. Галина». Напишите его в порядке «Фамилия Имя Отчество»: «Алейкина Галина Викторовна»',
    ]);
  });

  it('is an error at the name in a partner’s people', () => {
    const problems = problemsOf(withVariants(partner('Козлова Николаевна Анна')));
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/^\d+:\d+: в имени «Козлова Николаевна Анна» .*«Козлова Анна Николаевна»$/);
    const line =
      withVariants(partner('x'))
        .split('\n')
        .findIndex((l) => l.includes('kozlova: {')) + 1;
    expect(problems[0]).toMatch(new RegExp(`^${line}:`));
  });

  it('says the order without a guess when the surname cannot be told', () => {
    const plan = orderPackage.replace('Спиридонова Анна Владимировна', 'Анна Владимировна Шевчук');
    expect(problemsOf(plan)).toEqual([
      expect.stringMatching(/«В\.Ш\. Анна»\. Напишите его в порядке «Фамилия Имя Отчество»$/),
    ]);
  });

  it('passes names in order', () => {
    expect(problemsOf(withVariants(partner('Козлова Ирина Николаевна')))).toEqual([]);
  });
});
