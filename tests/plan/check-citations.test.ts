import { describe, expect, it } from 'vitest';
import { findReferenceSlips } from '../../src/plan/check-citations.js';
import { parsePlan } from '../../src/plan/parse-plan.js';
import { orderPackage } from '../_fixtures/plans.js';
import { problemsOf } from '../_fixtures/problems.js';

/** The package with the text of the order's clause «Обеспечить информирование …» written as `clause`. */
const withClause = (clause: string) =>
  orderPackage.replace(
    'text: Обеспечить информирование коллектива о программе наставничества',
    `text: ${clause}`,
  );
const warningsOf = (source: string) =>
  findReferenceSlips(parsePlan(source, 'plan.yaml'))
    .filter((slip) => slip.warning)
    .map((slip) => slip.message);

describe("acts cited in an order's text", () => {
  it('is an error when «настоящий приказ» has another number or date than the order', () => {
    expect(
      problemsOf(withClause('Ознакомить с приложением 1 к настоящему приказу от 01.10.2020 № 46-о')),
    ).toEqual([
      '22:15: в тексте «настоящий приказ» назван «от 01.10.2020 № 46-о», а у этого приказа № 45-о от 01.10.2020: номер и дату в тексте gramota не меняет — исправьте их',
    ]);
    expect(
      problemsOf(withClause('Ознакомить с приложением 1 к настоящему приказу от 01.10.2020 № 45-о')),
    ).toEqual([]);
  });

  it('is an error when the act cited is dated after the order', () => {
    expect(problemsOf(withClause('Внести изменения в приказ от 05.10.2020 № 44-о'))).toEqual([
      expect.stringMatching(
        /^22:15: приказ датирован 01\.10\.2020, а ссылается на акт «от 05\.10\.2020 № 44-о» — более поздний/,
      ),
    ]);
  });

  it("warns of a number of the plan's order cited with another date of its year, not of other years or acts", () => {
    const second = orderPackage.replace(
      '  - type: roadmap\n',
      '  - type: order\n    number: 50-о\n    date: 2020-10-20\n    title: О внесении изменений в приказ от 02.10.2020 № 45-о\n    clauses: [Внести изменения]\n  - type: roadmap\n',
    );
    expect(warningsOf(second)).toEqual([
      'предупреждение: в тексте «от 02.10.2020 № 45-о», а приказ «order-roadmap» этого плана с номером 45-о — от 01.10.2020; если речь о нём, исправьте дату в тексте',
    ]);
    expect(warningsOf(second.replace('от 02.10.2020 № 45-о', 'от 01.10.2020 № 45-о'))).toEqual([]);
    expect(warningsOf(second.replace('от 02.10.2020 № 45-о', 'от 02.10.2019 № 45-о'))).toEqual([]);
    expect(problemsOf(second)).toEqual([]);
  });
});

describe("an order's own number cited with another date", () => {
  it('is an error with the date of last year’s plan or another day of its year', () => {
    const message =
      'приказ № 45-о от 01.10.2020 ссылается на «от 01.10.2019 № 45-о» — свой же номер с другой датой: похоже, дата осталась от прошлого плана. Исправьте дату или номер в тексте; если это другой акт с таким номером, опишите его в orders (с issuer, если его издал другой орган)';
    expect(problemsOf(withClause('Во исполнение приказа от 01.10.2019 № 45-о провести семинар'))).toEqual([
      `22:15: ${message}`,
    ]);
    expect(problemsOf(withClause('Во исполнение приказа от 30.09.2020 № 45-о провести семинар'))).toEqual([
      expect.stringMatching(/^22:15: приказ № 45-о от 01\.10\.2020 ссылается на «от 30\.09\.2020 № 45-о»/),
    ]);
  });

  it('is a warning for another day of another year: numbers restart each year', () => {
    const source = withClause('Во исполнение приказа от 15.03.2019 № 45-о провести семинар');
    expect(problemsOf(source)).toEqual([]);
    expect(warningsOf(source)).toEqual([
      'предупреждение: в тексте «от 15.03.2019 № 45-о» — номер этого же приказа (он № 45-о от 01.10.2020); если речь о другом акте с тем же номером, всё верно, иначе исправьте дату или номер',
    ]);
  });

  it('passes when the act is described in orders, and for other numbers', () => {
    const described = withClause('Во исполнение приказа от 01.10.2019 № 45-о провести семинар').replace(
      'documents:\n',
      'orders:\n  ministry: { number: 45-о, date: 2019-10-01, issuer: Министерства образования Забайкальского края }\ndocuments:\n',
    );
    expect(problemsOf(described)).toEqual([]);
    expect(warningsOf(described)).toEqual([]);
    expect(problemsOf(withClause('Во исполнение приказа от 01.10.2019 № 44-о провести семинар'))).toEqual([]);
  });
});

describe("appendices cited in an order's clauses", () => {
  it('is an error when a clause approving a document cites another appendix', () => {
    const source = orderPackage.replace(
      '      - approve: regulation',
      '      - approve: regulation\n        text: Утвердить согласно приложению 1',
    );
    expect(problemsOf(source)).toEqual([
      expect.stringMatching(
        /^20:15: в пункте «приложению 1», а утверждаемый документ «Положение о наставничестве» — приложение 2/,
      ),
    ]);
  });

  it('warns when a clause names one appendix and cites the number of another, or of none', () => {
    expect(warningsOf(withClause('Реализовать положение согласно приложению 1'))).toEqual([
      'предупреждение: в пункте «приложению 1», но приложение 1 — «Дорожная карта реализации целевой программы наставничества», а «Положение о наставничестве» — приложение 2; номера приложений — по порядку appendices, исправьте номер в тексте',
    ]);
    expect(warningsOf(withClause('Ознакомиться с приложением 3'))).toEqual([
      'предупреждение: в пункте «приложением 3», а у приказа приложений 2; проверьте номер',
    ]);
  });

  it('passes the right number, an appendix of another act and a text naming no appendix', () => {
    for (const clause of [
      'Реализовать положение согласно приложению 2',
      'Выполнить дорожную карту (приложение 1)',
      'Руководствоваться приложением 5 к положению о практике',
      'Провести работу согласно приложению 1',
    ])
      expect(warningsOf(withClause(clause))).toEqual([]);
  });
});
