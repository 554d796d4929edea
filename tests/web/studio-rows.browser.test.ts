import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { root, useStudios, waitForBuild } from './_studio.js';

const review = join(root, 'render-review', 'studio');
const planPath = join(root, 'data', 'vologda-literacy-roadmap.yaml');
const openStudioPage = useStudios();

type Plan = {
  people: Record<string, { name: string }>;
  documents: {
    stages: { title: string; items: { activity: string; responsible: string; term: unknown }[] }[];
  }[];
};

const storedDraft = (page: Page) =>
  page.evaluate(() => JSON.parse(localStorage.getItem('gramota.studio.draft') ?? '{}').text as string);

describe('«Мероприятия таблицей»', () => {
  it('numbers the items as the document does, under their stages, and names people as the document names them', async () => {
    const { page } = await openStudioPage();
    await waitForBuild(page);
    await page.setInputFiles('[data-testid=open-file]', planPath);
    await expect.poll(() => page.locator('.plan-name').textContent()).toBe('vologda-literacy-roadmap.yaml');
    await waitForBuild(page);
    await page.getByTestId('rows-toggle').click();
    const { people, documents } = parse(readFileSync(planPath, 'utf8')) as Plan;
    const stages = documents[0]!.stages;
    // Headed as the document's stage rows, with the stage's term as the document prints it.
    expect(await page.getByTestId('rows-stage').allTextContents()).toEqual([
      '1. Подготовительный этап (сентябрь – декабрь 2025 г.)',
      '2. Основной (внедренческий) этап (январь 2026 г. – февраль 2027 г.)',
      '3. Обобщающий этап (март – июнь 2027 г.)',
    ]);
    expect(stages.map((s) => s.title)).toEqual([
      'Подготовительный',
      'Основной (внедренческий)',
      'Обобщающий',
    ]);
    expect(await page.getByTestId('rows-number').allTextContents()).toEqual(
      stages.flatMap((stage, s) => stage.items.map((_, i) => `${s + 1}.${i + 1}`)),
    );
    const first = page.getByTestId('rows-row').first();
    expect(people[stages[0]!.items[0]!.responsible]!.name).toBe('Белова Ирина Сергеевна');
    expect(await first.locator('input[data-column=responsible]').inputValue()).toBe('Белова И.С.');
    // A term as the document prints it: a month written 2025-09 reads «сентябрь 2025 г.», and is edited so.
    expect(stages[0]!.items[0]!.term).toBe('2025-09');
    const month = first.locator('input[data-column=term]');
    expect(await month.inputValue()).toBe('сентябрь 2025 г.');
    expect(await month.getAttribute('readonly')).toBeNull();
    // A range is read as the document reads it, and is edited in the text.
    const range = page.getByTestId('rows-row').nth(1).locator('input[data-column=term]');
    expect(await range.inputValue()).toBe('сентябрь – октябрь 2025 г.');
    expect(await range.getAttribute('readonly')).not.toBeNull();
    await page.screenshot({ path: join(review, 'rows-stages.png') });
  });

  it('puts the cursor in the new row’s activity after «Добавить мероприятие», ready to be typed over', async () => {
    const { page } = await openStudioPage();
    await waitForBuild(page);
    await page.setInputFiles('[data-testid=open-file]', planPath);
    // The sample's roadmap has the button too: the opened plan's pages first.
    const tab = page.getByTestId('document-tab').first();
    await expect
      .poll(() => tab.getAttribute('title'), { timeout: 60_000 })
      .toMatch(/^Дорожная карта инновационного/);
    await page.getByTestId('rows-toggle').click();
    const rows = page.getByTestId('rows-row');
    const count = await rows.count();
    await page.getByTestId('rows-add').click();
    await expect.poll(() => rows.count()).toBe(count + 1);
    const added = rows.last().locator('input[data-column=activity]');
    expect(await added.evaluate((input) => input === document.activeElement)).toBe(true);
    expect(await added.inputValue()).toBe('Новое мероприятие');
    // After the last item of the last stage, numbered as its next one.
    const { documents } = parse(readFileSync(planPath, 'utf8')) as Plan;
    const stages = documents[0]!.stages;
    const next = `${stages.length}.${stages.at(-1)!.items.length + 1}`;
    expect(await rows.last().getByTestId('rows-number').textContent()).toBe(next);
    await page.keyboard.type('Итоговая конференция');
    await page.keyboard.press('Enter');
    await expect
      .poll(() => storedDraft(page), { timeout: 10_000 })
      .toContain('- activity: Итоговая конференция');
    expect(await storedDraft(page)).not.toContain('Новое мероприятие');
    // The table drawn again after the typing pause keeps the cell and what it holds.
    await page.waitForTimeout(600);
    expect(await added.inputValue()).toBe('Итоговая конференция');
  });
});
