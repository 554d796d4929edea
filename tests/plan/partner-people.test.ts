import { describe, expect, it } from 'vitest';
import { orderPackage } from '../_fixtures/plans.js';
import { problemsOf } from '../_fixtures/problems.js';
import { kozlova, sspkOrderEntry, writeSspk } from '../_fixtures/sspk.js';

const lineOf = (source: string, text: string) => source.split('\n').findIndex((l) => l.includes(text)) + 1;
/** The partner with its own number of the plan's order and a teacher of its own, fomina. */
const partner = `variants:\n${writeSspk({
  people: { kozlova, fomina: { name: 'Фомина Алла Викторовна', position: 'Преподаватель' } },
  rest: sspkOrderEntry,
})}`;
const withFomina = orderPackage.replace(
  'items: [{ activity: Подготовка условий }]',
  'items: [{ activity: Подготовка условий, responsible: fomina }]',
);

describe('a partner’s own person named in a document others get too (plan/partner-people.ts)', () => {
  it('says who has the person and who has not, once, instead of «add her to people» (trial 9)', () => {
    const source = withFomina + partner;
    expect(problemsOf(source)).toEqual([
      `${lineOf(source, 'responsible: fomina')}:58: «fomina» (Фомина Алла Викторовна) есть только в people организации «sspk», а документ печатается и у организации «gapou_chpk», где такого человека нет. Если это касается только «sspk», вынесите эту запись в документ с only_for: [sspk]; если человек работает во всех организациях, задайте его в people плана или в people каждой из них — своего`,
    ]);
  });

  it('is no problem in a document only the partner gets', () => {
    const only = withFomina.replace('    id: roadmap\n', '    id: roadmap\n    only_for: [sspk]\n');
    expect(problemsOf(only + partner)).toEqual([]);
  });

  it('leaves the usual message for a key no organisation has', () => {
    const source = withFomina.replace('responsible: fomina', 'responsible: fomin') + partner;
    const problems = problemsOf(source);
    expect(problems.length).toBeGreaterThan(0);
    for (const problem of problems) expect(problem).toContain('нет человека с ключом «fomin» в people');
  });
});
