import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { importDocx } from '../../src/import/import-docx.js';
import { importDocxInto } from '../../src/import/merge-plan.js';
import { studioText, text } from '../../src/messages.js';
import { writeDocx, writeParagraph } from '../import/_generated-docx.js';
import { root, useStudios, waitForBuild } from './_studio.js';

const review = join(root, 'render-review', 'studio');
const fixtures = join(root, 'tests', 'import', 'fixtures');
const openStudioPage = useStudios();
const draft = (page: Page) =>
  page.evaluate(() => JSON.parse(localStorage.getItem('gramota.studio.draft') ?? '{}').text as string);

// Trial 10: «Добавить в этот план» of an order whose plan then had a mistake showed «Здесь появятся страницы
// документа» instead of the pages of the plan's roadmap, built a moment before; an edit with a mistake keeps them.
describe('«Добавить в этот план» of a document that leaves a mistake in the plan', () => {
  it('keeps the pages built last, as an edit does, with the notice over them', async () => {
    const { page } = await openStudioPage();
    await waitForBuild(page);
    const roadmapDocx = join(fixtures, 'libreoffice-trial-roadmap.docx');
    // An order of hers whose appendix 1 is a file of its own: its stand-in is a mistake until that file is added.
    const order = await writeDocx(
      [
        'ОГБПОУ ЯКСиД',
        'ПРИКАЗ',
        '10.09.2026\t№ 216-о',
        'О создании рабочей группы',
        'ПРИКАЗЫВАЮ:',
        '1. Создать рабочую группу в составе согласно приложению 1.',
        'Директор\tС.П. Волков',
      ].map((line) => writeParagraph(line)),
    );
    const orderDocx = {
      name: 'order.docx',
      mimeType: 'application/octet-stream',
      buffer: Buffer.from(order),
    };
    const roadmap = importDocx(readFileSync(roadmapDocx), 'libreoffice-trial-roadmap.docx', 'plan.yaml');
    const merged = importDocxInto(order, 'order.docx', roadmap.yaml, 'plan.yaml');
    expect(merged.problems.map((p) => p.message)).toEqual([text.standInLeft(1)]);
    await page.setInputFiles('[data-testid=import-docx]', roadmapDocx);
    await page.getByTestId('import-replace').click();
    await expect.poll(() => draft(page), { timeout: 60_000 }).toBe(roadmap.yaml);
    await waitForBuild(page);
    const pages = page.getByTestId('preview-page');
    await expect.poll(() => pages.count(), { timeout: 60_000 }).toBeGreaterThan(0);
    const tabs = await page.getByTestId('document-tab').allTextContents();
    await page.setInputFiles('[data-testid=import-docx]', orderDocx);
    await page.getByTestId('import-add').click();
    await expect.poll(() => draft(page), { timeout: 60_000 }).toBe(merged.yaml);
    await waitForBuild(page, 'error');
    await page.screenshot({ path: join(review, 'import-add-mistake.png') });
    expect(await page.getByTestId('preview-problem').textContent()).toContain(text.standInLeft(1));
    expect(await page.getByTestId('preview').textContent()).not.toContain(studioText.emptyPreview);
    expect(await pages.count()).toBeGreaterThan(0);
    expect(await page.getByTestId('preview-notice').textContent()).toContain(studioText.previewOldPages);
    // The tabs of the plan as built last: the order's come with its first build.
    expect(await page.getByTestId('document-tab').allTextContents()).toEqual(tabs);
  });
});
