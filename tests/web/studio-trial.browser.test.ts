import { copyFileSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { unzipSync } from 'fflate';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { splitSchemaComment } from '../../src/web/schema-comment.js';
import { replaceText, root, useStudios, waitForBuild } from './_studio.js';

const review = join(root, 'render-review', 'studio');
const openStudioPage = useStudios();
/** The sample a first visit starts from (scripts/build-web.mjs): data/'s roadmap without its line for VS Code. */
const sample = splitSchemaComment(
  readFileSync(join(root, 'data', 'chita-mentoring-roadmap.yaml'), 'utf8'),
).body;

describe('a plan started from a sample', () => {
  it('downloads its package and saves its plan under a name made of the organisation and the project', async () => {
    const { page } = await openStudioPage();
    await waitForBuild(page);
    const folder = 'GAPOU_ChPK_Tselevaya_programma_nastavnichestva'; // ГАПОУ «ЧПК» Целевая программа наставничества
    const [zip] = await Promise.all([
      page.waitForEvent('download'),
      page.getByTestId('download-zip').click(),
    ]);
    expect(zip.suggestedFilename()).toBe(`${folder}.zip`);
    const zipped = new Uint8Array(readFileSync((await zip.path())!));
    // Its files dated as built, not 1980-01-02: the year in the first file's header (DOS date, from 1980).
    const dosDate = new DataView(zipped.buffer, zipped.byteOffset).getUint16(12, true);
    expect((dosDate >> 9) + 1980).toBe(new Date().getFullYear());
    const entries = unzipSync(zipped);
    expect(Object.keys(entries)[0]).toBe(`${folder}/${folder}.yaml`);
    expect(new TextDecoder().decode(entries[`${folder}/${folder}.yaml`])).toBe(sample);
    const [plan] = await Promise.all([page.waitForEvent('download'), page.getByTestId('save-plan').click()]);
    expect(plan.suggestedFilename()).toBe(`${folder}.yaml`);
    // Another organisation, another name.
    await replaceText(page, sample.replace('short_name: ГАПОУ «ЧПК»', 'short_name: МБОУ СОШ № 5'));
    await waitForBuild(page);
    const [renamed] = await Promise.all([
      page.waitForEvent('download'),
      page.getByTestId('download-zip').click(),
    ]);
    expect(renamed.suggestedFilename()).toBe('MBOU_SOSh_5_Tselevaya_programma_nastavnichestva.zip');
  });
});

describe('a plan with a mistake', () => {
  it('says over the pages what keeps them from being built, at its line, also after a reload', async () => {
    const { page } = await openStudioPage();
    await waitForBuild(page);
    const lines = sample.split('\n');
    const at = lines.findIndex((l) => l.startsWith('    title:'));
    lines.splice(at + 1, 0, '    colums: [number, activity]');
    await replaceText(page, lines.join('\n'));
    await waitForBuild(page, 'error');
    const notice = page.getByTestId('preview-notice');
    expect(await notice.isVisible()).toBe(true);
    const problem = `строка ${at + 2}, столбец 5: неизвестный ключ «colums»`;
    expect(await notice.textContent()).toContain(
      'Документы не собраны: в плане ошибка. Исправьте её — страницы появятся сами',
    );
    expect(await notice.getByTestId('preview-problem').textContent()).toMatch(new RegExp(`^${problem}`));
    expect(await notice.textContent()).toContain('Ниже — страницы, какими они были до ошибки');
    expect(await page.getByTestId('preview-page').count()).toBeGreaterThan(0);
    // After a reload there are no pages to show: the notice is what the preview shows.
    await page.reload();
    await waitForBuild(page, 'error');
    await expect.poll(() => notice.isVisible()).toBe(true);
    expect(await page.getByTestId('preview-page').count()).toBe(0);
    expect(await notice.getByTestId('preview-problem').textContent()).toMatch(new RegExp(`^${problem}`));
    expect(await notice.textContent()).not.toContain('Ниже — страницы');
    // Its document's tab is there all the same, as the plan names it.
    expect(await page.getByTestId('document-tab').allTextContents()).toEqual(['Дорожная карта реализации…']);
    await page.screenshot({ path: join(review, 'preview-notice.png') });
    await notice.getByTestId('preview-problem').click();
    expect(await page.locator('.cm-activeLine').textContent()).toBe('    colums: [number, activity]');
    await page.keyboard.press('Home');
    await page.keyboard.press('Shift+End');
    await page.keyboard.press('Delete');
    await waitForBuild(page);
    expect(await notice.isVisible()).toBe(false);
  });
});

describe('the notice of a mistake', () => {
  /** 60 mm of a page, in its frame's pixels: the top of a roadmap's first page holds its «УТВЕРЖДЕНА» stamp. */
  const readStampBand = (page: Page) =>
    page
      .getByTestId('preview-page')
      .first()
      .evaluate((frame) => {
        const box = frame.getBoundingClientRect();
        const [, heightPt] = frame.style.aspectRatio.split('/').map(Number);
        return { top: box.top, bottom: box.top + (box.height * (60 / 25.4) * 72) / heightPt! };
      });

  it('stands above the pages, pushing them down: the stamp stays in sight at 1366×768 and on a narrow window', async () => {
    const { page } = await openStudioPage();
    await waitForBuild(page);
    const mistaken = sample.replace('    title:', '    colums: [number, activity]\n    title:');
    const notice = page.getByTestId('preview-notice');
    for (const [width, height] of [
      [1366, 768],
      [800, 600],
    ] as const) {
      await page.setViewportSize({ width, height });
      await replaceText(page, mistaken);
      await waitForBuild(page, 'error');
      const box = (await notice.boundingBox())!;
      const band = await readStampBand(page);
      // Not over the page's first 60 mm, and whole in the window, its words readable.
      expect(box.y + box.height).toBeLessThanOrEqual(band.top);
      expect(box.y).toBeGreaterThanOrEqual(0);
      expect(box.x + box.width).toBeLessThanOrEqual(width);
      expect(band.bottom).toBeLessThanOrEqual(height);
      expect(await notice.getByTestId('preview-problem').isVisible()).toBe(true);
      expect(await notice.evaluate((n) => n.scrollHeight <= n.clientHeight)).toBe(true);
      await page.screenshot({ path: join(review, `notice-above-pages-${width}.png`) });
      await replaceText(page, sample);
      await waitForBuild(page);
    }
  });

  it('leaves the lines read in place when it comes and goes, the pages scrolled down', async () => {
    const { page } = await openStudioPage();
    await waitForBuild(page);
    await page.getByTestId('preview').evaluate((p) => {
      p.scrollTop = 600;
    });
    const second = page.locator('[data-testid=preview-page][data-page="2"]');
    const before = (await second.boundingBox())!.y;
    await replaceText(page, sample.replace('    title:', '    colums: [number, activity]\n    title:'));
    await waitForBuild(page, 'error');
    expect(Math.abs((await second.boundingBox())!.y - before)).toBeLessThanOrEqual(1);
    await replaceText(page, sample);
    await waitForBuild(page);
    expect(await page.getByTestId('preview-notice').isVisible()).toBe(false);
    expect(Math.abs((await second.boundingBox())!.y - before)).toBeLessThanOrEqual(1);
  });
});

describe('gramota studio new.yaml', () => {
  it('starts a file that is not there yet from the sample, says so, and creates it at the first change', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'gramota-studio-new-'));
    try {
      const plan = join(dir, 'new.yaml');
      const { page } = await openStudioPage({ plan });
      await waitForBuild(page);
      const note = page.getByTestId('storage-note');
      expect(await page.locator('.plan-name').textContent()).toBe('new.yaml');
      expect(await note.textContent()).toBe(
        'Файла new.yaml ещё нет: в редакторе образец плана, файл появится при первом изменении',
      );
      expect(existsSync(plan)).toBe(false);
      expect(await page.getByTestId('document-tab').count()).toBe(1);
      await page.locator('.cm-line').first().click();
      await page.keyboard.press('Control+Home');
      await page.keyboard.type('# мой план\n');
      await expect.poll(() => existsSync(plan), { timeout: 30_000 }).toBe(true);
      expect(readFileSync(plan, 'utf8')).toBe(`# мой план\n${sample}`);
      await expect.poll(() => note.textContent()).toBe('Изменения сохраняются в new.yaml');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('gramota studio plan.yaml, the file not there yet, and «Новый план»', () => {
  it('writes the starter picked into the file at once, without a question, and the note above the editor says so', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'gramota-studio-new-'));
    try {
      const plan = join(dir, 'plan.yaml');
      const { page } = await openStudioPage({ plan });
      await waitForBuild(page);
      const dialogs: string[] = [];
      page.removeAllListeners('dialog');
      page.on('dialog', (d) => {
        dialogs.push(d.message());
        void d.accept();
      });
      // What the preview shows from the pick on: no page of the sample before it while the package is built.
      await page.evaluate(() => {
        const preview = document.querySelector('[data-testid=preview]')!;
        const seen: string[] = [];
        (window as unknown as { seen: string[] }).seen = seen;
        new MutationObserver(() => {
          const first = preview.firstElementChild;
          seen.push(
            first?.classList.contains('page') ? `page:${preview.children.length}` : (first?.className ?? ''),
          );
        }).observe(preview, { childList: true });
      });
      await page.getByTestId('new-plan').selectOption('package');
      const tabs = page.getByTestId('document-tab');
      await expect.poll(() => tabs.count(), { timeout: 60_000 }).toBe(6);
      await waitForBuild(page);
      expect(dialogs).toEqual([]);
      const starter = await page.evaluate(async () => (await fetch('assets/starters/package.yaml')).text());
      await expect
        .poll(() => existsSync(plan) && readFileSync(plan, 'utf8'), { timeout: 30_000 })
        .toBe(starter);
      expect(await page.getByTestId('storage-note').textContent()).toBe('Изменения сохраняются в plan.yaml');
      expect(await page.locator('.plan-name').textContent()).toBe('plan.yaml');
      const seen = await page.evaluate(() => (window as unknown as { seen: string[] }).seen);
      expect(seen[0]).toBe('empty building');
      expect(seen.filter((s) => s.startsWith('page')).length).toBe(1); // the package's own pages, drawn once
      await page.setViewportSize({ width: 1366, height: 768 });
      await page.screenshot({ path: join(review, 'starter-into-new-file.png') });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('the tab the user had open', () => {
  it('is selected again after a reload, in each plan its own: a file the studio edits, and a draft', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'gramota-studio-tab-'));
    try {
      const plan = join(dir, 'plan.yaml');
      copyFileSync(join(root, 'data', 'chita-mentoring-package.yaml'), plan);
      const served = await openStudioPage({ plan });
      const tabs = served.page.getByTestId('document-tab');
      await waitForBuild(served.page);
      await tabs.nth(3).click();
      const chosen = await tabs.nth(3).getAttribute('title');
      await served.page.reload();
      await waitForBuild(served.page);
      await expect.poll(() => served.page.locator('[aria-selected=true]').getAttribute('title')).toBe(chosen);
      await served.page.setViewportSize({ width: 1024, height: 768 });
      await served.page.screenshot({ path: join(review, 'tab-after-reload-1024.png') });
      // A draft in the browser: the package's PDF chosen, the roadmap table shown after the reload too.
      const { page } = await openStudioPage();
      await waitForBuild(page);
      await page.getByTestId('new-plan').selectOption('package');
      await expect.poll(() => page.getByTestId('document-tab').count(), { timeout: 60_000 }).toBe(6);
      await waitForBuild(page);
      await page.getByTestId('document-tab').last().click();
      await page.reload();
      await waitForBuild(page);
      await expect.poll(() => page.locator('[aria-selected=true]').textContent()).toBe('Весь пакет (PDF)');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

/** How many rows the elements a selector finds are laid out in: a new row starts 10 pixels or more lower. */
const countRows = (page: Page, selector: string) =>
  page.evaluate((s) => {
    const tops = [...document.querySelectorAll(s)]
      .map((e) => e.getBoundingClientRect().top)
      .sort((a, b) => a - b);
    return tops.filter((top, i) => i === 0 || top - tops[i - 1]! >= 10).length;
  }, selector);

/** Whether the element a selector finds is seen whole inside the row of tabs, not under an arrow at its ends. */
const seenInTabs = (page: Page, selector: string) =>
  page.evaluate((s) => {
    const row = document.querySelector('.tabs')!.getBoundingClientRect();
    const tab = document.querySelector(s)!.getBoundingClientRect();
    const arrows = [...document.querySelectorAll<HTMLElement>('.tabs-scroll')]
      .filter((a) => !a.hidden)
      .map((a) => a.getBoundingClientRect());
    const under = arrows.some((a) => a.left < tab.right - 1 && a.right > tab.left + 1);
    return tab.left >= row.left - 1 && tab.right <= row.right + 1 && !under;
  }, selector);

describe('the studio on a 1024-pixel screen', () => {
  it('has its toolbar in one row, and the tabs of a package in one row, readable, the selected one in sight', async () => {
    const { page } = await openStudioPage();
    await waitForBuild(page);
    await page.getByTestId('new-plan').selectOption('package');
    const tabs = page.getByTestId('document-tab');
    await expect.poll(() => tabs.count(), { timeout: 60_000 }).toBe(6);
    await waitForBuild(page);
    const forward = page.locator('.tabs-scroll.on');
    const back = page.locator('.tabs-scroll.back');
    for (const [width, height] of [
      [1024, 768],
      [1366, 768],
      [1920, 1080],
    ] as const) {
      await page.setViewportSize({ width, height });
      expect(await countRows(page, '.toolbar select, .toolbar button, .toolbar .button')).toBe(1);
      // No label cut: a tab shows all of its label; the tabs stand in one row.
      expect(await tabs.evaluateAll((all) => all.filter((e) => e.scrollWidth > e.clientWidth).length)).toBe(
        0,
      );
      expect(await countRows(page, '[data-testid=document-tab]')).toBe(1);
      // The row is the tabs' own, the width of the pages under it: «Мероприятия таблицей» is under the tabs, at the
      // right of the roadmap's title, and at 1024 pixels two tabs and more are seen whole.
      const strip = (await page.getByTestId('tab-strip').boundingBox())!;
      const stage = (await page.locator('.stage').boundingBox())!;
      expect(strip.width).toBeGreaterThanOrEqual(stage.width - 24);
      const toggle = (await page.getByTestId('rows-toggle').boundingBox())!;
      expect(toggle.y).toBeGreaterThanOrEqual(strip.y + strip.height);
      expect(toggle.x + toggle.width).toBeGreaterThan(stage.x + stage.width - 24);
      expect(await page.getByTestId('document-title').textContent()).toBe(
        'Дорожная карта реализации целевой программы наставничества',
      );
      const seenWhole = await page.evaluate(() => {
        const row = document.querySelector('.tabs')!.getBoundingClientRect();
        return [...document.querySelectorAll('[data-testid=document-tab]')]
          .map((tab) => tab.getBoundingClientRect())
          .filter((tab) => tab.left >= row.left - 1 && tab.right <= row.right + 1).length;
      });
      expect(seenWhole).toBeGreaterThanOrEqual(2);
      // The selected tab (the roadmap, the second) is seen; the tabs beyond the row's end are marked by an arrow.
      await expect.poll(() => seenInTabs(page, '[aria-selected=true]')).toBe(true);
      await expect.poll(() => forward.isVisible()).toBe(true);
      await page.screenshot({ path: join(review, `trial-${width}.png`) });
      // The arrow brings the last tab, the package's PDF, into sight; then the arrow back is there instead.
      for (let i = 0; i < 6 && (await forward.isVisible()); i++) {
        await forward.click();
        await page.waitForTimeout(400);
      }
      await expect.poll(() => seenInTabs(page, '[data-testid=document-tab]:last-child')).toBe(true);
      expect(await back.isVisible()).toBe(true);
      // A tab clicked at the row's far end is selected and stays in sight.
      await tabs.last().click();
      await expect.poll(() => seenInTabs(page, '[aria-selected=true]')).toBe(true);
      await tabs.nth(1).click();
      await expect.poll(() => seenInTabs(page, '[aria-selected=true]')).toBe(true);
      // The storage note above the editor is not cut either: it wraps.
      const note = page.getByTestId('storage-note');
      expect(await note.evaluate((e) => e.scrollWidth <= e.clientWidth)).toBe(true);
    }
    // The package's tab stays selected while the plan is typed and built again.
    await tabs.last().click();
    await page.locator('.cm-line').first().click();
    await page.keyboard.press('End');
    await page.keyboard.type(' и ещё');
    await expect.poll(() => page.locator('.cm-line').first().textContent()).toMatch(/и ещё$/);
    await waitForBuild(page);
    expect(await tabs.last().getAttribute('aria-selected')).toBe('true');
    const labels = await tabs.allTextContents();
    expect(labels).toEqual([
      'Об утверждении дорожной…',
      'Дорожная карта реализации…',
      'О создании рабочей группы…',
      'Состав рабочей группы…',
      'Положение о наставничестве',
      'Весь пакет (PDF)',
    ]);
    expect(await tabs.first().getAttribute('title')).toBe(
      'Об утверждении дорожной карты реализации целевой программы наставничества',
    );
    // On a wide screen the three tabs of an order with its roadmap all fit: no arrows.
    await page.setViewportSize({ width: 1920, height: 900 });
    await page.getByTestId('new-plan').selectOption('order-roadmap');
    await expect.poll(() => tabs.count(), { timeout: 60_000 }).toBe(3);
    await waitForBuild(page);
    expect([await back.isVisible(), await forward.isVisible()]).toEqual([false, false]);
  });
});

describe('the note above the editor', () => {
  it('is read whole at 1024 and 1366 pixels: it wraps instead of being cut', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'gramota-studio-'));
    try {
      const { page } = await openStudioPage({ plan: join(dir, 'plan.yaml') });
      await waitForBuild(page);
      const note = page.getByTestId('storage-note');
      expect(await note.textContent()).toBe(
        'Файла plan.yaml ещё нет: в редакторе образец плана, файл появится при первом изменении',
      );
      for (const [width, height] of [
        [1024, 700],
        [1366, 768],
      ] as const) {
        await page.setViewportSize({ width, height });
        expect(
          await note.evaluate((e) => [e.scrollWidth <= e.clientWidth, e.scrollHeight <= e.clientHeight]),
        ).toEqual([true, true]);
        await page.screenshot({ path: join(review, `storage-note-${width}.png`) });
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
