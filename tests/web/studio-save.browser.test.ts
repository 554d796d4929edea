import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { type StudioServer, startStudioServer } from '../../src/studio/server.js';
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
  it('says the changes go into the file, and writes «Новый план» into it once asked, keeping its text in the browser', async () => {
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
      let answer = false;
      page.removeAllListeners('dialog');
      page.on('dialog', (d) => {
        dialogs.push(d.message());
        void (answer ? d.accept() : d.dismiss());
      });
      const question =
        'Заменить план в файле pkg.yaml образцом «Приказ с дорожной картой»? Файл pkg.yaml будет перезаписан; его прежний текст останется в этом браузере, в списке «Прежние черновики».';
      // «Отмена»: the file and the editor stay as they were.
      await page.getByTestId('new-plan').selectOption('order-roadmap');
      await expect.poll(() => dialogs).toEqual([question]);
      expect(await page.getByTestId('document-tab').count()).toBe(1);
      expect(readFileSync(plan, 'utf8')).toBe(readFileSync(roadmapPath, 'utf8'));
      // «OK»: the starter is the file's plan now, written at once, and the studio still edits pkg.yaml.
      answer = true;
      await page.getByTestId('new-plan').selectOption('order-roadmap');
      await expect.poll(() => page.getByTestId('document-tab').count(), { timeout: 60_000 }).toBe(3);
      expect(dialogs).toEqual([question, question]);
      const starter = await page.evaluate(async () =>
        (await fetch('assets/starters/order-roadmap.yaml')).text(),
      );
      await expect.poll(() => readFileSync(plan, 'utf8'), { timeout: 30_000 }).toBe(starter);
      expect(await note.textContent()).toBe('Изменения сохраняются в pkg.yaml');
      expect(await page.locator('.plan-name').textContent()).toBe('pkg.yaml');
      // Typing goes on into pkg.yaml.
      await waitForBuild(page);
      await page.locator('.cm-line').first().click();
      await page.keyboard.press('Control+Home');
      await page.keyboard.type('# новый план\n');
      await expect.poll(() => readFileSync(plan, 'utf8'), { timeout: 30_000 }).toMatch(/^# новый план\n/);
      await page.screenshot({ path: join(review, 'new-plan-into-file.png') });
      // A reload shows the file as it is now.
      await page.reload();
      await expect
        .poll(() => page.locator('.cm-line').first().textContent(), { timeout: 30_000 })
        .toBe('# новый план');
      expect(await note.textContent()).toBe('Изменения сохраняются в pkg.yaml');
      // The text replaced is not lost: «Прежние черновики» lists it beside the file, and brings it back as a draft.
      const drafts = page.getByTestId('previous-drafts');
      await expect.poll(() => drafts.isVisible()).toBe(true);
      expect(await drafts.locator('option').first().textContent()).toBe('Прежние черновики (1)');
      // Within the column beside the table of rows too, at 1024 pixels.
      await page.setViewportSize({ width: 1024, height: 700 });
      await waitForBuild(page);
      await page.getByTestId('document-tab').nth(1).click();
      await page.getByTestId('rows-toggle').click();
      const column = (await page.locator('.left').boundingBox())!;
      const menu = (await drafts.boundingBox())!;
      expect(menu.x + menu.width).toBeLessThanOrEqual(column.x + column.width);
      await page.screenshot({ path: join(review, 'drafts-beside-file.png') });
      await page.getByTestId('pages-view').click();
      await drafts.selectOption({ index: 1 });
      await expect.poll(() => note.textContent()).toBe('Черновик хранится в этом браузере');
      const firstLine = splitSchemaComment(readFileSync(roadmapPath, 'utf8')).body.split('\n')[0];
      expect(await page.locator('.cm-line').first().textContent()).toBe(firstLine);
      expect(readFileSync(plan, 'utf8')).toMatch(/^# новый план\n/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('two plan.yaml files in two folders, edited one after the other (one port, one browser)', () => {
  it('selects after a reload the tab chosen in that file, and keeps the text «Открыть файл…» wrote over among «Прежние черновики»', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'gramota-studio-two-'));
    let other: StudioServer | undefined;
    try {
      const [first, second] = ['school', 'college'].map((name) => join(dir, name, 'plan.yaml')) as [
        string,
        string,
      ];
      for (const plan of [first, second]) {
        mkdirSync(join(plan, '..'));
        copyFileSync(join(root, 'data', 'chita-mentoring-package.yaml'), plan);
      }
      const studio = await openStudioPage({ plan: first });
      const { page } = studio;
      const tabs = page.getByTestId('document-tab');
      const selected = () => page.locator('[aria-selected=true]').getAttribute('title');
      await waitForBuild(page);
      const firstTab = await tabs.first().getAttribute('title');
      await tabs.nth(3).click();
      const chosen = await tabs.nth(3).getAttribute('title');
      expect(chosen).not.toBe(firstTab);
      // `gramota studio college/plan.yaml` on the same port: the same browser storage, another file, its first tab.
      const port = Number(new URL(studio.server.url).port);
      const serve = async (plan: string) => {
        await (other ?? studio.server).close();
        other = await startStudioServer({ site: studio.site, port, plan });
        await page.reload();
        await waitForBuild(page);
      };
      await serve(second);
      expect(await selected()).toBe(firstTab);
      // «Открыть файл…» over it, once asked: the file holds the opened plan, its own text stays in the browser.
      await page.setInputFiles('[data-testid=open-file]', roadmapPath);
      await expect
        .poll(() => readFileSync(second, 'utf8'), { timeout: 30_000 })
        .toBe(readFileSync(roadmapPath, 'utf8'));
      await waitForBuild(page);
      const drafts = page.getByTestId('previous-drafts');
      await expect.poll(() => drafts.isVisible()).toBe(true);
      expect(await drafts.locator('option').first().textContent()).toBe('Прежние черновики (1)');
      expect(await drafts.locator('option').nth(1).textContent()).toMatch(/^plan\.yaml — /);
      await page.screenshot({ path: join(review, 'drafts-after-open-over-file.png') });
      await drafts.selectOption({ index: 1 });
      await expect
        .poll(() => page.getByTestId('storage-note').textContent())
        .toBe('Черновик хранится в этом браузере');
      const packageLine = splitSchemaComment(readFileSync(first, 'utf8')).body.split('\n')[0];
      expect(await page.locator('.cm-line').first().textContent()).toBe(packageLine);
      // Back in school/plan.yaml: the tab chosen there.
      await serve(first);
      await expect.poll(selected).toBe(chosen);
    } finally {
      await other?.close();
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
        // It covers nothing: the tabs and the document's title are below it.
        const strip = (await page.getByTestId('tab-strip').boundingBox())!;
        expect(box.y + box.height).toBeLessThanOrEqual(strip.y);
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
