import { describe, expect, it } from 'vitest';
import { studioText } from '../../src/messages.js';
import { useStudios, waitForBuild } from './_studio.js';

const openStudioPage = useStudios();

describe('«Новый план»', () => {
  it('offers starters named for the documents they build, each built without a problem', async () => {
    const { page } = await openStudioPage();
    await waitForBuild(page);
    const menu = page.getByTestId('new-plan');
    expect(await menu.locator('option').allTextContents()).toEqual([
      'Новый план',
      'Дорожная карта',
      'Приказ с дорожной картой',
      'Пакет документов проекта',
      'Паспорт проекта',
      'Программа проекта',
    ]);
    /** The words each starter's documents are titled with: what its name in the menu promises. */
    const promised = {
      roadmap: ['Дорожная карта'],
      'order-roadmap': ['Об утверждении дорожной карты', 'Дорожная карта'],
      package: ['Об утверждении дорожной карты', 'Дорожная карта', 'Состав рабочей группы', 'Положение'],
      passport: ['Паспорт проекта'],
      programme: ['Программа инновационного проекта'],
    } as const;
    const firstLines: Record<string, RegExp> = {
      roadmap: /^# Пример: дорожная карта/,
      'order-roadmap': /^# Пример: приказ об утверждении дорожной карты и сама дорожная карта/,
      package: /^# Пример полного пакета: приказы, дорожная карта, состав рабочей группы и положение/,
      passport: /^# Пример: паспорт проекта/,
      programme: /^# Пример: программа инновационного проекта/,
    };
    const tabs = page.getByTestId('document-tab');
    const titles = async () =>
      (await tabs.evaluateAll((all) => all.map((e) => e.getAttribute('title') ?? ''))).join('\n');
    // Each starter's documents have a title the one before it has not: the tabs show when it is built.
    for (const [id, words] of Object.entries(promised)) {
      await menu.selectOption(id);
      await expect
        .poll(
          async () => {
            const seen = await titles();
            return words.filter((word) => !seen.includes(word));
          },
          { timeout: 60_000 },
        )
        .toEqual([]);
      await waitForBuild(page);
      expect(await page.locator('.problems h2').textContent(), id).toBe(studioText.noProblems);
      // Its first line, the example's note, promises no more than it has.
      expect(await page.locator('.cm-line').first().textContent(), id).toMatch(firstLines[id]!);
    }
  });
});
