import { describe, expect, it } from 'vitest';
import { editStagedRoadmap, stagedRoadmapWithApprovalAt } from '../_fixtures/plans.js';
import { problemsOf } from '../_fixtures/problems.js';

const shift = (line: number, spaces: number) => (lines: string[]) =>
  lines.map((text, i) =>
    i + 1 !== line ? text : spaces > 0 ? ' '.repeat(spaces) + text : text.slice(-spaces),
  );

describe('a key off the column of its neighbours', () => {
  it('is told to move under the key of its item it stands right of', () => {
    expect(problemsOf(editStagedRoadmap(shift(16, 2)))).toEqual([
      '16:15: ошибка синтаксиса YAML: ключ «term» стоит на 2 пробела правее ключа «activity» в строке 15: ключи одного уровня пишутся ровно друг под другом — поставьте «term» под «activity», в столбец 13',
    ]);
  });

  it('is told to move under its item’s keys when pressed left under the item’s «-», or a space short of its keys', () => {
    expect(problemsOf(editStagedRoadmap(shift(16, -2)))[0]).toMatch(
      /^16:11: .*ключ «term» стоит на 2 пробела левее ключа «activity» в строке 15: .*поставьте «term» под «activity», в столбец 13$/,
    );
    expect(problemsOf(editStagedRoadmap(shift(17, -1)))[0]).toMatch(
      /^17:12: .*ключ «responsible» стоит на 1 пробел левее ключа «term» в строке 16/,
    );
  });

  it('is named at its own line when pressed a level further left, where YAML notices only the line below', () => {
    expect(problemsOf(editStagedRoadmap(shift(17, -4)))[0]).toMatch(
      /^17:9: .*ключ «responsible» стоит на 4 пробела левее ключа «term» в строке 16: .*поставьте «responsible» под «term», в столбец 13$/,
    );
    expect(problemsOf(editStagedRoadmap(shift(16, -4)))[0]).toMatch(
      /^16:9: .*ключ «term» стоит на 4 пробела левее ключа «activity» в строке 15/,
    );
  });

  it('names both keys it stands between when it is under no key above, and is not taken for a list line without «- »', () => {
    const approval = stagedRoadmapWithApprovalAt(6);
    const problems = problemsOf(approval);
    expect(problems).toEqual([
      '17:7: ошибка синтаксиса YAML: ключ «approval» не стоит ровно ни под одним ключом выше: левее него «stages» (строка 9, столбец 5), правее — «items» (строка 11, столбец 9); поставьте «approval» ровно под тот из них, с которым он на одном уровне',
    ]);
  });

  it('tells a key three spaces in from a neighbour two spaces in', () => {
    expect(problemsOf(editStagedRoadmap(shift(11, 1)))[0]).toMatch(
      /^11:8: .*ключ «date» стоит на 1 пробел правее ключа «by» в строке 10: .*поставьте «date» под «by», в столбец 7$/,
    );
  });
});
