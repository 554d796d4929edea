import { copyFileSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { splitSchemaComment } from '../../src/web/schema-comment.js';
import { replaceText, root, useStudios, waitForBuild } from './_studio.js';

const review = join(root, 'render-review', 'studio');
const roadmapPath = join(root, 'data', 'chapaevsk-roadmap.yaml');
const openStudioPage = useStudios();

describe('keeping the plan itself', () => {
  it('says the draft is kept in this browser, and «Сохранить план» downloads the text as the plan’s file', async () => {
    const studio = await openStudioPage();
    const { page } = studio;
    await waitForBuild(page);
    expect(await page.getByTestId('storage-note').textContent()).toBe('Черновик хранится в этом браузере');
    await page.setInputFiles('[data-testid=open-file]', roadmapPath);
    await expect.poll(() => page.locator('.plan-name').textContent()).toBe('chapaevsk-roadmap.yaml');
    await waitForBuild(page);
    const save = page.getByRole('button', { name: 'Сохранить план' });
    const [download] = await Promise.all([page.waitForEvent('download'), save.click()]);
    expect(download.suggestedFilename()).toBe('chapaevsk-roadmap.yaml');
    expect(readFileSync((await download.path())!)).toEqual(readFileSync(roadmapPath));
    for (const [width, height] of [
      [1366, 768],
      [1024, 700],
    ] as const) {
      await page.setViewportSize({ width, height });
      await page.screenshot({ path: join(review, `toolbar-${width}.png`) });
    }
  });
});

describe('gramota studio pkg.yaml', () => {
  it('says the changes go into the file, and starts «Новый план» as a browser draft, leaving the file as it is', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'gramota-studio-'));
    try {
      const plan = join(dir, 'pkg.yaml');
      copyFileSync(roadmapPath, plan);
      const studio = await openStudioPage({ plan });
      const { page } = studio;
      await waitForBuild(page);
      const note = page.getByTestId('storage-note');
      expect(await note.textContent()).toBe('Изменения сохраняются в pkg.yaml');
      const dialogs: string[] = [];
      page.removeAllListeners('dialog');
      page.on('dialog', (d) => {
        dialogs.push(d.message());
        void d.accept();
      });
      await page.getByTestId('new-plan').selectOption('order-roadmap');
      await expect.poll(() => page.getByTestId('document-tab').count(), { timeout: 60_000 }).toBe(3);
      expect(dialogs).toEqual([
        'Начать новый план? Файл pkg.yaml останется как есть, а новый план будет черновиком в этом браузере — сохраните его кнопкой «Сохранить план». Вернуться к pkg.yaml — перезагрузить страницу; новый план останется в списке «Прежние черновики».',
      ]);
      expect(await note.textContent()).toBe('Черновик хранится в этом браузере');
      expect(await page.locator('.plan-name').textContent()).toBe('Новый план');
      // Typing goes into the draft, not into pkg.yaml.
      await page.locator('.cm-line').first().click();
      await page.keyboard.press('Control+Home');
      await page.keyboard.type('# новый план\n');
      const draft = () =>
        page.evaluate(() => JSON.parse(localStorage.getItem('gramota.studio.draft') ?? '{}').text as string);
      await expect.poll(draft, { timeout: 10_000 }).toMatch(/^# новый план\n/);
      await waitForBuild(page);
      await page.screenshot({ path: join(review, 'new-plan-beside-file.png') });
      expect(readFileSync(plan, 'utf8')).toBe(readFileSync(roadmapPath, 'utf8'));
      // A reload goes back to the file.
      await page.reload();
      await expect
        .poll(() => note.textContent(), { timeout: 30_000 })
        .toBe('Изменения сохраняются в pkg.yaml');
      expect(await page.locator('.plan-name').textContent()).toBe('pkg.yaml');
      // The new plan is not lost: «Прежние черновики» lists it beside the file, and brings it back as a draft.
      const drafts = page.getByTestId('previous-drafts');
      await expect.poll(() => drafts.isVisible()).toBe(true);
      expect(await drafts.locator('option').first().textContent()).toBe('Прежние черновики (1)');
      const newest = await page.evaluate(() => JSON.parse(localStorage.getItem('gramota.studio.draft')!).id);
      expect(await drafts.locator('option').nth(1).getAttribute('value')).toBe(newest);
      // Within the column beside the table of rows too, at 1024 pixels.
      await page.setViewportSize({ width: 1024, height: 700 });
      await page.getByTestId('rows-toggle').click();
      const column = (await page.locator('.left').boundingBox())!;
      const menu = (await drafts.boundingBox())!;
      expect(menu.x + menu.width).toBeLessThanOrEqual(column.x + column.width);
      await page.screenshot({ path: join(review, 'drafts-beside-file.png') });
      await page.getByTestId('pages-view').click();
      await drafts.selectOption({ index: 1 });
      await expect.poll(() => note.textContent()).toBe('Черновик хранится в этом браузере');
      expect(await page.locator('.plan-name').textContent()).toBe('Новый план');
      expect(await page.locator('.cm-line').first().textContent()).toBe('# новый план');
      await page.locator('.cm-line').first().click();
      await page.keyboard.press('End');
      await page.keyboard.type(' — дальше');
      await expect.poll(draft, { timeout: 10_000 }).toMatch(/^# новый план — дальше\n/);
      expect(readFileSync(plan, 'utf8')).toBe(readFileSync(roadmapPath, 'utf8'));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('downloads of a plan with mistakes', () => {
  it('says why nothing was downloaded under the download buttons, at the mistake’s line, and goes there on a click', async () => {
    const studio = await openStudioPage();
    const { page } = studio;
    await waitForBuild(page);
    const downloads: string[] = [];
    page.on('download', (d) => downloads.push(d.suggestedFilename()));
    const source = readFileSync(roadmapPath, 'utf8');
    const mistaken = source.replace(/^( {4}title: .*)$/m, '$1\n    colums: [number, activity]');
    // Its line in the editor, which does not show the plan's first line for VS Code.
    const line = splitSchemaComment(mistaken).body.split('\n').indexOf('    colums: [number, activity]') + 1;
    await replaceText(page, mistaken);
    await waitForBuild(page, 'error');
    const note = page.getByTestId('download-note');
    expect(await note.isVisible()).toBe(false);
    for (const [width, height] of [
      [1024, 768],
      [1366, 768],
      [1920, 1080],
    ] as const) {
      await page.setViewportSize({ width, height });
      for (const button of ['download-docx', 'download-pdf', 'download-zip']) {
        await page.getByTestId(button).click();
        await expect.poll(() => note.isVisible(), { timeout: 30_000 }).toBe(true);
        expect(await note.textContent()).toBe(`Не скачано: в плане ошибка, строка ${line}`);
        // Right under the buttons, its right edge at theirs, the toolbar still one row.
        const zip = (await page.getByTestId('download-zip').boundingBox())!;
        const docx = (await page.getByTestId('download-docx').boundingBox())!;
        const box = (await note.boundingBox())!;
        expect(box.y - (zip.y + zip.height)).toBeGreaterThanOrEqual(0);
        expect(box.y - (zip.y + zip.height)).toBeLessThan(24);
        expect(Math.abs(box.x + box.width - (zip.x + zip.width))).toBeLessThan(2);
        expect(box.x).toBeLessThan(docx.x + docx.width);
        expect(box.y + box.height).toBeLessThan(zip.y + zip.height + 60);
        if (button === 'download-zip')
          await page.screenshot({ path: join(review, `download-blocked-${width}.png`) });
        // A click on it puts the cursor at the mistake's line, and it goes.
        await note.click();
        expect(await note.isVisible()).toBe(false);
        expect(await page.locator('.cm-activeLine').textContent()).toBe('    colums: [number, activity]');
      }
    }
    expect(downloads).toEqual([]);
    // Shown again, it follows the plan: mended, the plan is built and the note goes by itself.
    await page.getByTestId('download-zip').click();
    await expect.poll(() => note.isVisible(), { timeout: 30_000 }).toBe(true);
    await replaceText(page, source);
    await waitForBuild(page);
    expect(await note.isVisible()).toBe(false);
    expect(await page.getByRole('status').textContent()).toMatch(/^Собрано за \d+ мс$/);
  });
});
