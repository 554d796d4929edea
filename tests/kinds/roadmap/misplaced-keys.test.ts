import { describe, expect, it } from 'vitest';
import { problemsOf } from '../../_fixtures/problems.js';

/** A roadmap by stages; `edit` changes its lines (line numbers as the user sees them). */
const plan = (edit: (lines: string[]) => string[] = (lines) => lines) =>
  edit(
    `organization:
  name: Колледж
  head: ivanova
people:
  ivanova: { name: Иванова Мария Сергеевна, position: Директор }
documents:
  - type: roadmap
    title: Дорожная карта
    approval:
      by: ivanova
      date: 2026-01-15
    stages:
      - title: Подготовительный
        items:
          - activity: Первое
            term: 2026-09
            responsible: ivanova
          - activity: Второе
            term: 2026-10
`.split('\n'),
  ).join('\n');

describe('a key of another place that YAML reads as an item’s key', () => {
  it('is told as a key indented a level off, not as a missing column', () => {
    const approval = plan((lines) => [
      ...lines.slice(0, 8),
      ...lines.slice(11, -1),
      '            approval:',
      '              by: ivanova',
      '',
    ]);
    expect(problemsOf(approval)).toEqual([
      '17:13: ключ «approval» у мероприятия не используется (и столбца такого нет в columns): он бывает в другом месте плана — проверьте отступ (не сдвинут ли ключ или элемент списка на уровень) и то, у чего он написан',
    ]);
  });

  it('tells a new stage typed at the indent of the items as a stage among items', () => {
    const stage = plan((lines) => [
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
    const own = plan((lines) => [...lines.slice(0, -1), '            budget: 100', '']);
    expect(problemsOf(own)[0]).toBe('20:13: неизвестный ключ «budget»: такого столбца нет в columns');
  });
});
