import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { root, useStudios, waitForBuild } from './_studio.js';

const review = join(root, 'render-review', 'studio');
const openStudioPage = useStudios();

describe('a plan whose mistake is there from the start', () => {
  const tabLabels = [
    'Об утверждении дорожной…',
    'Дорожная карта реализации…',
    'О создании рабочей группы…',
    'Состав рабочей группы…',
    'Положение о наставничестве',
    'Весь пакет (PDF)',
  ];
  /** The package of data/ with a month 13 in the term of the roadmap's first item. */
  const mistaken = readFileSync(join(root, 'data', 'chita-mentoring-package.yaml'), 'utf8').replace(
    'until: 2020-10-12',
    'until: 2020-13-12',
  );
  const cellProblem = 'месяц в «2020-13-12» должен быть от 01 до 12';

  /** The tabs as the plan names its documents, and the roadmap's table with the mistake under its cell. */
  const expectTabsAndRows = async (page: Page, shot: string) => {
    const tabs = page.getByTestId('document-tab');
    await expect.poll(() => tabs.allTextContents(), { timeout: 60_000 }).toEqual(tabLabels);
    // Line 87 of the file: the editor does not show its first line, for VS Code.
    expect(await page.getByTestId('preview-problem').textContent()).toMatch(/^строка 86, столбец 18: /);
    await tabs.nth(1).click();
    await page.getByTestId('rows-toggle').click();
    const first = page.getByTestId('rows-row').first();
    expect(await first.locator('[data-column=activity]').inputValue()).toBe(
      'Подготовка условий для запуска программы наставничества',
    );
    const problem = first.locator('[data-column=term] ~ [data-testid=cell-problem]');
    await expect.poll(() => problem.textContent()).toBe(cellProblem);
    expect(await page.locator('[data-testid=cell-problem]:visible').count()).toBe(1);
    for (const [width, height] of [
      [1024, 768],
      [1366, 768],
      [1920, 1080],
    ] as const) {
      await page.setViewportSize({ width, height });
      await page.screenshot({ path: join(review, `${shot}-${width}.png`) });
    }
    await page.setViewportSize({ width: 1400, height: 900 });
    await page.getByTestId('pages-view').click();
  };

  it('shows its documents’ tabs and the roadmap’s table, after a reload and when its file is opened', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'gramota-studio-'));
    try {
      const plan = join(dir, 'plan.yaml');
      writeFileSync(plan, mistaken);
      const { page } = await openStudioPage({ plan });
      await waitForBuild(page, 'error');
      await expectTabsAndRows(page, 'mistake-at-start');
      await page.reload();
      await waitForBuild(page, 'error');
      await expectTabsAndRows(page, 'mistake-after-reload');
      // Mended in the cell, the plan is built: the same tabs, now with their pages.
      await page.getByTestId('document-tab').nth(1).click();
      await page.getByTestId('rows-toggle').click();
      const term = page.getByTestId('rows-row').first().locator('[data-column=term]');
      await term.fill('до 12.10.2020');
      await term.press('Enter');
      const preview = page.getByTestId('preview'); // under the table: hidden, built all the same
      await expect.poll(() => preview.getAttribute('data-state'), { timeout: 60_000 }).toBe('ready');
      expect(await page.getByTestId('document-tab').allTextContents()).toEqual(tabLabels);
      await page.getByTestId('pages-view').click();
      expect(await page.getByTestId('preview-page').count()).toBeGreaterThan(0);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('shows the tabs of a file opened with its mistake, not the pages of the plan before it', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'gramota-studio-'));
    try {
      const { page } = await openStudioPage();
      await waitForBuild(page);
      expect(await page.getByTestId('preview-page').count()).toBeGreaterThan(0);
      const file = join(dir, 'mistaken.yaml');
      writeFileSync(file, mistaken);
      await page.setInputFiles('[data-testid=open-file]', file);
      await waitForBuild(page, 'error');
      expect(await page.getByTestId('preview-page').count()).toBe(0);
      expect(await page.getByTestId('preview-notice').textContent()).not.toContain('Ниже — страницы');
      await expectTabsAndRows(page, 'mistake-opened');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
