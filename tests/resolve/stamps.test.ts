import { describe, expect, it } from 'vitest';
import { parsePlan } from '../../src/plan/parse-plan.js';
import { createContext } from '../../src/resolve/context.js';
import { resolveStamps } from '../../src/resolve/stamps.js';

function stampsOf(documentYaml: string, settings = '') {
  const plan = parsePlan(
    `organization: { name: Колледж, short_name: ГАПОУ "ЧПК", head: aleykina }
people:
  aleykina: { name: Алейкина Галина Викторовна, position: Директор }
${settings}documents:
  - type: roadmap
${documentYaml}
    items: [{ activity: А }]
`,
    'plan.yaml',
  );
  return resolveStamps(plan.documents[0]!, createContext(plan));
}

describe('resolveStamps', () => {
  it('approval by a person: position with the organization, «Г.В. Алейкина», the date', () => {
    const stamps = stampsOf('    title: Дорожная карта\n    approval: { by: aleykina, date: 2020-10-01 }');
    expect(stamps).toEqual({
      left: null,
      right: {
        byPerson: {
          word: null,
          position: 'Директор ГАПОУ\u00A0«ЧПК»',
          signature: 'Г.В.\u00A0Алейкина',
          date: '01.10.2020',
        },
        byOrder: null,
        byCouncil: null,
      },
      widthMm: 75,
    });
  });

  it('the head approves by default, with a blank date to be filled in by hand', () => {
    const stamps = stampsOf('    title: Дорожная карта\n    approval: { date: blank }');
    expect(stamps?.right?.byPerson).toEqual({
      word: null,
      position: 'Директор ГАПОУ\u00A0«ЧПК»',
      signature: 'Г.В.\u00A0Алейкина',
      date: '«___» ____________ 20__\u00A0г.',
    });
  });

  it('dates in words and 8 cm blocks under GOST 2025', () => {
    const stamps = stampsOf(
      '    title: План\n    approval: { by: aleykina, date: 2020-10-01 }',
      'settings: { date_style: words, gost: 2025 }\n',
    );
    expect(stamps?.right?.byPerson?.date).toBe('1\u00A0октября\u00A02020\u00A0г.');
    expect(stamps?.widthMm).toBe(80);
  });

  it('approval by a council: the word agrees with the document, the protocol is named', () => {
    const stamps = stampsOf(
      '    title: Календарный план реализации проекта\n    approval: { council: педагогического совета, protocol: { date: 2023-08-30, number: 1 } }',
    );
    expect(stamps?.right?.byCouncil).toEqual({
      word: 'УТВЕРЖДЕН',
      opinion: false,
      council: 'педагогического совета',
      org: 'ГАПОУ\u00A0«ЧПК»',
      protocol: { date: '30.08.2023', number: '1' },
    });
  });

  it('agreement opposite the approval, from free text «Должность И.О. Фамилия»', () => {
    const stamps = stampsOf(
      '    title: Дорожная карта\n    approval: { by: aleykina, date: 2020-10-01 }\n    agreement: { by: Председатель профсоюзного комитета И.И. Иванова, date: 2020-09-29 }',
    );
    expect(stamps?.left?.[0]?.byPerson).toEqual({
      word: 'СОГЛАСОВАНО',
      position: 'Председатель профсоюзного комитета',
      signature: 'И.И.\u00A0Иванова',
      date: '29.09.2020',
    });
  });

  it('date: none gives a stamp without a date line', () => {
    const stamps = stampsOf('    title: Дорожная карта\n    approval: { by: aleykina, date: none }');
    expect(stamps?.right?.byPerson?.date).toBeNull();
  });

  it('a position that already names the organization gets none appended; an abbreviation of a duty is no name', () => {
    const people = `  petrov: { name: Петров И.И., position: Директор школы }
  orlova: { name: Орлова А.А., position: Заместитель директора по УВР }
documents:`;
    const plan = parsePlan(
      `organization: { name: Школа, short_name: МБОУ СОШ № 14, head: petrov }
people:
${people}
  - type: roadmap
    title: План
    approval: { by: petrov }
    agreement: { by: orlova }
    items: [{ activity: А }]
`,
      'plan.yaml',
    );
    const stamps = resolveStamps(plan.documents[0]!, createContext(plan));
    expect(stamps?.right?.byPerson?.position).toBe('Директор школы');
    expect(stamps?.left?.[0]?.byPerson?.position).toBe(
      'Заместитель директора по\u00A0УВР МБОУ\u00A0СОШ\u00A0№\u00A014',
    );
  });

  it('a position naming the organization by the first word of its name, in any case, gets none appended', () => {
    const plan = parsePlan(
      `organization: { name: Комитет по образованию администрации города, short_name: Комитет по образованию, head: koh }
people:
  koh: { name: Кох Лев Ильич, position: Председатель Комитета по образованию }
  orlova: { name: Орлова А.А., position: Начальник отдела }
documents:
  - type: roadmap
    title: План
    approval: { by: koh }
    agreement: { by: orlova }
    items: [{ activity: А }]
`,
      'plan.yaml',
    );
    const stamps = resolveStamps(plan.documents[0]!, createContext(plan));
    expect(stamps?.right?.byPerson?.position).toBe('Председатель Комитета по\u00A0образованию');
    expect(stamps?.left?.[0]?.byPerson?.position).toMatch(/^Начальник отдела Комитет/);
  });

  it('keeps a short organization name on one line of the stamp; a long one may wrap', () => {
    const stampOf = (shortName: string) => {
      const plan = parsePlan(
        `organization: { name: Школа, short_name: ${shortName}, head: petrov }
people:
  petrov: { name: Петров И.И., position: Директор }
documents:
  - type: roadmap
    title: План
    approval: { by: petrov }
    items: [{ activity: А }]
`,
        'plan.yaml',
      );
      return resolveStamps(plan.documents[0]!, createContext(plan))?.right?.byPerson?.position;
    };
    expect(stampOf('ГБПОУ СО «ТСПК»')).toBe('Директор ГБПОУ\u00A0СО\u00A0«ТСПК»');
    expect(stampOf('ГБПОУ СО «Тольяттинский социально-педагогический колледж»')).toBe(
      'Директор ГБПОУ СО\u00A0«Тольяттинский социально-педагогический колледж»',
    );
  });
});
