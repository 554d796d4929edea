import { describe, expect, it } from 'vitest';
import { orderPackage } from '../../_fixtures/plans.js';
import { problemsOf } from '../../_fixtures/problems.js';

/** The package's order with one more last clause, and its `control` line as given (none when undefined). */
const withClause = (clause: string, control?: string) =>
  orderPackage.replace(
    '    control: spiridonova\n',
    `      - ${clause}\n${control === undefined ? '' : `    control: ${control}\n`}`,
  );
const lineOf = (source: string, text: string) => source.split('\n').findIndex((l) => l.includes(text)) + 1;
const twice =
  'пункт о контроле приказ ставит сам, последним пунктом («Контроль за исполнением настоящего приказа …»), и этот напечатался бы ещё раз, вторым пунктом о контроле: удалите его. ';

describe('a control clause typed among the clauses', () => {
  it('is an error at the clause when the order keeps control by default: it would be printed twice', () => {
    const source = withClause('text: Контроль за исполнением приказа оставляю за собой');
    expect(problemsOf(source)).toEqual([
      `${lineOf(source, 'оставляю за собой')}:15: ${twice}«Контроль … оставляю за собой» приказ напишет и без него (так по умолчанию: control: self)`,
    ]);
  });

  it('names the person the clause puts in control, as the key control takes', () => {
    const source = withClause(
      'Контроль за исполнением настоящего приказа возложить на методиста Бушину М.Б.',
    );
    expect(problemsOf(source)).toEqual([
      `${lineOf(source, 'Бушину')}:9: ${twice}Кто контролирует, пишется у приказа ключом control: self — «… оставляю за собой», ключ человека из people — «… возложить на …» с должностью и именем в нужном падеже: control: bushina`,
    ]);
  });

  it('says the order already has control when it has', () => {
    const source = withClause('Контроль исполнения приказа оставляю за собой', 'spiridonova');
    expect(problemsOf(source)).toEqual([
      `${lineOf(source, 'Контроль исполнения')}:9: ${twice}Кто контролирует, уже сказано у приказа: control: spiridonova`,
    ]);
  });

  it.each([
    'Контроль за исполнением пункта 3 настоящего приказа возложить на методиста Бушину М.Б.',
    'Контроль за исполнением мероприятий дорожной карты возложить на методиста Бушину М.Б.',
    'Контрольные мероприятия провести до конца года',
  ])('is no error for a clause on the control of something else: %s', (clause) => {
    expect(problemsOf(withClause(clause, 'spiridonova'))).toEqual([]);
  });
});
