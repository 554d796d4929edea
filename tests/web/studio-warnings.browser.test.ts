import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { replaceText, root, useStudios, waitForBuild } from './_studio.js';

const review = join(root, 'render-review', 'studio');
const openStudioPage = useStudios();

describe('a plan that is built with warnings', () => {
  /** The order cites «приложению 3», and has two appendices: `gramota build` warns at 35:15 (user trial 8). */
  const plan = readFileSync(join(root, 'tests', 'studio', 'fixtures', 'appendix-removed.yaml'), 'utf8');
  const warnedLine =
    '      - text: Создать рабочую группу по внедрению целевой модели наставничества в составе согласно приложению 3';

  it('lists them under «Предупреждения», marks their line, goes there on a click, and downloads all the same', async () => {
    const { page } = await openStudioPage();
    await waitForBuild(page);
    await replaceText(page, plan);
    await waitForBuild(page);
    const heading = page.locator('.problems h2');
    await expect.poll(() => heading.textContent(), { timeout: 60_000 }).toBe('Предупреждения: 1');
    const warning = page.getByTestId('warning');
    expect(await warning.allTextContents()).toEqual([
      'строка 35, столбец 15: в пункте «приложению 3», а у приказа приложений 2; проверьте номер',
    ]);
    expect(await page.getByTestId('diagnostic').count()).toBe(0);
    expect(await page.locator('.cm-lintRange-warning').count()).toBe(1);
    expect(await page.locator('.cm-lintRange-error').count()).toBe(0);
    expect(await page.getByTestId('preview-page').count()).toBeGreaterThan(0);

    await page.keyboard.press('Control+Home');
    await warning.locator('button').click();
    expect(await page.locator('.cm-activeLine').textContent()).toBe(warnedLine);

    // The ZIP is saved; the note under the buttons says there is a warning, and a click on it goes to its line.
    const note = page.getByTestId('download-note');
    for (const width of [1024, 1366]) {
      await page.setViewportSize({ width, height: 768 });
      await page.keyboard.press('Control+Home');
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.getByTestId('download-zip').click(),
      ]);
      expect(download.suggestedFilename()).toMatch(/\.zip$/);
      await expect.poll(() => note.isVisible()).toBe(true);
      expect(await note.textContent()).toBe('Скачано; в плане предупреждение, строка 35');
      await page.screenshot({ path: join(review, `warnings-${width}.png`) });
      await note.click();
      expect(await note.isVisible()).toBe(false);
      expect(await page.locator('.cm-activeLine').textContent()).toBe(warnedLine);
      await page.screenshot({ path: join(review, `warnings-at-line-${width}.png`) });
    }

    // Mended, the plan has neither errors nor warnings: «Ошибок нет», and a download says nothing.
    await page.setViewportSize({ width: 1400, height: 900 });
    await replaceText(page, plan.replace(' в составе согласно приложению 3', ''));
    await expect.poll(() => heading.textContent(), { timeout: 60_000 }).toBe('Ошибок нет');
    expect(await warning.count()).toBe(0);
    expect(await page.locator('.cm-lintRange-warning').count()).toBe(0);
    await Promise.all([page.waitForEvent('download'), page.getByTestId('download-zip').click()]);
    expect(await note.isVisible()).toBe(false);
  });
});
