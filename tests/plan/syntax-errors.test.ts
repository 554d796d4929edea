import { describe, expect, it } from 'vitest';
import { minimalRoadmap, orderPackage } from '../_fixtures/plans.js';
import { problemsOf } from '../_fixtures/problems.js';

const withTexts = (
  title: string,
  clause: string,
  preamble = 'В целях внедрения целевой модели наставничества',
) =>
  orderPackage
    .replace('title: Об утверждении дорожной карты и положения о наставничестве', `title: ${title}`)
    .replace('          - Подготовить пресс-релиз', `          - ${clause}`)
    .replace('preamble: В целях внедрения целевой модели наставничества', `preamble: ${preamble}`);

describe('every «: » left out of quotes is reported in one run', () => {
  it('names two values and a list item with «: », each at its own line, where the text starts', () => {
    const problems = problemsOf(
      withTexts(
        'Об утверждении программы «Ступеньки: от детского сада к школе»',
        'Подготовить пресс-релиз «Наставничество: первые итоги»',
        'В целях реализации проекта «Ступеньки: от детского сада к школе»',
      ),
    );
    expect(problems.map((p) => p.split(': ')[0])).toEqual(['15:12', '16:15', '26:13']);
    expect(problems[0]).toContain('title: "Об утверждении программы «Ступеньки: от детского сада к школе»"');
    expect(problems[1]).toContain(
      'preamble: "В целях реализации проекта «Ступеньки: от детского сада к школе»"',
    );
    expect(problems[2]).toContain('- "Подготовить пресс-релиз «Наставничество: …"');
  });

  it('reads on after a key written twice, but not after a quote left open, which throws the lines below off', () => {
    const source = withTexts('Итоги: выводы', 'Подготовить пресс-релиз «Наставничество: итоги»').replace(
      '    number: 45-о\n',
      '    number: 45-о\n    number: 46-о\n',
    );
    expect(problemsOf(source).map((p) => p.split(': ')[0])).toEqual(['14:5', '16:12', '27:13']);
    const open = withTexts(
      'Итоги: выводы',
      'Подготовить пресс-релиз «Наставничество: итоги»',
      '"В целях внедрения целевой модели наставничества',
    );
    expect(problemsOf(open).map((p) => p.split(': ')[0])).toEqual(['15:12', '16:15']);
  });

  it('does not take a colon without a space after it, or one inside quotes, for a key', () => {
    const source = withTexts(
      '"Итоги: выводы"',
      'Провести встречу в 15:00 на сайте https://college.ru',
      '\'Педсовет "Итоги: выводы"\'',
    );
    expect(problemsOf(source)).toEqual([]);
  });
});

describe('a list item whose «- » was forgotten', () => {
  const roadmap = (second: string) =>
    minimalRoadmap.replace(
      '            responsible: [spiridonova, bushina]\n',
      `            responsible: [spiridonova, bushina]\n${second}`,
    );

  it('is named once, at its first key, instead of every key of it «repeated»', () => {
    const source = roadmap(
      '            activity: Семинар\n            term: 2020-11\n            responsible: bushina\n',
    );
    expect(problemsOf(source)).toEqual([
      '23:13: ошибка синтаксиса YAML: ключ «activity» второй раз в одном элементе списка: похоже, здесь начинается новый элемент, а «- » перед ним нет — напишите «- activity: …», с «-» под «-» элемента выше',
    ]);
  });

  it('leaves a key other than the first written twice as a repeated key', () => {
    expect(problemsOf(roadmap('            term: 2020-11\n'))).toEqual([
      '23:13: ключ «term» повторяется; у каждого ключа должно быть одно значение',
    ]);
  });
});
