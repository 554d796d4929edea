import { describe, expect, it } from 'vitest';
import { parsePlan } from '../../src/plan/parse-plan.js';
import { toPlanWarnings } from '../../src/plan/plan-warnings.js';
import { orderPackage } from '../_fixtures/plans.js';

const lineOf = (source: string, text: string) => source.split('\n').findIndex((l) => l.includes(text)) + 1;
const warningsOf = (source: string) =>
  toPlanWarnings(parsePlan(source, 'plan.yaml'), source, 'plan.yaml').map(
    (w) => `${w.line}:${w.column}: ${w.message}`,
  );
/** The fixture package with one more clause typed as text (the order of 2020). */
const withClause = (clause: string, source = orderPackage) =>
  source.replace('    control: spiridonova\n', `      - ${clause}\n    control: spiridonova\n`);
/** Last year's package with the deputy renamed in place under the same key. */
const renamed = orderPackage.replace('Спиридонова Анна Владимировна', 'Орлова Екатерина Дмитриевна');

describe('a name in typed text that names nobody in people', () => {
  it('is a warning naming who holds the position written before it', () => {
    const source = withClause(
      '"Заместителю директора по учебно-методической работе Спиридоновой А.В.: подготовить отчёт"',
      renamed,
    );
    expect(warningsOf(source)).toEqual([
      `${lineOf(source, 'Спиридоновой А.В.')}:9: предупреждение: в тексте названо имя «Спиридоновой А.В.», а такого человека в people нет; заместитель директора по учебно-методической работе в people — Орлова Е.Д. (spiridonova). Если имя осталось от прошлого плана, исправьте его; в пункте приказа человека лучше называть ключом — person: spiridonova, тогда должность и имя подставятся из people`,
    ]);
  });

  it('is a warning for a full name in a list, with no position to name', () => {
    const source = withClause('Включить в состав группы Купина Юрия Николаевича');
    expect(warningsOf(source)).toEqual([
      `${lineOf(source, 'Купина')}:9: предупреждение: в тексте названо имя «Купина Юрия Николаевича», а такого человека в people нет. Если имя осталось от прошлого плана, исправьте его; если это сотрудник организации — добавьте его в people и называйте в пунктах приказа ключом (person, responsible), тогда имя будет меняться вместе с people`,
    ]);
  });

  it('does not take «директора» of «заместителю директора» for the director’s position', () => {
    const source = withClause('"Заместителю директора Петровой О.С.: подготовить отчёт"');
    expect(warningsOf(source)).toEqual([
      expect.stringMatching(/названо имя «Петровой О\.С\.», а такого человека в people нет\. /),
    ]);
  });

  it.each([
    ['a person of people in another case', '"Методисту Бушиной М.Б.: подготовить отчёт"'],
    ['a person of people by full name', 'Поручить Спиридоновой Анне Владимировне подготовить отчёт'],
    ['a namesake of an organisation', 'Провести конкурс в ГБОУ «Школа им. А.С. Пушкина»'],
    ['the editor of a cited work', 'Использовать пособие «Наставничество» под ред. Петрова И.И.'],
    ['a minister', 'Изучить письмо министра просвещения Российской Федерации С.С. Кравцова'],
  ])('is no warning for %s', (_, clause) => {
    expect(warningsOf(withClause(clause))).toEqual([]);
  });

  it('is no warning for a stamp signed by someone from outside («by» is checked as a reference)', () => {
    const source = orderPackage.replace(
      'agreement: { council: педагогического совета, protocol: { date: 2020-09-28, number: "2" }, word: ПРИНЯТО }',
      'agreement: { by: Председатель профкома И.И. Иванова, date: 2020-09-28 }',
    );
    expect(source).not.toBe(orderPackage);
    expect(warningsOf(source)).toEqual([]);
  });
});

describe('a name typed in a network project’s document only some organisations get (only_for)', () => {
  const partner = `variants:
  - folder: sspk
    organization: { name: Самарский социально-педагогический колледж, short_name: ГБПОУ «ССПК», head: kozlova }
    people:
      kozlova: { name: Козлова Ирина Николаевна, position: Директор }
      spiridonova: { name: Морозова Ольга Викторовна, position: Заместитель директора по учебно-методической работе }
    documents: { order-roadmap: { number: 245-о } }
`;
  /** The package's documents only for `folders`; the plan's own organisation keeps a note of its own. */
  const network = (folders: string) =>
    `${['order-roadmap', 'roadmap', 'regulation'].reduce(
      (source, id) => source.replace(`    id: ${id}\n`, `    id: ${id}\n    only_for: ${folders}\n`),
      withClause('"Директору Козловой И.Н.: подписать договор о сетевом взаимодействии"'),
    )}  - type: document
    title: Справка
    body: [{ paragraph: Справка о сетевом проекте }]
${partner}`;

  it('is no warning for a person of an organisation that gets it', () => {
    expect(warningsOf(network('[sspk]'))).toEqual([]);
  });

  it('is a warning, naming who holds the position there, where an organisation that gets it has nobody of that name', () => {
    const source = network('[gapou_chpk, sspk]').replace('Директору Козловой', 'Директору Козиной');
    expect(warningsOf(source)).toEqual([
      `${lineOf(source, 'Директору Козиной')}:9: предупреждение: в тексте названо имя «Козиной И.Н.», а такого человека в people нет; директор в people — Алейкина Г.В. (aleykina). Если имя осталось от прошлого плана, исправьте его; в пункте приказа человека лучше называть ключом — person: aleykina, тогда должность и имя подставятся из people`,
    ]);
    const shared = network('[gapou_chpk, sspk]').replaceAll('    only_for: [gapou_chpk, sspk]\n', '');
    expect(warningsOf(shared)).toEqual([
      expect.stringMatching(new RegExp(`^${lineOf(shared, 'Директору Козловой')}:9: .*«Козловой И\\.Н\\.»`)),
    ]);
  });
});
