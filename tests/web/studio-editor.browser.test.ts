import { copyFileSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { replaceText, root, useStudios, waitForBuild } from './_studio.js';

const openStudioPage = useStudios();

const plan = `organization:
  name: Школа № 1
documents:
  - type: roadmap
    title: Дорожная карта
    items:
      - activity: Первое мероприятие
        term: 2025-09`;

/** Puts the cursor at the end of the editor's line that holds `text` (the editor draws only the lines in view). */
async function goToEndOf(page: Page, text: string): Promise<void> {
  await page.locator('.cm-line', { hasText: text }).first().click();
  await page.keyboard.press('End');
}

const activeLine = (page: Page) => page.locator('.cm-activeLine').textContent();
const focusIsInEditor = (page: Page) =>
  page.evaluate(() => document.activeElement?.closest('.cm-editor') !== null);

describe('the plan’s editor', () => {
  it('starts a new line at the plan’s level: an item’s next key, a block one step deeper, a key’s own level', async () => {
    const { page } = await openStudioPage();
    await waitForBuild(page);
    await replaceText(page, plan);
    await goToEndOf(page, '- activity: Первое мероприятие');
    await page.keyboard.press('Enter');
    await page.keyboard.type('result');
    expect(await activeLine(page)).toBe('        result');
    await page.keyboard.press('Escape'); // the key's completion
    await goToEndOf(page, 'items:');
    await page.keyboard.press('Enter');
    await page.keyboard.type('- activity: Нулевое');
    expect(await activeLine(page)).toBe('      - activity: Нулевое');
    await goToEndOf(page, 'title: Дорожная карта');
    await page.keyboard.press('Enter');
    await page.keyboard.type('id');
    expect(await activeLine(page)).toBe('    id');
  });

  it('indents and outdents with Tab and Shift+Tab, two spaces, and lets Escape then Tab leave the editor', async () => {
    const { page } = await openStudioPage();
    await waitForBuild(page);
    await replaceText(page, plan);
    await goToEndOf(page, 'term: 2025-09');
    await page.keyboard.press('Tab');
    expect(await activeLine(page)).toBe('          term: 2025-09');
    expect(await focusIsInEditor(page)).toBe(true);
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Shift+Tab');
    expect(await activeLine(page)).toBe('      term: 2025-09');
    expect(await focusIsInEditor(page)).toBe(true);
    // The way out for the keyboard: Escape, then Tab goes on to the next control of the page.
    await page.keyboard.press('Escape');
    await page.keyboard.press('Tab');
    expect(await focusIsInEditor(page)).toBe(false);
  });

  it('does not show the first line for VS Code of an opened plan, and saves the plan with it', async () => {
    const { page } = await openStudioPage();
    await waitForBuild(page);
    const opened = join(root, 'data', 'kolomna-calendar-plan.yaml');
    const lines = readFileSync(opened, 'utf8').split('\n');
    expect(lines[0]).toMatch(/^# yaml-language-server: \$schema=/);
    await page.setInputFiles('[data-testid=open-file]', opened);
    await expect.poll(() => page.locator('.plan-name').textContent()).toBe('kolomna-calendar-plan.yaml');
    expect(await page.locator('.cm-line').first().textContent()).toBe(lines[1]);
    expect(await page.locator('.cm-content').textContent()).not.toContain('yaml-language-server');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByTestId('save-plan').click(),
    ]);
    expect(readFileSync((await download.path())!, 'utf8')).toBe(lines.join('\n'));
  });

  it('does not show that line of a whole plan pasted over the text either, and saves the file with it once', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'gramota-studio-'));
    try {
      const file = join(dir, 'plan.yaml');
      copyFileSync(join(root, 'data', 'kolomna-calendar-plan.yaml'), file);
      const { page, server } = await openStudioPage({ plan: file });
      await waitForBuild(page);
      // A plan copied from VS Code, its own first line and all, pasted over the file's.
      const pasted = readFileSync(join(root, 'data', 'chapaevsk-roadmap.yaml'), 'utf8');
      const lines = pasted.split('\n');
      expect(lines[0]).toMatch(/^# yaml-language-server: \$schema=/);
      await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.url });
      await page.evaluate((text) => navigator.clipboard.writeText(text), pasted);
      await page.click('[data-testid=editor] .cm-content');
      await page.keyboard.press('Control+A');
      await page.keyboard.press('Control+V');
      await page.keyboard.press('Control+Home'); // the editor draws only the lines in view
      await expect.poll(() => page.locator('.cm-line').first().textContent()).toBe(lines[1]);
      expect(await page.locator('.cm-content').textContent()).not.toContain('yaml-language-server');
      await expect.poll(() => readFileSync(file, 'utf8'), { timeout: 10_000 }).toBe(pasted);
      // The problems name the lines the user sees in the editor, the pasted first line not among them.
      await goToEndOf(page, 'short_name:');
      await page.keyboard.type(' x: y');
      await waitForBuild(page, 'error');
      const mistake = lines.findIndex((l) => l.includes('short_name:'));
      expect(await page.getByTestId('diagnostic').first().textContent()).toContain(`строка ${mistake},`);
      await page.getByTestId('diagnostic').first().locator('button').click();
      expect(await activeLine(page)).toContain('short_name:');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('opens no key completion over a whole plan put in, and closes one open when it comes', async () => {
    const { page } = await openStudioPage();
    await waitForBuild(page);
    const popup = page.locator('.cm-tooltip-autocomplete');
    // Put in as typing (a tool, an input method), ending on an empty line where a key may start: no completion opens.
    await replaceText(page, `${plan}\n`);
    await page.waitForTimeout(500); // completion opens 100 ms after typing
    expect(await popup.count()).toBe(0);
    // A key being typed opens it; lines put in at the cursor close it.
    await page.keyboard.type('proj');
    await page.keyboard.press('Control+Space');
    await expect.poll(() => popup.isVisible()).toBe(true);
    await page.keyboard.insertText('ect:\n  title: Проект\n');
    await page.waitForTimeout(500);
    expect(await popup.count()).toBe(0);
    await page.setViewportSize({ width: 1366, height: 768 });
    await page.screenshot({ path: join(root, 'render-review', 'studio', 'pasted-no-popup-1366.png') });
  });

  it('starts a sample plan without that line: it points to a schema beside data/, which a saved plan has not', async () => {
    const { page } = await openStudioPage();
    await waitForBuild(page);
    expect(await page.locator('.cm-line').first().textContent()).toMatch(/^# Пример: /);
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByTestId('save-plan').click(),
    ]);
    expect(readFileSync((await download.path())!, 'utf8')).not.toContain('yaml-language-server');
  });
});
