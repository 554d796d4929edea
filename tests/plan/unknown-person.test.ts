import { describe, expect, it } from 'vitest';
import { minimalRoadmap } from '../_fixtures/plans.js';
import { problemsOf } from '../_fixtures/problems.js';

/** The fixture roadmap with its second item's responsible people replaced. */
const withResponsible = (value: string) =>
  minimalRoadmap.replace('responsible: [spiridonova, bushina]', `responsible: ${value}`);

describe('a person field naming nobody in people', () => {
  it('first tells how to add the person: a ready entry under the key written, with a position to fill in', () => {
    expect(problemsOf(withResponsible('[spiridonova, smirnova]'))).toEqual([
      '22:40: нет человека с ключом «smirnova» в people. Если это новый человек, добавьте его в people, вписав его имя и должность: smirnova: { name: Фамилия Имя Отчество, position: Должность }',
    ]);
  });

  it('keys a name the way the other keys are, by the surname in Latin letters', () => {
    expect(problemsOf(withResponsible('Смирнова Л.А.'))).toEqual([
      '22:26: нет человека «Смирнова Л.А.» в people. Если это новый человек, добавьте его в people, вписав его должность: smirnova: { name: Смирнова Л.А., position: Должность }',
    ]);
    expect(problemsOf(withResponsible('Жукова Т.С.'))).toEqual([
      '22:26: нет человека «Жукова Т.С.» в people. Если это новый человек, добавьте его в people, вписав его должность: zhukova: { name: Жукова Т.С., position: Должность }',
    ]);
  });

  it('gives a namesake a key of its own', () => {
    const source = withResponsible('Бушина О.П.').replace(
      '  bushina: { name: Бушина М.Б. }',
      '  bushina: { name: Бушина М.Б. }\n  bushina-2: { name: Бушина Е.В. }',
    );
    expect(problemsOf(source)).toEqual([
      '23:26: нет человека «Бушина О.П.» в people. Если это новый человек, добавьте его в people, вписав его должность: bushina-3: { name: Бушина О.П., position: Должность }; если он там уже есть, имя пишется так же, как в people, или ключом: возможно, имелось в виду «Бушина М.Б.»',
    ]);
  });

  it('adds the spelling of a close person after, only when there is one', () => {
    expect(problemsOf(withResponsible('spiridonva'))).toEqual([
      '22:26: нет человека с ключом «spiridonva» в people. Если это новый человек, добавьте его в people, вписав его имя и должность: spiridonva: { name: Фамилия Имя Отчество, position: Должность }; если он там уже есть, ключ написан с опечаткой: возможно, имелось в виду «spiridonova»',
    ]);
  });
});
