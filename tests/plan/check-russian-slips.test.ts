import { describe, expect, it } from 'vitest';
import { minimalRoadmap, orderPackage } from '../_fixtures/plans.js';
import { problemsOf } from '../_fixtures/problems.js';

/** The fixture roadmap with its title (line 12) and the term of its first activity (line 17) replaced. */
const roadmap = (title: string, term = '{ until: 2020-10-12 }') =>
  minimalRoadmap
    .replace('title: Дорожная карта реализации целевой программы наставничества', `title: ${title}`)
    .replace('term: { until: 2020-10-12 }', `term: ${term}`);

describe('«г.» written twice', () => {
  it('names it in a title and in a term written as text, with the years written once', () => {
    expect(problemsOf(roadmap('Дорожная карта на 2020-2021 гг. г.'))).toEqual([
      '12:12: «2020-2021 гг. г.»: «г.» написано дважды и так и напечаталось бы — напишите «2020-2021 гг.»',
    ]);
    expect(problemsOf(roadmap('Дорожная карта', 'октябрь 2020 г. г.'))).toEqual([
      '17:15: «2020 г. г.»: «г.» написано дважды и так и напечаталось бы — напишите «2020 г.»',
    ]);
    expect(problemsOf(roadmap('Дорожная карта', 'до декабря 2020 г.г.'))).toEqual([
      '17:15: «2020 г.г.»: «г.» написано дважды и так и напечаталось бы — напишите «2020 г.»',
    ]);
  });

  it('takes one mark, and «г.» of a city after a year', () => {
    expect(problemsOf(roadmap('Дорожная карта на 2020-2021 гг.', 'октябрь 2020 г.'))).toEqual([]);
    expect(problemsOf(roadmap('Семинар 12 октября 2020 г. г. Чита', 'октябрь 2020 г.'))).toEqual([]);
  });
});

describe('the title of an approving clause (`approve` + `title`, as gramota import writes it)', () => {
  it('is checked as the clause’s other texts are: «о» before a vowel and «г.» twice, at its line', () => {
    const plan = orderPackage.replace(
      '      - approve: roadmap\n',
      '      - approve: roadmap\n        title: дорожную карту о организации наставничества на 2020 г. г.\n',
    );
    expect(problemsOf(plan)).toEqual([
      '19:16: «о организации»: перед гласной пишется «об» — «об организации»',
      '19:16: «2020 г. г.»: «г.» написано дважды и так и напечаталось бы — напишите «2020 г.»',
    ]);
  });
});
