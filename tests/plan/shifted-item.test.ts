import { describe, expect, it } from 'vitest';
import { minimalRoadmap } from '../_fixtures/plans.js';
import { problemsOf } from '../_fixtures/problems.js';

/** A roadmap by stages whose first stage's items end with `last`, and a second stage after them. */
const stages = (last: string) => `organization:
  name: Колледж
  head: ivanova
people:
  ivanova: { name: Иванова Мария Сергеевна, position: Директор }
documents:
  - type: roadmap
    title: Дорожная карта
    stages:
      - title: Подготовительный
        items:
          - activity: Первое
            term: 2026-09
${last}
      - title: Основной
        items:
          - activity: Третье
`;

describe('a list item off the column of its list', () => {
  it('names a new item typed at the indent of the key above (End, Enter): at its «-», its list, and where to move it', () => {
    const problems = problemsOf(stages('            - activity: Второе\n              term: 2026-10'));
    expect(problems).toEqual([
      '14:13: ошибка синтаксиса YAML: элемент списка «items» стоит на 2 пробела правее остальных его элементов (они начинаются в столбце 11, как в строке 12), и YAML читает его как часть «term» выше; сдвиньте его влево, чтобы «-» стоял ровно под «-» строки 12 («- activity: …»)',
    ]);
  });

  it('names the list by the key the user wrote above it', () => {
    const events = stages('            - activity: Второе').replace(
      '        items:\n          - activity: Первое',
      '        events:\n          - activity: Первое',
    );
    expect(problemsOf(events)[0]).toMatch(/^14:13: .*элемент списка «events» стоит на 2 пробела правее/);
  });

  it('says it of an item one, three or four spaces deeper, and of one right under an item without other keys', () => {
    for (const spaces of [1, 3, 4]) {
      const problems = problemsOf(stages(`${' '.repeat(10 + spaces)}- activity: Второе`));
      expect(problems[0]).toMatch(new RegExp(`^14:${11 + spaces}: .*стоит на ${spaces} пробела? правее`));
    }
    const bare = stages('            - activity: Второе').replace('            term: 2026-09\n', '');
    expect(problemsOf(bare)[0]).toMatch(
      /^13:13: .*YAML читает его как часть «activity» выше; сдвиньте его влево/,
    );
  });

  it('names an item a level left, in the column of its list’s key, and a stage in the column of the stage’s keys', () => {
    expect(problemsOf(stages('        - activity: Второе'))[0]).toMatch(
      /^14:9: .*элемент списка «items» стоит на 2 пробела левее остальных его элементов \(они начинаются в столбце 11, как в строке 12\); сдвиньте его вправо/,
    );
    const stage = stages('').replace(
      '      - title: Основной\n        items:\n          - activity: Третье',
      '        - title: Основной\n          items:\n            - activity: Третье',
    );
    expect(problemsOf(stage)[0]).toMatch(
      /^15:9: .*элемент списка «stages» стоит на 2 пробела правее остальных его элементов \(они начинаются в столбце 7, как в строке 10\); сдвиньте его влево, чтобы «-» стоял ровно под «-» строки 10 \(«- title: …»\)/,
    );
  });

  it('takes a deeper list under a key without a value for that key’s own list', () => {
    expect(problemsOf(minimalRoadmap)).toEqual([]);
  });
});
