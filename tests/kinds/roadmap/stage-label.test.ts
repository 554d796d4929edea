import { describe, expect, it } from 'vitest';
import { buildModels } from '../../../src/generate.js';
import { toStageTitle } from '../../../src/kinds/roadmap/stage-label.js';
import { parsePlan } from '../../../src/plan/parse-plan.js';
import { paragraphsOf } from '../../_fixtures/paragraphs.js';

describe('the word «этап» in a stage row', () => {
  it('by default follows only a title that reads as a stage name', () => {
    expect(toStageTitle('Подготовительный', undefined)).toBe('Подготовительный этап');
    expect(toStageTitle('Основной (внедренческий)', undefined)).toBe('Основной (внедренческий) этап');
    expect(toStageTitle('Аналитико-концептуальный', undefined)).toBe('Аналитико-концептуальный этап');
    expect(toStageTitle('Внедрение целевой модели наставничества', undefined)).toBe(
      'Внедрение целевой модели наставничества',
    );
    expect(toStageTitle('I этап – подготовительный', undefined)).toBe('I этап – подготовительный');
  });

  it('stage_word: true always adds it (once), false never', () => {
    expect(toStageTitle('Внедрение', true)).toBe('Внедрение этап');
    expect(toStageTitle('Первый этап', true)).toBe('Первый этап');
    expect(toStageTitle('Подготовительный', false)).toBe('Подготовительный');
  });
});

describe('stage_word in a roadmap', () => {
  const roadmap = (stageWord: string) =>
    paragraphsOf(
      buildModels(
        parsePlan(
          `organization: { name: Школа }
documents:
  - type: roadmap
    title: Дорожная карта
${stageWord}    stages:
      - { title: Подготовительный, term: 2024-09, items: [{ activity: Сбор }] }
      - { title: Внедрение программы наставничества, items: [{ activity: Обучение }] }
`,
          'plan.yaml',
        ),
        { createdAt: new Date(0) },
      )[0]!.model,
    );

  it('prints the stage rows as the setting says', () => {
    const stageRows = (setting: string) => roadmap(setting).filter((p) => /^\d\. /.test(p));
    expect(stageRows('')).toEqual([
      expect.stringMatching(/^1\. Подготовительный этап \(сентябрь/),
      '2. Внедрение программы наставничества',
    ]);
    expect(stageRows('    stage_word: false\n')[0]).toMatch(/^1\. Подготовительный \(сентябрь/);
    expect(stageRows('    stage_word: true\n')[1]).toBe('2. Внедрение программы наставничества этап');
  });
});
