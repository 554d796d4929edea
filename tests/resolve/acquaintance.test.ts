import { describe, expect, it } from 'vitest';
import { resolveAcquaintance } from '../../src/resolve/acquaintance.js';
import { contextOf } from '../_fixtures/resolve-context.js';

describe('resolveAcquaintance', () => {
  it('numbers the people of the plan, then the blank rows; «Фамилия И.О.», positions as in people', () => {
    const view = resolveAcquaintance(
      { people: ['spiridonova', 'Бушина М.Б.'], blank_rows: 2 },
      'Положение о наставничестве',
      contextOf(),
    );
    expect(view.subject).toBe('с\u00A0Положением о\u00A0наставничестве');
    expect(view.rows).toEqual([
      {
        number: '1.',
        name: 'Спиридонова\u00A0А.В.',
        position: 'Заместитель директора по\u00A0учебно-методической работе',
      },
      { number: '2.', name: 'Бушина\u00A0М.Б.', position: '' },
      { number: '3.', name: '', position: '' },
      { number: '4.', name: '', position: '' },
    ]);
  });

  it('a position written in small letters starts its cell with a capital, as the others do', () => {
    const view = resolveAcquaintance(
      { people: ['spiridonova', 'lev'] },
      'Положение о наставничестве',
      contextOf(),
    );
    expect(view.rows.map((row) => row.position)).toEqual([
      'Заместитель директора по\u00A0учебно-методической работе',
      'Учитель технологии',
    ]);
  });

  it('a title over several lines reads as one; an unknown kind is named «документом «…»»', () => {
    const ctx = contextOf();
    expect(resolveAcquaintance({ blank_rows: 1 }, 'Порядок\nприёма', ctx).subject).toBe(
      'с\u00A0порядком приёма',
    );
    expect(resolveAcquaintance({ blank_rows: 1 }, 'Памятка\nработнику', ctx).subject).toBe(
      'с\u00A0документом «Памятка работнику»',
    );
  });
});
