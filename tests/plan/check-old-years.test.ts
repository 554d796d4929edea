import { describe, expect, it } from 'vitest';
import { parsePlan } from '../../src/plan/parse-plan.js';
import { toPlanWarnings } from '../../src/plan/plan-warnings.js';
import { orderPackage } from '../_fixtures/plans.js';

const warningsOf = (source: string) =>
  toPlanWarnings(parsePlan(source, 'plan.yaml'), source, 'plan.yaml').map(
    (w) => `${w.line}:${w.column}: ${w.message}`,
  );
/** The package (order of 01.10.2020) with one more clause typed as text, and a period when one is given. */
const withClause = (clause: string, period?: string) => {
  const source = orderPackage.replace(
    '    control: spiridonova\n',
    `      - ${clause}\n    control: spiridonova\n`,
  );
  return period === undefined
    ? source
    : source.replace('documents:\n', `project:\n  period: ${period}\ndocuments:\n`);
};
const lineOf = (source: string, text: string) => source.split('\n').findIndex((l) => l.includes(text)) + 1;

describe('a year a text plans for that ends before the project', () => {
  it('is a warning for an academic year before the period', () => {
    const source = withClause(
      'Разработать план работы на 2019/2020 учебный год',
      '{ from: 2020-09, to: 2021-06 }',
    );
    expect(warningsOf(source)).toEqual([
      `${lineOf(source, 'на 2019/2020')}:9: предупреждение: в тексте «на 2019/2020 учебный год», а срок проекта начинается 01.09.2020 (project.period): этот год целиком раньше проекта — похоже, он остался от прошлого плана; исправьте год`,
    ]);
  });

  it('compares with the order’s date in a plan without a period', () => {
    const source = withClause('Провести семинар в 2019 году');
    expect(warningsOf(source)).toEqual([
      `${lineOf(source, 'в 2019 году')}:9: предупреждение: в тексте «в 2019 году», а приказ датирован 01.10.2020: этот год кончился до приказа — похоже, он остался от прошлого плана; исправьте год`,
    ]);
  });

  it.each([
    ['the project’s own academic year', 'Разработать план работы на 2020/2021 учебный год'],
    ['an academic year the project starts in', 'Провести семинары в 2020-2021 учебном году'],
    ['the project’s year', 'Утвердить план на 2020 год'],
    ['a year that ended, looked back on', 'Подготовить отчёт за 2019/2020 учебный год'],
    ['a cited programme in quotes', 'Учесть программу «Развитие образования на 2018/2019 учебный год»'],
    ['a range of years of a strategy', 'Руководствоваться стратегией на 2016–2020 годы'],
  ])('is no warning for %s', (_, clause) => {
    expect(warningsOf(withClause(clause, '{ from: 2020-09, to: 2021-06 }'))).toEqual([]);
  });

  it('leaves «в 2019 году» alone outside an order’s clauses: a preamble tells what was', () => {
    const source = withClause('Провести семинар', '{ from: 2020-09, to: 2021-06 }').replace(
      'preamble: В целях внедрения целевой модели наставничества',
      'preamble: В целях развития системы наставничества, начатой в 2019 году',
    );
    expect(warningsOf(source)).toEqual([]);
  });
});
