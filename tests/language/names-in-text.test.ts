import { describe, expect, it } from 'vitest';
import { findNamesInText } from '../../src/language/names-in-text.js';

const namesIn = (text: string) => findNamesInText(text).map((n) => `${n.written}|${n.last}|${n.initials}`);

describe('names in running text', () => {
  it.each([
    ['Заместителю директора по УМР Спиридоновой А.В.: обеспечить', 'Спиридоновой А.В.|Спиридоновой|А.В.'],
    ['Подготовил А. В. Спиридонова', 'А. В. Спиридонова|Спиридонова|А.В.'],
    ['2. Купин Юрий Николаевич – инженер-программист', 'Купин Юрий Николаевич|Купин|Ю.Н.'],
    ['поручить Купину Юрию Николаевичу', 'Купину Юрию Николаевичу|Купину|Ю.Н.'],
    ['Руководитель: Иванова Мария Сергеевна, старший воспитатель', 'Иванова Мария Сергеевна|Иванова|М.С.'],
    ['совместно с Римской-Корсаковой Е.Н.', 'Римской-Корсаковой Е.Н.|Римской-Корсаковой|Е.Н.'],
  ])('finds the name in «%s»', (text, found) => {
    expect(namesIn(text)).toEqual([found]);
  });

  it('finds every name of a text, each with its place', () => {
    const found = findNamesInText('Бушиной М.Б. и Орловой Е.Д. подготовить отчёт');
    expect(found.map((n) => [n.written, n.index])).toEqual([
      ['Бушиной М.Б.', 0],
      ['Орловой Е.Д.', 15],
    ]);
  });

  it.each([
    'ГБПОУ НСО «НКТТ им. Н.А. Лунина»',
    'школа имени А.С. Пушкина',
    'см. Приложение Б.',
    'Положение об основных направлениях работы',
    'Российской Федерации Владимир Путин',
    'в 2021 г. Чита',
  ])('finds no person’s name in «%s»', (text) => {
    expect(namesIn(text)).toEqual([]);
  });

  it('takes «Д.А. Смирнов», not «Юрисконсульт Д.А.», in a signature', () => {
    expect(namesIn('Юрисконсульт Д.А. Смирнов')).toEqual(['Д.А. Смирнов|Смирнов|Д.А.']);
  });
});
