import { describe, expect, it } from 'vitest';
import { findQuoteSlip } from '../../src/plan/unclosed-quote.js';

const errorAtEnd = (source: string) => findQuoteSlip(source, source.length - 1);

describe('findQuoteSlip', () => {
  it('finds the line of a quote never closed, or closed only by the next value', () => {
    const source = 'title: "Дорожная карта\nitems:\n  - activity: "Анкетирование"\n';
    expect(errorAtEnd(source)).toMatchObject({
      offset: 7,
      message: expect.stringMatching(/кавычка " открыта/),
    });
    expect(errorAtEnd('a: 1\nb: "нет конца\nc: 2\n')).toMatchObject({ offset: 8 });
  });

  it('finds text after a value closed too early by a quote inside it', () => {
    const source = '- activity: "Точка роста" — открытые уроки\n';
    expect(errorAtEnd(source)).toMatchObject({ offset: 25, message: expect.stringMatching(/ещё текст/) });
  });

  it('leaves quotes that YAML reads right: closed, commented, in a flow list, over lines', () => {
    for (const source of [
      'title: "Дорожная карта" # комментарий\n',
      'columns: [\'№\', "Мероприятие"]\n',
      "- 'Он сказал: ''да'''\n",
      'title: "Длинное название\n  на двух строках"\nitems: []\n',
    ])
      expect(errorAtEnd(source), source).toBeUndefined();
  });
});
