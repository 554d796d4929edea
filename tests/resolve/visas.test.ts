import { describe, expect, it } from 'vitest';
import { resolveVisas } from '../../src/resolve/visas.js';
import { contextOf } from '../_fixtures/resolve-context.js';

describe('resolveVisas', () => {
  it('a person of the plan: position as written (no organization), «И.О. Фамилия», a blank date line', () => {
    expect(resolveVisas(['spiridonova'], contextOf())).toEqual([
      {
        position: 'Заместитель директора по\u00A0учебно-методической работе',
        name: 'А.В.\u00A0Спиридонова',
        date: '____.____.20___',
      },
    ]);
  });

  it('the date of the visa in digits whatever the date style; none leaves no date line', () => {
    const ctx = contextOf('settings: { date_style: words }\n');
    expect(
      resolveVisas(
        [
          { by: 'aleykina', date: '2020-09-30' },
          { by: 'Бушина М.Б.', date: 'none' },
        ],
        ctx,
      ),
    ).toEqual([
      { position: 'Директор', name: 'Г.В.\u00A0Алейкина', date: '30.09.2020' },
      { position: '', name: 'М.Б.\u00A0Бушина', date: null },
    ]);
  });

  it('a position written in small letters starts the visa with a capital, of a person or of free text', () => {
    expect(
      resolveVisas(['lev', 'юрисконсульт И.И. Иванов'], contextOf()).map((visa) => visa.position),
    ).toEqual(['Учитель технологии', 'Юрисконсульт']);
  });

  it('free text «Должность И.О. Фамилия» is split into the position and the name', () => {
    expect(resolveVisas(['Юрисконсульт И.И. Иванов'], contextOf())).toEqual([
      { position: 'Юрисконсульт', name: 'И.И.\u00A0Иванов', date: '____.____.20___' },
    ]);
  });
});
