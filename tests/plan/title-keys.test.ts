import { describe, expect, it } from 'vitest';
import { namesTitle, splitWords, toTitleKeys } from '../../src/plan/title-keys.js';

const calendar = 'Календарный план реализации проекта на 2026/2027 учебный год';
const graph = 'Календарный план-график реализации проекта на 2026/2027 учебный год';

/** Which of the titles a text names, by their keys. */
const namedIn = (text: string, titles: string[]) => {
  const keys = toTitleKeys(titles);
  return titles.filter((_, i) => keys[i] !== undefined && namesTitle(splitWords(text), keys[i]!));
};

describe('titles an order’s text names', () => {
  it('tells apart two titles that start with the same word by the next one, in any case', () => {
    expect(namedIn('мероприятий календарного плана', [calendar, graph])).toEqual([calendar]);
    expect(namedIn('в сроки, установленные календарным планом-графиком', [calendar, graph])).toEqual([graph]);
    expect(namedIn('Календарный план-график', [calendar, graph])).toEqual([graph]);
  });

  it('keys a title by its first word when no other title starts with it', () => {
    const titles = ['Состав проектного офиса', 'Положение о проектном офисе'];
    expect(namedIn('в составе согласно', titles)).toEqual(['Состав проектного офиса']);
    expect(namedIn('в соответствии с Положением', titles)).toEqual(['Положение о проектном офисе']);
    expect(namedIn('по плану работы', titles)).toEqual([]);
  });

  it('names both titles that differ only past the words it compares, and none by a short first word', () => {
    expect(
      namedIn('положения о наставничестве', ['Положение о наставничестве', 'Положение о наставничестве']),
    ).toHaveLength(2);
    expect(toTitleKeys(['О конкурсе', 'Состав жюри'])[0]).toBeUndefined();
  });
});
