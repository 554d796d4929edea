import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { root, useStudios, waitForBuild } from './_studio.js';

const review = join(root, 'render-review', 'studio');
const planPath = join(root, 'tests', 'golden', 'network-leave-out', 'plan.yaml');
const openStudioPage = useStudios();

describe('the studio with a network project', () => {
  it('shows each partner’s tabs after the plan’s own, led by its folder, without the documents it leaves out', async () => {
    const { page } = await openStudioPage();
    await waitForBuild(page);
    await page.setInputFiles('[data-testid=open-file]', planPath);
    const tabs = page.getByTestId('document-tab');
    await expect
      .poll(() => tabs.allTextContents(), { timeout: 60_000 })
      .toEqual([
        'О реализации сетевого…',
        'Дорожная карта сетевого…',
        'Паспорт проекта',
        'Положение о сетевом…',
        'Весь пакет (PDF)',
        'school91: О реализации сетевого…',
        'school91: Дорожная карта сетевого…',
        'school91: Положение о сетевом…',
        'school91: Весь пакет (PDF)',
      ]);
    await waitForBuild(page);
    // The order with its appendices: the kindergarten's four pages, the school's three — its own file, selected alone.
    const pages = page.getByTestId('preview-page');
    await tabs.first().click();
    await expect.poll(() => pages.count(), { timeout: 60_000 }).toBe(4);
    await tabs.nth(5).click();
    await expect.poll(() => pages.count(), { timeout: 60_000 }).toBe(3);
    expect(await tabs.nth(5).getAttribute('aria-selected')).toBe('true');
    expect(await tabs.first().getAttribute('aria-selected')).toBe('false');
    expect(await tabs.nth(5).getAttribute('title')).toBe(
      'Организация school91: О реализации сетевого проекта',
    );
    await page.screenshot({ path: join(review, 'network-partner-tabs.png') });
  });
});
