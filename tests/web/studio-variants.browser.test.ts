import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { root, useStudios, waitForBuild } from './_studio.js';

const review = join(root, 'render-review', 'studio');
const planPath = join(root, 'tests', 'golden', 'network-leave-out', 'plan.yaml');
const openStudioPage = useStudios();

describe('the studio with a network project', () => {
  it('shows each partner’s tabs after the plan’s own, led by its short name, without the documents it leaves out', async () => {
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
        'МБОУ «Школа № 91»: О реализации сетевого…',
        'МБОУ «Школа № 91»: Дорожная карта сетевого…',
        'МБОУ «Школа № 91»: Положение о сетевом…',
        'МБОУ «Школа № 91»: Весь пакет (PDF)',
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
    expect(await tabs.nth(5).getAttribute('title')).toBe('МБОУ «Школа № 91»: О реализации сетевого проекта');
    await page.screenshot({ path: join(review, 'network-partner-tabs.png') });
    // The partner's roadmap has its table too: the plan's rows, which every organisation shares, and it says so.
    await tabs.nth(6).click();
    await page.getByTestId('rows-toggle').click();
    expect(await page.getByTestId('rows-shared').textContent()).toBe(
      'Мероприятия дорожной карты — общие для всех организаций сетевого проекта: правка здесь меняет их у каждой.',
    );
    const partnerRows = await page
      .getByTestId('rows-row')
      .locator('[data-column=activity]')
      .evaluateAll((all) => all.map((e) => (e as HTMLTextAreaElement).value));
    // Its people as its documents name them: its own coordinator, not the kindergarten's.
    const responsible = page.getByTestId('rows-row').first().locator('[data-column=responsible]');
    expect(await responsible.inputValue()).toBe('Орлова А.В.');
    await tabs.nth(1).click();
    expect(await page.getByTestId('rows-shared').count()).toBe(0);
    expect(await responsible.inputValue()).toBe('Иванова М.С.');
    const ownRows = await page
      .getByTestId('rows-row')
      .locator('[data-column=activity]')
      .evaluateAll((all) => all.map((e) => (e as HTMLTextAreaElement).value));
    expect(partnerRows.length).toBeGreaterThan(0);
    expect(partnerRows).toEqual(ownRows);
    await tabs.nth(6).click();
    await page.setViewportSize({ width: 1024, height: 768 });
    await page.screenshot({ path: join(review, 'network-partner-rows-1024.png') });
  });
});
