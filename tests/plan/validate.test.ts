import { describe, expect, it } from 'vitest';
import { buildModels } from '../../src/generate.js';
import { parsePlan } from '../../src/plan/parse-plan.js';
import { minimalRoadmap, orderPackage } from '../_fixtures/plans.js';
import { problemsOf } from '../_fixtures/problems.js';

const replace = (from: string, to: string) => minimalRoadmap.replace(from, to);

describe('validatePlan', () => {
  it('accepts a plan written against FORMAT.md', () => {
    expect(parsePlan(minimalRoadmap, 'plan.yaml').documents).toHaveLength(1);
  });

  it('names a misspelt key with its line and a suggestion', () => {
    expect(problemsOf(replace('    columns:', '    colums:'))).toEqual([
      '14:5: неизвестный ключ «colums»; возможно, имелось в виду «columns»',
    ]);
  });

  it('names a misspelt key of an item against the table columns', () => {
    expect(problemsOf(replace('        term: { until', '        trem: { until'))).toEqual([
      '17:9: неизвестный ключ «trem»: такого столбца нет в columns; возможно, имелось в виду «term»',
    ]);
  });

  it('reports an unknown person key with a suggestion, never printing it as a name', () => {
    expect(problemsOf(replace('responsible: spiridonova\n', 'responsible: spiridonva\n'))).toEqual([
      '18:22: нет человека с ключом «spiridonva» в people. Если это новый человек, добавьте его в people, вписав его имя и должность: spiridonva: { name: Фамилия Имя Отчество, position: Должность }; если он там уже есть, ключ написан с опечаткой: возможно, имелось в виду «spiridonova»',
    ]);
  });

  it('reports an unknown person inside a list at the list element', () => {
    expect(problemsOf(replace('[spiridonova, bushina]', '[spiridonova, bushyna]'))).toEqual([
      '22:40: нет человека с ключом «bushyna» в people. Если это новый человек, добавьте его в people, вписав его имя и должность: bushyna: { name: Фамилия Имя Отчество, position: Должность }; если он там уже есть, ключ написан с опечаткой: возможно, имелось в виду «bushina»',
    ]);
  });

  it('accepts free text where a person is expected', () => {
    const plan = parsePlan(
      replace('responsible: spiridonova\n', 'responsible: Кураторы, служба медиации\n'),
      'p.yaml',
    );
    expect(plan.documents).toHaveLength(1);
  });

  it('rejects a date that is not in the calendar', () => {
    expect(problemsOf(replace('2020-10-12', '2021-02-30'))).toEqual([
      '17:24: даты «2021-02-30» нет в календаре',
    ]);
  });

  it('rejects a month 13', () => {
    expect(problemsOf(replace('term: 2020-10', 'term: 2020-13'))).toEqual([
      '21:19: месяц в «2020-13» должен быть от 01 до 12',
    ]);
  });

  it('rejects a period whose start is after its end', () => {
    expect(problemsOf(replace('{ until: 2020-10-12 }', '{ from: 2021-05, to: 2021-02 }'))).toEqual([
      '17:36: окончание срока раньше его начала',
    ]);
  });

  it('names a term YAML reads as a number that is not a year: a date without its year, a short year', () => {
    // The examples are in the plan's own year and month: its roadmap is approved on 01.10.2020.
    const form =
      'записан не так: дата — 01.10.2020 или 2020-10-01, месяц — «октябрь 2020 г.» или 2020-10, год — 2020, диапазон — «октябрь – декабрь 2020 г.» или { from: 2020-10, to: 2020-12 }';
    expect(problemsOf(replace('term: 2020-10', 'term: 15.09'))).toEqual([
      '21:19: срок «15.09» записан не так: не указан год — 15.09.2021 (или 2021-09-15)',
    ]);
    expect(problemsOf(replace('term: 2020-10', 'term: 202'))).toEqual([`21:19: срок «202» ${form}`]);
    expect(problemsOf(replace('term: 2020-10', 'term: 2021'))).toEqual([]);
  });

  it('rejects a term outside the project period', () => {
    const source = replace(
      'documents:',
      'project:\n  period: { from: 2020-09, to: 2021-06 }\ndocuments:',
    ).replace('term: 2020-10', 'term: 2022-01');
    expect(problemsOf(source)).toEqual([
      '23:19: срок «январь 2022 г.» выходит за срок реализации проекта (сентябрь 2020 г. — июнь 2021 г.): он позже окончания проекта — похоже, опечатка в годе; исправьте год в сроке (а если проект продлён — to в project.period)',
    ]);
  });

  it('names a term outside the project period as the document prints it, «до» and the date style kept', () => {
    const source = replace(
      'documents:',
      'project:\n  period: { from: 2020-09, to: 2021-06 }\ndocuments:',
    ).replace('term: { until: 2020-10-12 }', 'term: { until: 2021-07-12 }');
    expect(problemsOf(source)).toEqual([
      '19:15: срок «до 12.07.2021» выходит за срок реализации проекта (сентябрь 2020 г. — июнь 2021 г.): он позже окончания проекта — похоже, опечатка в годе; исправьте год в сроке (а если проект продлён — to в project.period)',
    ]);
    const words = source.replace('documents:', 'settings: { date_style: words }\ndocuments:');
    expect(problemsOf(words)).toEqual([
      '20:15: срок «до 12 июля 2021 г.» выходит за срок реализации проекта (сентябрь 2020 г. — июнь 2021 г.): он позже окончания проекта — похоже, опечатка в годе; исправьте год в сроке (а если проект продлён — to в project.period)',
    ]);
    const range = source.replace('term: { until: 2021-07-12 }', 'term: { from: 2021-05, to: 2021-08 }');
    expect(problemsOf(range)).toEqual([
      '19:15: срок «май – август 2021 г.» выходит за срок реализации проекта (сентябрь 2020 г. — июнь 2021 г.): он позже окончания проекта — похоже, опечатка в годе; исправьте год в сроке (а если проект продлён — to в project.period)',
    ]);
  });

  it('rejects an agreement stamp dated after the document is approved', () => {
    const source = replace(
      'approval: { by: aleykina, date: 2020-10-01 }',
      'approval: { by: aleykina, date: 2020-10-01 }\n    agreement: { by: spiridonova, date: 2020-10-05 }',
    );
    expect(problemsOf(source)).toEqual([
      '14:41: гриф согласования датирован 05.10.2020 — позже утверждения документа (01.10.2020): документ сначала согласуют или принимают, потом утверждают',
    ]);
    expect(problemsOf(source.replace('date: 2020-10-05', 'date: 2020-09-30'))).toEqual([]);
  });

  it('names an unknown document type with a suggestion', () => {
    expect(problemsOf(replace('type: roadmap', 'type: roadmp'))).toEqual([
      '10:11: неизвестный тип документа; допустимые: roadmap, order, regulation, passport, document, schedule; возможно, имелось в виду «roadmap»',
    ]);
  });

  it('suggests the closest value of an enumeration', () => {
    expect(problemsOf(replace('    columns:', '    stage_layout: colum\n    columns:'))).toEqual([
      '14:19: неизвестное значение «colum»; возможно, имелось в виду «column»; допустимые значения: rows, column',
    ]);
  });

  it('names a missing required field at its parent key', () => {
    expect(
      problemsOf(replace('    title: Дорожная карта реализации целевой программы наставничества\n', '')),
    ).toEqual(['10:5: у документа нет заголовка: напишите его — title: …']);
  });

  it('lists every problem of the file at once, in line order', () => {
    const source = replace('    columns:', '    colums:').replace('term: 2020-10', 'term: 2020-13');
    expect(problemsOf(source).map((p) => p.split(':')[0])).toEqual(['14', '21']);
  });

  it('reports a duplicate key as a YAML problem', () => {
    expect(
      problemsOf(replace('    id: mentoring-roadmap\n', '    id: mentoring-roadmap\n    id: again\n')),
    ).toEqual(['12:5: ключ «id» повторяется; у каждого ключа должно быть одно значение']);
  });

  it('explains an unquoted colon inside text', () => {
    const [problem] = problemsOf(
      replace('activity: Информирование коллектива', 'activity: Итоги: выводы и планы'),
    );
    expect(problem).toMatch(/^20:\d+: в тексте встретилось «: »/);
  });

  it('explains a regulation clause with «: » once, without a missing «text» that follows from it', () => {
    const source = orderPackage.replace(
      '          - Настоящее Положение регулирует наставничество.',
      '          - Настоящее Положение регулирует программу «Наставничество: первые шаги».',
    );
    expect(problemsOf(source)).toEqual([
      expect.stringMatching(
        /^43:13: в тексте «Настоящее Положение регулирует программу «Наставничество: …» встретилось «: »/,
      ),
    ]);
  });

  it('names a key in Word’s quotes as such, once, also an item’s column and a required key', () => {
    const say = (key: string, bare: string) =>
      `ключ ${key} взят в кавычки (так бывает, если строку набрали в Word), и YAML не узнаёт его; уберите кавычки: ${bare}:`;
    expect(problemsOf(replace('    columns:', '    “columns”:'))).toEqual([
      `14:5: ${say('“columns”', 'columns')}`,
    ]);
    expect(problemsOf(replace('            term: 2020-10', '            «term»: 2020-10'))).toEqual([
      `21:13: ${say('«term»', 'term')}`,
    ]);
    expect(problemsOf(replace('    title: Дорожная', '    „title“: Дорожная'))).toEqual([
      `12:5: ${say('„title“', 'title')}`,
    ]);
  });

  it('rejects an empty file', () => {
    expect(problemsOf('# только комментарий\n')).toEqual([
      '1:1: файл пуст: в плане должны быть organization и documents',
    ]);
  });

  it('rejects an approval by an order that is not in the plan', () => {
    expect(problemsOf(replace('{ by: aleykina, date: 2020-10-01 }', '{ order: order-roadmap }'))).toEqual([
      '13:24: нет приказа с id «order-roadmap» ни в documents, ни в orders: приказ, который уже издан и в пакет не входит, опишите в начале плана — orders: { order-roadmap: { number: номер, date: дата } }, номер и дата — как в приказе',
    ]);
  });
});

