import { describe, expect, it } from 'vitest';
import { parse, parseDocument } from 'yaml';
import { showNumbered, writeNumbered } from '../../src/web/numbered-cell.js';

describe('a numbered list in a cell of the table of rows', () => {
  it('is shown a line each, numbered as the document numbers it', () => {
    const node = parseDocument('{ numbered: [платформа;, инструкция пользователя] }').contents!;
    expect(showNumbered(node)).toBe('1) платформа;\n2) инструкция пользователя');
    expect(showNumbered(parseDocument('[a, b]').contents!)).toBeUndefined();
  });

  it('goes back as the plan writes it, cut only before the next number in turn', () => {
    const written = writeNumbered('1) платформа; 2) инструкция, версия 2) и 3 3) видеоурок')!;
    expect(parse(written)).toEqual({
      numbered: ['платформа;', 'инструкция, версия 2) и 3', 'видеоурок'],
    });
    expect(parse(writeNumbered('1) один\n2) два')!)).toEqual({ numbered: ['один', 'два'] });
    expect(writeNumbered('Отчёт 1) и 2)')).toBeUndefined();
  });
});
