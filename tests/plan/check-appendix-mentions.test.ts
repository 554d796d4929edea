import { describe, expect, it } from 'vitest';
import { parsePlan } from '../../src/plan/parse-plan.js';
import { toPlanWarnings } from '../../src/plan/plan-warnings.js';
import { orderPackage } from '../_fixtures/plans.js';

const warningsOf = (source: string) =>
  toPlanWarnings(parsePlan(source, 'plan.yaml'), source, 'plan.yaml').map(
    (w) => `${w.line}:${w.column}: ${w.message}`,
  );
/** The package where the regulation, appendix 2, is neither approved by a clause nor stamped by the order. */
const unapproved = (clause = 'Провести семинар для наставников') =>
  orderPackage
    .replace('      - approve: regulation\n', `      - ${clause}\n`)
    .replace('    approval: { order: order-roadmap }\n    agreement', '    agreement');
const lineOf = (source: string, text: string) => source.split('\n').findIndex((l) => l.includes(text)) + 1;

describe('an appendix its order’s text never mentions', () => {
  it('is a warning at the order’s appendices, naming the appendix and how to mention it', () => {
    const source = unapproved();
    expect(warningsOf(source)).toEqual([
      `${lineOf(source, 'appendices: [roadmap, regulation]')}:27: предупреждение: текст приказа «order-roadmap» не упоминает своё приложение 2 «Положение о наставничестве»: ни пункта approve, ни ссылки «(приложение 2)», ни его заголовка — приложение напечаталось бы без ссылки в тексте. Назовите его в пункте, который его касается («… согласно приложению 2»), или добавьте пункт - approve: regulation, если приказ его утверждает; лишнее приложение уберите из appendices`,
    ]);
  });

  it('names an only appendix without a number', () => {
    const source = unapproved()
      .replace('      - approve: roadmap\n', '')
      .replace('appendices: [roadmap, regulation]', 'appendices: [regulation]')
      .replace('approval: { order: order-roadmap }\n    items', 'items');
    expect(warningsOf(source)).toEqual([
      expect.stringContaining(
        'не упоминает своё приложение «Положение о наставничестве»: ни пункта approve, ни ссылки «(приложение)»',
      ),
    ]);
  });

  it.each([
    ['by its number', 'Ознакомить коллектив с положением (приложение 2)'],
    ['by its title', 'Ознакомить коллектив с Положением о наставничестве'],
  ])('is no warning when a clause names it %s', (_, clause) => {
    expect(warningsOf(unapproved(clause))).toEqual([]);
  });

  it('is no warning for appendices the order approves', () => {
    expect(warningsOf(orderPackage)).toEqual([]);
  });
});
