import { describe, expect, it } from 'vitest';
import { parsePlan } from '../../src/plan/parse-plan.js';
import { toPlanWarnings } from '../../src/plan/plan-warnings.js';
import { orderPackage } from '../_fixtures/plans.js';

const warningsOf = (source: string) =>
  toPlanWarnings(parsePlan(source, 'plan.yaml'), source, 'plan.yaml').map(
    (w) => `${w.line}:${w.column}: ${w.message}`,
  );
const period = 'project:\n  period: { from: 2020-09, to: 2021-06 }\ndocuments:\n';
/** The package (order of 01.10.2020) in a project of 09.2020–06.2021, with one more clause. */
const withClause = (clause: string) =>
  orderPackage
    .replace('    control: spiridonova\n', `      - ${clause}\n    control: spiridonova\n`)
    .replace('documents:\n', period);
const lineOf = (source: string, text: string) => source.split('\n').findIndex((l) => l.includes(text)) + 1;
const laterYear = (written: string, year: number) =>
  `предупреждение: в тексте «${written}», а проект идёт в 2020–2021 годах (project.period: сентябрь 2020 г. — июнь 2021 г.): ${year} год позже его окончания — похоже, опечатка в годе; исправьте год (если речь о том, что будет после проекта, всё верно)`;

describe('a year after the project’s last year', () => {
  it.each([
    ['a deadline in a clause’s text', 'Сдать отчёт до 31 декабря 2025 г.', 'до 31 декабря 2025 г.', 2025],
    ['a dotted date in a clause', 'Провести педсовет 15.05.2025', '15.05.2025', 2025],
    ['a month in a clause', 'Провести конференцию в мае 2024 года', 'в мае 2024 года', 2024],
    ['«в … году» in a clause', 'Провести семинар в 2025 году', 'в 2025 году', 2025],
    [
      'an academic year',
      'Разработать план работы на 2025/2026 учебный год',
      'на 2025/2026 учебный год',
      2025,
    ],
  ])('is a warning at the text for %s', (_, clause, written, year) => {
    const source = withClause(clause);
    expect(warningsOf(source)).toEqual([`${lineOf(source, clause)}:9: ${laterYear(written, year)}`]);
  });

  it('is a warning at a term written as text, not read as dates, that names a later year', () => {
    const source = withClause('text: Провести конкурс\n        term: по итогам IV квартала 2025 г.');
    expect(warningsOf(source)).toEqual([
      `${lineOf(source, 'IV квартала')}:15: ${laterYear('по итогам IV квартала 2025 г.', 2025)}`,
    ]);
  });

  it('is a warning at a document’s title, and names each later phrase of a text once', () => {
    const source = withClause('Провести семинар').replace(
      'title: Положение о наставничестве',
      'title: Положение о наставничестве на 2025 год в 2025 году',
    );
    expect(warningsOf(source)).toEqual([
      `${lineOf(source, 'на 2025 год')}:12: ${laterYear('на 2025 год', 2025)}`,
      `${lineOf(source, 'на 2025 год')}:12: ${laterYear('в 2025 году', 2025)}`,
    ]);
  });

  it('is a warning at a roadmap’s row', () => {
    const source = withClause('Провести семинар').replace(
      '{ activity: Подготовка условий }',
      '{ activity: Провести форум в 2025 году }',
    );
    expect(warningsOf(source)).toEqual([`${lineOf(source, 'форум')}:25: ${laterYear('в 2025 году', 2025)}`]);
  });

  it.each([
    [
      'the next academic year planned in the project’s last year',
      'Разработать план на 2021/2022 учебный год',
    ],
    ['a date within the project’s last year', 'Сдать отчёт до 31 декабря 2021 г.'],
    ['a range of a programme’s years', 'Руководствоваться программой на 2020–2030 годы'],
    ['a cited act’s title in quotes', 'Учесть стратегию «Развитие образования на 2030 год»'],
    ['a horizon «до … года»', 'Обеспечить достижение целей до 2030 года'],
  ])('is no warning for %s', (_, clause) => {
    expect(warningsOf(withClause(clause))).toEqual([]);
  });

  it('leaves a date and «в … году» alone in a regulation: it may tell what follows the project', () => {
    const source = withClause('Провести семинар').replace(
      '          - Настоящее Положение регулирует наставничество.',
      '          - Настоящее Положение действует до 31 августа 2025 г., пересматривается в 2025 году.',
    );
    expect(warningsOf(source)).toEqual([]);
  });

  it('compares nothing in a plan without a period', () => {
    const source = orderPackage.replace(
      '    control: spiridonova\n',
      '      - Провести семинар в 2025 году\n    control: spiridonova\n',
    );
    expect(warningsOf(source)).toEqual([]);
  });
});
