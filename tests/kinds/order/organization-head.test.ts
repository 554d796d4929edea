import { describe, expect, it } from 'vitest';
import { buildModels } from '../../../src/generate.js';
import { parsePlan } from '../../../src/plan/parse-plan.js';
import { paragraphsOf } from '../../_fixtures/paragraphs.js';
import { orderPackage } from '../../_fixtures/plans.js';
import { problemsOf } from '../../_fixtures/problems.js';

const fullName =
  'Государственное автономное профессиональное образовательное учреждение «Читинский педагогический колледж»';

/** The paragraphs of the `index`-th document built, each as its lines (gramota balances a long name's lines). */
function linesOf(source: string, index: number): string[][] {
  const built = buildModels(parsePlan(source, 'plan.yaml'), { createdAt: new Date(0) });
  return paragraphsOf(built[index]!.model).map((p) => p.replace(/\u00A0/g, ' ').split('\n'));
}

/** The organization's paragraph: the lines of the full name as one, then the lines after it. */
function findHead(paragraphs: string[][]): string[] | undefined {
  const head = paragraphs.find((lines) => lines[0]!.startsWith('Государственное'));
  const nameEnd = head?.findIndex((line) => line.endsWith('колледж»')) ?? -1;
  return head && [head.slice(0, nameEnd + 1).join(' '), ...head.slice(nameEnd + 1)];
}

const withOrderKey = (value: string) =>
  orderPackage.replace('    number: 45-о\n', `    number: 45-о\n    show_organization: ${value}\n`);

describe('show_organization: both — the short name in brackets under the full one', () => {
  it('heads an order with the full name and «(ГАПОУ «ЧПК»)» on a line of its own; by default the full name alone', () => {
    expect(findHead(linesOf(withOrderKey('both'), 0))).toEqual([fullName, '(ГАПОУ «ЧПК»)']);
    expect(findHead(linesOf(withOrderKey('full'), 0))).toEqual([fullName]);
    expect(findHead(linesOf(orderPackage, 0))).toEqual([fullName]);
  });

  it('puts both lines over a roadmap’s title', () => {
    const source = orderPackage.replace(
      '    id: roadmap\n',
      '    id: roadmap\n    show_organization: both\n',
    );
    expect(findHead(linesOf(source, 1))).toEqual([fullName, '(ГАПОУ «ЧПК»)']);
    expect(
      findHead(linesOf(source.replace('show_organization: both', 'show_organization: full'), 1)),
    ).toEqual([fullName]);
  });

  it('is an error at the key when the organization has no short_name', () => {
    const source = withOrderKey('both').replace('  short_name: ГАПОУ "ЧПК"\n', '');
    expect(problemsOf(source)).toContain(
      '13:24: show_organization: both печатает под полным наименованием сокращённое в скобках, а у организации нет short_name; добавьте его, как в уставе: short_name: МБОУ «Школа № 1»',
    );
  });
});
