import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { hyphenateText, removeSoftHyphens, softHyphen } from '../../src/language/hyphenation.js';

const marked = (text: string) => hyphenateText(text).replaceAll(softHyphen, '|');

describe('hyphenateText', () => {
  it('puts soft hyphens at the Russian hyphenation points of the TeX patterns, two letters at least on each side', () => {
    expect(marked('профессиональных')).toBe('про|фес|си|о|наль|ных');
    expect(marked('Документ, закрепляющий результат')).toBe('До|ку|мент, за|креп|ля|ю|щий ре|зуль|тат');
    expect(marked('учебно-методической')).toBe('учеб|но-ме|то|ди|че|ской');
  });

  it('leaves short words, abbreviations, tokens with digits or Latin letters and names with initials whole', () => {
    expect(marked('план на год')).toBe('план на год');
    expect(marked('ГАПОУ «ЧПК» РИП')).toBe('ГАПОУ «ЧПК» РИП');
    expect(marked('до 10-го числа, 2020г., ReFresh-студии')).toBe('до 10-го чис|ла, 2020г., ReFresh-студии');
    expect(marked('Директор Г.В.\u00a0Алейкина')).toBe('Директор Г.В.\u00a0Алейкина');
    expect(marked('Спиридонова\u00a0А.В., Бушина М.Б.')).toBe('Спиридонова\u00a0А.В., Бушина М.Б.');
  });

  it('leaves a word tied to the dash after it whole, as LibreOffice breaks at the no-break space there', () => {
    expect(marked('сентябрь\u00a0– организация')).toBe('сентябрь\u00a0– ор|га|ни|за|ция');
  });

  it('never breaks a month in a term: a clerk writes «ноябрь» whole in the narrowest «Сроки» column', () => {
    expect(marked('январь\u00a0– декабрь 2026\u00a0г.')).toBe('январь\u00a0– декабрь 2026\u00a0г.');
    expect(marked('до 15 сентября, в ноябре, Октябрь')).toBe('до 15 сентября, в ноябре, Октябрь');
    // Words that only begin as a month are words like any other.
    expect(marked('маятник, мартовский')).toBe('ма|ят|ник, мар|тов|ский');
  });

  it('never breaks a name written in full (a staff list had «Петро-/вич»), in either order', () => {
    expect(marked('Иванов Пётр Петрович')).toBe('Иванов Пётр Петрович');
    expect(marked('Пётр Петрович Иванов, методист')).toBe('Пётр Петрович Иванов, ме|то|дист');
    expect(marked('Сидорова Анна Ильинична; Кузнецова Мария Сергеевна')).toBe(
      'Сидорова Анна Ильинична; Кузнецова Мария Сергеевна',
    );
    expect(marked('Педагогический совет')).toBe('Пе|да|го|ги|че|ский со|вет');
  });

  it('never breaks a woman’s name in full in an oblique case either, and breaks «Основной» as ever', () => {
    // The patronymic of language/patronymic.ts in any case: «-вну», «-вне», «-вной» were broken («Иго|рев|ну»).
    expect(marked('Назначить Кузнецову Марину Игоревну')).toBe('На|зна|чить Кузнецову Марину Игоревну');
    expect(marked('Ивановой Анне Сергеевне')).toBe('Ивановой Анне Сергеевне');
    expect(marked('с Петровым Иваном Кузьмичом')).toBe('с Петровым Иваном Кузьмичом');
    // «-вной» out of a name is an adjective's ending, and breaks as any word does.
    expect(marked('Основной этап')).toBe('Ос|нов|ной этап');
  });

  it('breaks the exception words of the patterns where Russian does, not where the hyphen package misreads them', () => {
    // The package gives «биз|несм|ен», «Фо|топ|лено|к», «взба|лам|уться|».
    expect(marked('бизнесмен, Фотопленок, взбаламуться')).toBe('биз|нес|мен, Фо|то|пле|нок, взба|ла|муть|ся');
    expect(marked('Чересчур')).toBe('Че|рес|чур');
  });

  it('leaves two letters at least at each end of every exception word of the patterns', () => {
    const exceptions = Object.keys(
      (createRequire(import.meta.url)('hyphen/ru') as { patterns: [unknown, unknown, object] }).patterns[2],
    ).filter((word) => word.length >= 5);
    expect(exceptions.length).toBeGreaterThan(150);
    const short = exceptions.map(marked).filter((word) => /^[^|]?\||\|[^|]?$|\|\|/.test(word));
    expect(short).toEqual([]);
  });

  it('gives the text back unchanged once the soft hyphens are removed', () => {
    const text = 'Организация информационного освещения мероприятий по реализации программы';
    expect(removeSoftHyphens(hyphenateText(text))).toBe(text);
  });
});
