import { describe, expect, it } from 'vitest';
import { editStagedRoadmap, stagedRoadmapWithApprovalAt } from '../../_fixtures/plans.js';
import { problemsOf } from '../../_fixtures/problems.js';

describe('a key of another place that YAML reads as an item’s key', () => {
  it('is told as a key indented a level off, not as a missing column', () => {
    const approval = stagedRoadmapWithApprovalAt(12);
    expect(problemsOf(approval)).toEqual([
      '17:13: ключ «approval» у мероприятия не используется (и столбца такого нет в columns): он бывает в другом месте плана — проверьте отступ (не сдвинут ли ключ или элемент списка на уровень) и то, у чего он написан',
    ]);
  });

  it('tells a new stage typed at the indent of the items as a stage among items', () => {
    const stage = editStagedRoadmap((lines) => [
      ...lines.slice(0, -1),
      '          - title: Основной',
      '            items:',
      '              - activity: Третье',
      '',
    ]);
    expect(problemsOf(stage)).toEqual([
      '20:13: «title» — ключ этапа, а не мероприятия: похоже, новый этап написан на отступе мероприятий этапа «Подготовительный» и стал его мероприятием; сдвиньте «- title:» со всем, что под ним, влево — «-» ровно под «-» этапов выше',
    ]);
  });

  it('keeps «no such column» for a word the plan has nowhere', () => {
    const own = editStagedRoadmap((lines) => [...lines.slice(0, -1), '            budget: 100', '']);
    expect(problemsOf(own)[0]).toBe('20:13: неизвестный ключ «budget»: такого столбца нет в columns');
  });
});
