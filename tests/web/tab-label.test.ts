import { describe, expect, it } from 'vitest';
import { toTabLabel } from '../../src/web/tab-label.js';

describe('toTabLabel', () => {
  it('keeps a short title whole, and cuts a long one between words, never after a preposition', () => {
    expect(toTabLabel('Положение о наставничестве')).toBe('Положение о наставничестве');
    expect(toTabLabel('Об утверждении дорожной карты реализации целевой программы наставничества')).toBe(
      'Об утверждении дорожной…',
    );
    expect(toTabLabel('Состав рабочей группы по внедрению целевой модели наставничества')).toBe(
      'Состав рабочей группы…',
    );
    expect(toTabLabel('Дорожная карта РИП «Сетевое взаимодействие профессиональных организаций»')).toBe(
      'Дорожная карта РИП…',
    );
  });

  it('keeps at least the first word of a title that is one long word', () => {
    expect(toTabLabel('Сверхдлинноедлинноеназваниедокумента')).toBe('Сверхдлинноедлинноеназваниедокумента');
  });
});
