import { describe, expect, it } from 'vitest';
import { matchColumnTitle } from '../../../src/import/recognise/column-titles.js';

describe('roadmap column titles', () => {
  it.each([
    ['№ п/п', 'number'],
    ['№', 'number'],
    ['Наименование мероприятия', 'activity'],
    ['Мероприятия', 'activity'],
    ['Содержание деятельности / Мероприятия', 'activity'],
    ['Сроки реализации', 'term'],
    ['Срок исполнения', 'term'],
    ['Ответственный исполнитель', 'responsible'],
    ['Ответственные', 'responsible'],
    ['Документ, закрепляющий результат', 'evidence'],
    ['Ожидаемый результат', 'result'],
    ['Ключевой результат', 'result'],
    ['Форма отчётности', 'report'],
    ['Цель', 'goal'],
    ['Этап', 'stage'],
  ])('«%s» → %s', (title, key) => {
    expect(matchColumnTitle(title)).toBe(key);
  });

  it('leaves a title of its own to a custom column', () => {
    expect(matchColumnTitle('Сетевые партнёры')).toBeUndefined();
  });
});
