import { describe, expect, it } from 'vitest';
import { findNameOrderSlip, isPatronymic } from '../../src/language/name-order.js';

describe('a patronymic', () => {
  it('ends in -вич, -ьич, -вна, -чна', () => {
    for (const word of ['Николаевич', 'Ильич', 'Николаевна', 'Ильинична', 'Саввична'])
      expect(isPatronymic(word), word).toBe(true);
    for (const word of ['Ольга', 'Светлана', 'Кравцова', 'Иван', 'Бабич', 'николаевна'])
      expect(isPatronymic(word), word).toBe(false);
  });
});

describe('a three-word name out of order', () => {
  it('«Имя Отчество Фамилия»: the surname is the last word, put first', () => {
    expect(findNameOrderSlip('Ольга Николаевна Кравцова')).toEqual({
      suggestion: 'Кравцова Ольга Николаевна',
    });
    expect(findNameOrderSlip('Андрей Викторович Тихонов')).toEqual({
      suggestion: 'Тихонов Андрей Викторович',
    });
    expect(findNameOrderSlip(' Денис  Игоревич Вяземский ')).toEqual({
      suggestion: 'Вяземский Денис Игоревич',
    });
  });

  it('«Фамилия Отчество Имя»: the patronymic goes last', () => {
    expect(findNameOrderSlip('Курочкина Алексеевна Светлана')).toEqual({
      suggestion: 'Курочкина Светлана Алексеевна',
    });
    expect(findNameOrderSlip('Осипов Игоревич Денис')).toEqual({ suggestion: 'Осипов Денис Игоревич' });
  });

  it('reads a first name that ends as a surname does as a first name', () => {
    expect(findNameOrderSlip('Галина Викторовна Алейкина')).toEqual({
      suggestion: 'Алейкина Галина Викторовна',
    });
    expect(findNameOrderSlip('Константин Петрович Ильин')).toEqual({
      suggestion: 'Ильин Константин Петрович',
    });
    expect(findNameOrderSlip('Ильина Петровна Ирина')).toEqual({ suggestion: 'Ильина Ирина Петровна' });
  });

  it('makes no guess where both words or neither end as a surname does', () => {
    expect(findNameOrderSlip('Снежина Петровна Ильина')).toEqual({ suggestion: undefined });
    expect(findNameOrderSlip('Ольга Николаевна Шевчук')).toEqual({ suggestion: undefined });
    expect(findNameOrderSlip('Шевчук Николаевна Ольга')).toEqual({ suggestion: undefined });
  });

  it('passes a name in order, a surname that looks like a patronymic, initials and other lengths', () => {
    for (const name of [
      'Кравцова Ольга Николаевна',
      'Петрович Иван Сергеевич',
      'Иван Петрович Сергеевич',
      'Шостакович Дмитрий Дмитриевич',
      'Бушина М.Б.',
      'М.Б. Бушина',
      'Ольга Николаевна',
      'Алиев Рамиз Гасан оглы',
      'Ольга Николаевна Kravtsova',
    ])
      expect(findNameOrderSlip(name), name).toBeUndefined();
  });
});