describe('validatePlan: stamps and titles', () => {
  it('asks who approves when there is neither approval.by nor organization.head', () => {
    const source = replace('  head: aleykina\n', '').replace(
      '{ by: aleykina, date: 2020-10-01 }',
      '{ date: 2020-10-01 }',
    );
    expect(problemsOf(source)).toEqual([
      '12:15: не указано, кто утверждает: задайте approval.by или organization.head',
    ]);
  });

  it('rejects a column title for a column the table does not show', () => {
    const source = replace('    columns:', '    column_titles: { evidense: Документы }\n    columns:');
    expect(problemsOf(source)).toEqual([
      '14:22: заголовок задан для столбца «evidense», которого нет в columns',
    ]);
  });
});

describe('dates and terms as users write them', () => {
  const withTerm = (term: string) => replace('term: 2020-10\n', `term: ${term}\n`);
  const roadmapCells = (source: string) =>
    JSON.stringify(buildModels(parsePlan(source, 'plan.yaml'), { createdAt: new Date(0) })[0]!.model);

  it('accepts 01.10.2020 and «1 октября 2020 г.» in date fields and terms, printed as the settings say', () => {
    const source = withTerm('{ from: 01.10.2020, to: 15 октября 2020 г. }').replace(
      'date: 2020-10-01',
      'date: 1 октября 2020 г.',
    );
    const model = roadmapCells(source);
    expect(model).toContain('01.10.2020\u00A0– 15.10.2020');
    expect(model).toContain('01.10.2020"');
  });

  it('accepts a month in words in a term', () => {
    const model = roadmapCells(withTerm('октябрь 2020 г.'));
    expect(model).toBe(roadmapCells(withTerm('2020-10')));
  });

  it('rejects a date field that is no date, with the forms to use, and no false calendar message', () => {
    expect(problemsOf(replace('date: 2020-10-01', 'date: 2020-10-1'))).toEqual([
      '13:37: «2020-10-1» — не дата: дата пишется так: 01.10.2020, 1 октября 2020 г. или 2020-10-01',
    ]);
    expect(problemsOf(replace('date: 2020-10-01', 'date: 30.02.2020'))).toEqual([
      '13:37: даты «30.02.2020» нет в календаре',
    ]);
  });

  it('rejects a term that looks like a date but is no form', () => {
    expect(problemsOf(withTerm('2020-9'))).toEqual([
      '21:19: срок «2020-9» записан не так: дата — 01.10.2020 или 2020-10-01, месяц — «октябрь 2020 г.» или 2020-10, год — 2020, диапазон — «октябрь – декабрь 2020 г.» или { from: 2020-10, to: 2020-12 }',
    ]);
  });

  it('reads a range written as one text as the range, printed and checked as { from, to }', () => {
    expect(roadmapCells(withTerm('2020-09-01 - 2020-09-15'))).toBe(
      roadmapCells(withTerm('{ from: 2020-09-01, to: 2020-09-15 }')),
    );
    expect(roadmapCells(withTerm('сентябрь — октябрь 2020'))).toBe(
      roadmapCells(withTerm('{ from: 2020-09, to: 2020-10 }')),
    );
  });

  it('keeps free text that starts with a number', () => {
    expect(problemsOf(withTerm('2 раза в год'))).toEqual([]);
  });
});
