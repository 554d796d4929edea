import { describe, expect, it } from 'vitest';
import { namesSamePerson } from '../../src/plan/check-case-forms.js';
import { orderPackage } from '../_fixtures/plans.js';
import { problemsOf } from '../_fixtures/problems.js';

const deputy =
  '  spiridonova: { name: Спиридонова Анна Владимировна, position: Заместитель директора по учебно-методической работе }\n';
/** The fixture package with the deputy renamed in place and given a case form. */
const withDeputy = (name: string, form: string) =>
  orderPackage.replace(
    deputy,
    `  spiridonova:\n    name: ${name}\n    position: Заместитель директора\n    cases:\n      accusative: ${form}\n`,
  );

describe('a case form that names another person', () => {
  it('is an error at the form, with the form gramota would write itself', () => {
    const source = withDeputy('Орлова Екатерина Дмитриевна', 'Спиридонову Анну Владимировну');
    const line = source.split('\n').findIndex((l) => l.includes('accusative:')) + 1;
    expect(problemsOf(source)).toEqual([
      `${line}:19: форма падежа «Спиридонову Анну Владимировну» называет другого человека, а name — «Орлова Екатерина Дмитриевна»: форма печатается как написана, и в документе стояло бы чужое имя. Исправьте форму или удалите её — в винительном падеже gramota сама напишет «Орлову Екатерину Дмитриевну»`,
    ]);
  });

  it('is an error when only the initials are someone else’s', () => {
    expect(problemsOf(withDeputy('Орлова Екатерина Дмитриевна', 'Орлову А.В.'))).toEqual([
      expect.stringContaining('форма падежа «Орлову А.В.» называет другого человека'),
    ]);
  });

  it('passes for the forms people write where the automatic one is wrong', () => {
    expect(problemsOf(withDeputy('Лев Николай Иванович', 'Льва Николая Ивановича'))).toEqual([]);
    expect(problemsOf(withDeputy('Орлова Екатерина Дмитриевна', 'Орлову Е.Д.'))).toEqual([]);
  });

  it.each([
    ['Лев Николай Иванович', 'Льва Николая Ивановича', 'accusative'],
    ['Орёл Пётр Сергеевич', 'Орла Петра Сергеевича', 'genitive'],
    ['Заяц Иван Петрович', 'Зайцу И.П.', 'dative'],
    ['Кузьмич Наталья Викторовна', 'Кузьмич Натальей Викторовной', 'instrumental'],
    ['Римский-Корсаков Николай Андреевич', 'Римского-Корсакова Н.А.', 'accusative'],
    ['Алиев Руслан Тофик оглы', 'Алиеву Руслану Тофик оглы', 'dative'],
    ['Бушина М.Б.', 'М.Б. Бушину', 'accusative'],
  ] as const)('%s → %s is the same person', (name, form, gcase) => {
    expect(namesSamePerson(name, form, gcase)).toBe(true);
  });

  it.each([
    ['Орлова Екатерина Дмитриевна', 'Спиридонову Анну Владимировну', 'accusative'],
    ['Иванова Мария Сергеевна', 'Ивашкину Марию Сергеевну', 'accusative'],
    ['Лапин Денис Сергеевич', 'Купину Юрию Николаевичу', 'dative'],
    ['Лапин Денис Сергеевич', 'Лапину Ю.Н.', 'dative'],
  ] as const)('%s → %s is another person', (name, form, gcase) => {
    expect(namesSamePerson(name, form, gcase)).toBe(false);
  });
});
