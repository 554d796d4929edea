import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { generate } from '../../src/generate.js';
import { importDocx } from '../../src/import/import-docx.js';
import { root, useStudios, waitForBuild } from './_studio.js';

const review = join(root, 'render-review', 'studio');
const roadmapPath = join(root, 'data', 'chapaevsk-roadmap.yaml');
const fixtures = join(root, 'tests', 'import', 'fixtures');
const openStudioPage = useStudios();

const storedDraft = (page: Page) =>
  page.evaluate(() => JSON.parse(localStorage.getItem('gramota.studio.draft') ?? '{}').text as string);

/** A text in Windows-1251, as an old editor saves it: each character's byte, found by decoding all 256. */
function encodeWindows1251(text: string): Uint8Array {
  const decoder = new TextDecoder('windows-1251');
  const byteOf = new Map(
    Array.from({ length: 256 }, (_, b) => [decoder.decode(Uint8Array.of(b)), b] as const),
  );
  return Uint8Array.from(text, (c) => {
    const byte = byteOf.get(c);
    if (byte === undefined) throw new Error(`no Windows-1251 byte for «${c}»`);
    return byte;
  });
}

describe('«Открыть файл…» with a file that is not a UTF-8 plan', () => {
  it('reads a Windows-1251 plan as such and says so; a Word file goes to the import; junk leaves the text as it was', async () => {
    const studio = await openStudioPage();
    const { page } = studio;
    await waitForBuild(page);
    const notice = page.getByTestId('import-notice');
    const source = readFileSync(roadmapPath, 'utf8');
    const bytes = encodeWindows1251(source);
    await page.setInputFiles('[data-testid=open-file]', {
      name: 'план-1251.yaml',
      mimeType: 'text/yaml',
      buffer: Buffer.from(bytes),
    });
    await expect.poll(() => storedDraft(page), { timeout: 10_000 }).toBe(source);
    expect(await notice.locator('h2').textContent()).toBe(
      'Файл план-1251.yaml не в кодировке UTF-8: он прочитан как Windows-1251',
    );
    const [built] = await generate(source, { formats: ['pdf'] });
    await expect
      .poll(() => page.getByTestId('document-tab').first().getAttribute('title'), { timeout: 60_000 })
      .toBe(built!.title);
    await waitForBuild(page);
    await page.screenshot({ path: join(review, 'open-windows-1251.png') });

    // Binary junk under a plan's name: refused with the CLI's words, the draft untouched.
    await page.setInputFiles('[data-testid=open-file]', {
      name: 'junk.yaml',
      mimeType: 'text/yaml',
      buffer: readFileSync(join(fixtures, 'libreoffice-order.doc')),
    });
    await expect
      .poll(() => notice.locator('h2').textContent())
      .toBe('Не удалось открыть junk.yaml: текст в редакторе остался прежним');
    expect(await notice.getByTestId('import-note').textContent()).toBe(
      'это не текстовый файл (похоже на документ Word или архив); план — это текстовый файл .yaml',
    );
    expect(await storedDraft(page)).toBe(source);
    expect(await page.locator('.plan-name').textContent()).toBe('план-1251.yaml');

    // A .docx given to «Открыть файл…» is imported, as «Импорт из Word…» does.
    const docx = join(fixtures, 'stage-rows.docx');
    const expected = importDocx(readFileSync(docx), 'stage-rows.docx', 'stage-rows.yaml');
    await page.setInputFiles('[data-testid=open-file]', docx);
    // A plan is in the editor: she chooses to replace it (adding is the other choice, studio.browser.test.ts).
    await page.getByTestId('import-replace').click();
    await expect.poll(() => storedDraft(page), { timeout: 60_000 }).toBe(expected.yaml);
    expect(await notice.locator('h2').textContent()).toMatch(
      /^План импортирован из файла «stage-rows\.docx»/,
    );
    expect(await page.locator('.plan-name').textContent()).toBe('stage-rows.yaml');
  });
});
