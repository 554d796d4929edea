import { describe, expect, it } from 'vitest';
import { findNearPerson, isUndottedName } from '../../src/plan/near-person.js';
import { minimalRoadmap } from '../_fixtures/plans.js';
import { problemsOf } from '../_fixtures/problems.js';

const people = {
  shmidt: { name: 'Шмидт Ирина Валерьевна', position: 'Методист' },
  ilyin: { name: 'Ильин Сергей Николаевич', position: 'Заместитель директора' },
  gorelova: { name: 'Горелова Татьяна Сергеевна', position: 'Воспитатель' },
  lev: { name: 'Лев Николай Иванович', position: 'Учитель' },
  kravets: { name: 'Кравец Наталья Юрьевна', position: 'Педагог-психолог' },
};

describe('findNearPerson', () => {
  it.each([
    ['Шмидт И.В', 'shmidt'],
    ['Шмидт И. В', 'shmidt'],
    ['И.В Шмидт', 'shmidt'],
  ])('finds the person «%s» names but for the last dot', (value, key) => {
    expect(findNearPerson(value, people)).toEqual({ kind: 'dot', key });
  });

  it.each([
    ['Горелов', 'gorelova'],
    ['Ильина', 'ilyin'],
    ['Гореловой', 'gorelova'],
    ['Шмит', 'shmidt'],
    ['Ильину', 'ilyin'],
  ])('finds the person the bare surname «%s» misses by a letter or a case', (value, key) => {
    expect(findNearPerson(value, people)).toEqual({ kind: 'surname', keys: [key] });
  });

  it.each([
    'Педагоги',
    'Классные руководители',
    'Рабочая группа',
    'Администрация',
    'Иванов И.И. и Петров П.П.',
    'Петров П.П',
    'Лес',
    'Кравец',
    'Шмидт И.В.',
    'Наставники, зав. кафедрами',
  ])('leaves «%s» alone: a group, another person, or the person as written', (value) => {
    expect(findNearPerson(value, people)).toBeUndefined();
  });

  it('tells a name without its last dot from free text', () => {
    expect(isUndottedName('Петров П.П')).toBe(true);
    expect(isUndottedName('Петров П')).toBe(true);
    expect(isUndottedName('Петров П.П.')).toBe(false);
    expect(isUndottedName('Рабочая группа')).toBe(false);
    expect(isUndottedName('Служба МЧС')).toBe(false);
  });
});

describe('a person field with a text that almost names a person', () => {
  const withResponsible = (value: string) =>
    minimalRoadmap.replace('responsible: spiridonova\n', `responsible: ${value}\n`);

  it('says which person a name without its last dot is, with the key', () => {
    expect(problemsOf(withResponsible('Спиридонова А.В'))).toEqual([
      '18:22: в имени «Спиридонова А.В» нет точки после последнего инициала: оно напечаталось бы как есть, а не как имя человека из people; возможно, имелось в виду spiridonova (Спиридонова Анна Владимировна)',
    ]);
  });

  it('takes a name without its last dot that is nobody for a name missing from people', () => {
    expect(problemsOf(withResponsible('Петров П.П'))).toEqual([
      '18:22: нет человека «Петров П.П» в people. Если это новый человек, добавьте его в people, вписав его должность: petrov: { name: Петров П.П., position: Должность }',
    ]);
  });

  it('says which person a bare surname one letter off is', () => {
    expect(problemsOf(withResponsible('Спиридонов'))).toEqual([
      '18:22: «Спиридонов» напечаталось бы как есть: такой фамилии в people нет, а похожая есть; возможно, имелось в виду spiridonova (Спиридонова Анна Владимировна)',
    ]);
  });

  it.each(['Педагоги', 'Рабочая группа', 'Администрация', 'Иванов И.И. и Петров П.П.', 'Спиридонова'])(
    'prints «%s» as it is written or as the person',
    (value) => {
      expect(problemsOf(withResponsible(value))).toEqual([]);
    },
  );
});
