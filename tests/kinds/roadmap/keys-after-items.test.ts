import { describe, expect, it } from 'vitest';
import { loadYamlFast } from '../../../src/plan/load-fast.js';
import { validatePlan } from '../../../src/plan/validate.js';
import { editStagedRoadmap } from '../../_fixtures/plans.js';
import { problemsOf } from '../../_fixtures/problems.js';

/** The staged roadmap with the last item's last line (`term: 2026-10`) replaced by `lines`. */
const endWith = (...lines: string[]) => editStagedRoadmap((all) => [...all.slice(0, -2), ...lines, '']);

describe('an item’s key written after the items, at the indent of `items:`', () => {
  it('tells a stage term written after the items as the last item’s term dedented, and nothing else', () => {
    expect(problemsOf(endWith('        term: 2026-10'))).toEqual([
      '19:9: ключ «term» стоит после мероприятий этапа «Подготовительный», на отступе этапа, и стал сроком всего этапа; если это срок мероприятия «Второе» — сдвиньте строку вправо, под «activity» (столбец 13); если срок этапа — перенесите его выше items, под title',
    ]);
  });

  it('keeps a stage term written above the items', () => {
    const above = editStagedRoadmap((all) => [...all.slice(0, 13), '        term: 2026', ...all.slice(13)]);
    expect(problemsOf(above)).toEqual([]);
  });

  it('tells a key the stage has not as the last item’s key dedented', () => {
    expect(problemsOf(endWith('            term: 2026-10', '        responsible: ivanova'))).toEqual([
      '20:9: ключ «responsible» стоит после мероприятий этапа «Подготовительный», на отступе этапа, а у этапа такого ключа нет; если он относится к мероприятию «Второе» — сдвиньте строку вправо, под «activity» (столбец 13)',
    ]);
  });

  it('tells an item’s key at the document’s indent after the stages', () => {
    expect(problemsOf(endWith('            term: 2026-10', '    result: Отчёт'))).toEqual([
      '20:5: ключ «result» стоит после мероприятий, на отступе документа, а у документа такого ключа нет; если он относится к мероприятию «Второе» — сдвиньте строку вправо, под «activity» (столбец 13)',
    ]);
  });

  it('tells it in a stage followed by another, at the key, naming a long activity by its first words', () => {
    const plan = editStagedRoadmap((all) => [
      ...all.slice(0, -3),
      '          - activity: Разработка и утверждение положения о наставничестве в колледже',
      '        term: 2026-10',
      '      - title: Основной',
      '        items:',
      '          - activity: Третье',
      '            term: 2026-11',
      '',
    ]);
    expect(problemsOf(plan)).toEqual([
      '19:9: ключ «term» стоит после мероприятий этапа «Подготовительный», на отступе этапа, и стал сроком всего этапа; если это срок мероприятия «Разработка и утверждение положения о…» — сдвиньте строку вправо, под «activity» (столбец 13); если срок этапа — перенесите его выше items, под title',
    ]);
  });

  it('tells a custom column’s key in a roadmap table of a free document, under the item’s first key', () => {
    const plan = editStagedRoadmap((all) => [
      ...all.slice(0, 6),
      '  - type: document',
      '    title: Положение',
      '    body:',
      '      - roadmap:',
      '          columns: [number, activity, { key: budget, title: Бюджет }]',
      '          items:',
      '            - term: 2026-09',
      '              activity: Первое',
      '          budget: 100',
      '',
    ]);
    expect(problemsOf(plan)).toEqual([
      '15:11: ключ «budget» стоит после мероприятий, на отступе таблицы, а у таблицы такого ключа нет; если он относится к мероприятию «Первое» — сдвиньте строку вправо, под «term» (столбец 15)',
    ]);
  });

  it('leaves a stage written in braces alone: its order is not an indent', () => {
    const plan = editStagedRoadmap((all) => [
      ...all.slice(0, 12),
      '      - { title: Подготовительный, items: [{ activity: Первое, term: 2026-09 }], term: 2026 }',
      '',
    ]);
    expect(problemsOf(plan)).toEqual([]);
  });

  it('reads no positions of a plan with stages and nothing after their items (the fast reader’s path)', () => {
    const noPositions = () => {
      throw new Error('positions read on the happy path');
    };
    const fast = loadYamlFast(editStagedRoadmap(), 'plan.yaml', noPositions)!;
    expect(validatePlan(fast)).toHaveProperty('documents.0.stages.0.title', 'Подготовительный');
  });
});
