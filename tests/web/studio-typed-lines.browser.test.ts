import { copyFileSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { replaceText, root, useStudios, waitForBuild } from './_studio.js';

const openStudioPage = useStudios();
const chita = join(root, 'data', 'chita-mentoring-package.yaml');

/** The editor's whole text, as «Сохранить план» downloads it. */
async function readEditorText(page: Page): Promise<string> {
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByTestId('save-plan').click(),
  ]);
  return readFileSync((await download.path())!, 'utf8');
}

/**
 * The long Chita plan served as a file of its own by `gramota studio` and edited by `edit`, which returns the text
 * the file and the editor are then to hold.
 */
async function editChita(edit: (page: Page, original: string) => Promise<string>, screenshot: string) {
  const dir = mkdtempSync(join(tmpdir(), 'gramota-studio-'));
  try {
    const file = join(dir, 'plan.yaml');
    copyFileSync(chita, file);
    const original = readFileSync(file, 'utf8');
    const { page } = await openStudioPage({ plan: file });
    await waitForBuild(page);
    const expected = await edit(page, original);
    await expect.poll(() => readFileSync(file, 'utf8'), { timeout: 10_000 }).toBe(expected);
    expect(await readEditorText(page)).toBe(expected);
    await page.screenshot({ path: join(root, 'render-review', 'studio', screenshot) });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

// Several lines put in as one input, as an input method, a dictation tool or a text expander sends them: the browser
// used to write them into the page and CodeMirror to read the drawn part back, losing line breaks far above the
// cursor (two lines of the plan joined) and after the empty last line (src/web/page/editor-typed-lines.ts).
describe('lines typed in as one input', () => {
  it('at the end of a long plan: the file and the editor hold the plan and the lines, no line above joined', async () => {
    await editChita(async (page, original) => {
      const typed = '\nvariants: []\n';
      await page.click('[data-testid=editor] .cm-content');
      await page.keyboard.press('Control+End');
      await page.keyboard.insertText(typed);
      await expect.poll(() => page.locator('.cm-activeLine').textContent()).toBe('');
      expect(await page.locator('.cm-line', { hasText: 'variants: []' }).count()).toBe(1);
      return original + typed;
    }, 'typed-lines-at-end.png');
  });

  it('at the empty last line of a short plan: the line break the lines start with kept', async () => {
    const { page } = await openStudioPage();
    await waitForBuild(page);
    const plan = 'organization:\n  name: Школа № 1\ndocuments:\n  - type: order\n    title: Приказ\n';
    await replaceText(page, plan);
    await page.keyboard.press('Control+End');
    await page.keyboard.insertText('\nvariants: []\n');
    expect(await readEditorText(page)).toBe(`${plan}\nvariants: []\n`);
  });

  it('in the middle of a wrapped long line: split there, nothing else changed', async () => {
    const line = 'evidence: База данных по наставникам, которые потенциально';
    const word = 'протокол заседания проектного офиса, закрепляющий';
    await editChita(async (page, original) => {
      const typed = '\n              протокол рабочей группы;\n              ';
      // The cursor before the word, found as a user finds it (Ctrl+F, Enter, Escape, ←), halfway down the plan.
      await page.click('[data-testid=editor] .cm-content');
      await page.keyboard.press('Control+f');
      await page.keyboard.type(word);
      await page.keyboard.press('Enter');
      await page.keyboard.press('Escape');
      await page.keyboard.press('ArrowLeft');
      // The line is wrapped, and the cursor is on one of its later rows.
      const target = page.locator('.cm-line', { hasText: line });
      const lineBox = (await target.boundingBox())!;
      const cursorBox = (await page.locator('.cm-cursor-primary').boundingBox())!;
      expect(lineBox.height).toBeGreaterThan(cursorBox.height * 2);
      expect(cursorBox.y).toBeGreaterThan(lineBox.y + cursorBox.height / 2);
      await page.keyboard.insertText(typed);
      const at = original.indexOf(word);
      expect(original.lastIndexOf(line, at)).toBeGreaterThan(original.length / 3);
      return original.slice(0, at) + typed + original.slice(at);
    }, 'typed-lines-in-wrapped-line.png');
  });
});
