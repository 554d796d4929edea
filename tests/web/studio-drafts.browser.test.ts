import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { splitSchemaComment } from '../../src/web/schema-comment.js';
import { replaceText, root, useStudios, waitForBuild } from './_studio.js';

const review = join(root, 'render-review', 'studio');
// As a plan typed in the browser is: without the first line for VS Code, which the studio does not show.
const roadmap = splitSchemaComment(readFileSync(join(root, 'data', 'chapaevsk-roadmap.yaml'), 'utf8')).body;
const openStudioPage = useStudios();

/** The whole text in the editor: CodeMirror draws only the lines in view, so it is read from its state. */
const editorText = (page: Page) =>
  page.evaluate(() => {
    type View = { state: { doc: { toString(): string } } };
    const content = document.querySelector('.cm-content') as
      | (Element & { cmTile?: { root?: { view?: View } } })
      | null;
    return content?.cmTile?.root?.view?.state.doc.toString() ?? '';
  });
const storedDraft = (page: Page) =>
  page.evaluate(() => JSON.parse(localStorage.getItem('gramota.studio.draft') ?? '{}').text as string);

describe('drafts in the browser', () => {
  it('keeps the text «Новый план» replaced among «Прежние черновики», and brings it back', async () => {
    const studio = await openStudioPage();
    const { page } = studio;
    await waitForBuild(page);
    const mine = roadmap.replace(/^ {2}title: .*$/m, '  title: Мой план');
    await replaceText(page, mine);
    await expect.poll(() => storedDraft(page), { timeout: 10_000 }).toBe(mine);
    const dialogs: string[] = [];
    page.on('dialog', (d) => dialogs.push(d.message()));
    await page.getByTestId('new-plan').selectOption('order-roadmap');
    await expect.poll(() => page.getByTestId('document-tab').count(), { timeout: 60_000 }).toBe(3);
    expect(dialogs).toEqual([
      'Заменить текст в редакторе новым планом? Текущий текст останется в этом браузере, в списке «Прежние черновики».',
    ]);
    const menu = page.getByTestId('previous-drafts');
    await expect.poll(() => menu.isVisible()).toBe(true);
    expect(await menu.locator('option').first().textContent()).toBe('Прежние черновики (1)');
    const option = menu.locator('option').nth(1);
    // A plan no file named: its draft is told by its time and its title.
    expect(await option.textContent()).toMatch(/^\d{1,2} [а-я]+,? (в )?\d\d:\d\d — Мой план$/);
    await waitForBuild(page);
    await page.screenshot({ path: join(review, 'previous-drafts.png') });
    await menu.selectOption({ index: 1 });
    await expect.poll(() => editorText(page)).toBe(mine);
    // The order it replaced is kept in its turn; after a reload the tab shows the plan it had.
    expect(await menu.locator('option').nth(1).textContent()).toMatch(/ — Целевая программа наставничества$/);
    await page.reload();
    await expect.poll(() => editorText(page), { timeout: 30_000 }).toBe(mine);
  });

  it('never lets another tab’s «Новый план» take this tab’s text: each tab keeps its own draft', async () => {
    const studio = await openStudioPage();
    const { page } = studio;
    await waitForBuild(page);
    const mine = roadmap.replace(/^ {2}title: .*$/m, '  title: План первой вкладки');
    await replaceText(page, mine);
    await expect.poll(() => storedDraft(page), { timeout: 10_000 }).toBe(mine);
    const other = await page.context().newPage();
    other.on('dialog', (d) => void d.accept());
    await other.goto(studio.server.url);
    await expect.poll(() => editorText(other), { timeout: 30_000 }).toBe(mine);
    await other.getByTestId('new-plan').selectOption('roadmap');
    await expect.poll(() => storedDraft(other), { timeout: 10_000 }).not.toBe(mine);
    // The first tab is told, keeps its text, and finds it again after a reload.
    await expect
      .poll(() => page.getByRole('status').textContent())
      .toBe(
        'В другой вкладке студии тоже правят план; у каждой вкладки свой черновик, прежние — в списке «Прежние черновики»',
      );
    expect(await editorText(page)).toBe(mine);
    await page.reload();
    await expect.poll(() => editorText(page), { timeout: 30_000 }).toBe(mine);
    // And the second tab, reloaded, has its new plan, with the first tab's among the previous drafts.
    const starter = await editorText(other);
    await other.reload();
    await expect.poll(() => editorText(other), { timeout: 30_000 }).toBe(starter);
    await expect
      .poll(() => other.getByTestId('previous-drafts').locator('option').allTextContents())
      .toContainEqual(expect.stringMatching(/План первой вкладки$/));
  });

  it('keeps the last keystrokes when the page is reloaded before the typing pause ends', async () => {
    // The typing pause (250 ms) never ends in this page: only the page's leaving can keep what was typed.
    const stopTypingPause = () => {
      const setTimer = window.setTimeout;
      window.setTimeout = ((handler: TimerHandler, ms?: number, ...rest: unknown[]) =>
        ms === 250 ? 0 : setTimer(handler, ms, ...rest)) as typeof window.setTimeout;
    };
    const studio = await openStudioPage({}, stopTypingPause);
    const { page } = studio;
    await waitForBuild(page);
    await page.locator('.cm-line').first().click();
    await page.keyboard.press('Control+Home');
    await page.keyboard.type('# последние буквы\n');
    const typed = await editorText(page);
    expect(typed.startsWith('# последние буквы\n')).toBe(true);
    expect(await storedDraft(page)).not.toBe(typed);
    await page.reload();
    await expect.poll(() => editorText(page), { timeout: 30_000 }).toBe(typed);
  });
});
