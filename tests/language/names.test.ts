import { describe, expect, it } from 'vitest';
import {
  type PersonName,
  parsePersonName,
  splitSignatureText,
  toFullName,
  toInitialsSurname,
  toSignatureOrder,
  toSurnameInitials,
} from '../../src/language/names.js';

const nb = '\u00A0';

describe('parsePersonName', () => {
  it.each<[string, PersonName]>([
    [
      'Алейкина Галина Викторовна',
      { last: 'Алейкина', first: 'Галина', middle: 'Викторовна', initials: 'Г.В.' },
    ],
    [
      '  Алейкина   Галина\u00A0Викторовна ',
      { last: 'Алейкина', first: 'Галина', middle: 'Викторовна', initials: 'Г.В.' },
    ],
    ['Бушина М.Б.', { last: 'Бушина', initials: 'М.Б.' }],
    ['Бушина М. Б.', { last: 'Бушина', initials: 'М.Б.' }],
    ['М.Б. Бушина', { last: 'Бушина', initials: 'М.Б.' }],
    ['М. Б. Бушина', { last: 'Бушина', initials: 'М.Б.' }],
    ['М.Б.Бушина', { last: 'Бушина', initials: 'М.Б.' }],
    [`М.Б.${nb}Бушина`, { last: 'Бушина', initials: 'М.Б.' }],
    ['Иванов И.', { last: 'Иванов', initials: 'И.' }],
    ['И. Иванов', { last: 'Иванов', initials: 'И.' }],
    ['Иванов Иван', { last: 'Иванов', first: 'Иван', initials: 'И.' }],
    ['Черных', { last: 'Черных', initials: '' }],
    ['Римский-Корсаков Н.А.', { last: 'Римский-Корсаков', initials: 'Н.А.' }],
    ['Ёлкина Елена Юрьевна', { last: 'Ёлкина', first: 'Елена', middle: 'Юрьевна', initials: 'Е.Ю.' }],
    [
      'Мамедов Эльчин Гусейн оглы',
      { last: 'Мамедов', first: 'Эльчин', middle: 'Гусейн оглы', initials: 'Э.Г.' },
    ],
  ])('%j', (text, expected) => {
    expect(parsePersonName(text)).toEqual(expected);
  });
});

describe('name forms', () => {
  const full = parsePersonName('Алейкина Галина Викторовна');
  const short = parsePersonName('Бушина М. Б.');
  const noMiddle = parsePersonName('Иванов Иван');
  const bare = parsePersonName('Черных');

  it('writes initials before the surname with a no-break space', () => {
    expect(toInitialsSurname(full)).toBe(`Г.В.${nb}Алейкина`);
    expect(toInitialsSurname(short)).toBe(`М.Б.${nb}Бушина`);
    expect(toInitialsSurname(noMiddle)).toBe(`И.${nb}Иванов`);
    expect(toInitialsSurname(bare)).toBe('Черных');
  });

  it('writes the surname before initials with a no-break space', () => {
    expect(toSurnameInitials(full)).toBe(`Алейкина${nb}Г.В.`);
    expect(toSurnameInitials(short)).toBe(`Бушина${nb}М.Б.`);
    expect(toSurnameInitials(bare)).toBe('Черных');
  });

  it('writes the full name, falling back to initials when that is all there is', () => {
    expect(toFullName(full)).toBe('Алейкина Галина Викторовна');
    expect(toFullName(noMiddle)).toBe('Иванов Иван');
    expect(toFullName(short)).toBe(`Бушина${nb}М.Б.`);
    expect(toFullName(bare)).toBe('Черных');
  });
});

describe('toSignatureOrder', () => {
  it.each([
    ['Юрисконсульт Смирнов В.В.', 'Юрисконсульт В.В. Смирнов'],
    ['Заместитель директора  по УВР Петрова-Водкина А.', 'Заместитель директора по УВР А. Петрова-Водкина'],
    ['Смирнов В. В.', 'В.В. Смирнов'],
  ])('%j → %j', (text, ordered) => {
    expect(toSignatureOrder(text)).toBe(ordered);
  });

  it('gives nothing for a text without a surname and initials at its end', () => {
    expect(toSignatureOrder('Кураторы групп')).toBeUndefined();
  });
});

describe('splitSignatureText', () => {
  it.each([
    [
      'Председатель профсоюзного комитета И.И. Иванова',
      'Председатель профсоюзного комитета',
      `И.И.${nb}Иванова`,
    ],
    [
      'Председатель профсоюзного комитета И. И. Иванова',
      'Председатель профсоюзного комитета',
      `И.И.${nb}Иванова`,
    ],
    [`Директор Г.В.${nb}Алейкина`, 'Директор', `Г.В.${nb}Алейкина`],
    [
      'Заместитель директора\nпо учебной работе  Е.А. Смирнова ',
      'Заместитель директора по учебной работе',
      `Е.А.${nb}Смирнова`,
    ],
    ['Директор ГБПОУ «ЭПК» Г.В.Алейкина', 'Директор ГБПОУ «ЭПК»', `Г.В.${nb}Алейкина`],
    ['Методист И. Петрова-Водкина', 'Методист', `И.${nb}Петрова-Водкина`],
    ['И.И. Иванова', '', `И.И.${nb}Иванова`],
  ])('%j', (text, position, name) => {
    expect(splitSignatureText(text)).toEqual({ position, name });
  });

  it.each([
    'Председатель профсоюзного комитета',
    'Председатель профсоюзного комитета Иванова',
    'Председатель профсоюзного комитета Иванова И.И.',
    'Директор ГБПОУ «ЭПК»',
    '',
  ])('%j → undefined', (text) => {
    expect(splitSignatureText(text)).toBeUndefined();
  });
});
