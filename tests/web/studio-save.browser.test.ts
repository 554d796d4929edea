import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { buildSite, launchChromium, openStudio, root, type StudioPage, waitForBuild } from './_studio.js';

const review = join(root, 'render-review', 'studio');
const roadmapPath = join(root, 'data', 'chapaevsk-roadmap.yaml');
let site: ReturnType<typeof buildSite>;
let browser: Browser;
let studio: StudioPage | undefined;

beforeAll(async () => {
  site = buildSite();
  browser = await launchChromium();
  mkdirSync(review, { recursive: true });
});
afterAll(async () => {
  await browser?.close();
  site?.remove();
});
afterEach(async () => {
  expect(studio?.outside).toEqual([]);
  expect(studio?.errors).toEqual([]);
  await studio?.close();
  studio = undefined;
});

describe('keeping the plan itself', () => {
  it('says the draft is kept in this browser, and «Сохранить план (.yaml)» downloads the text as the plan’s file', async () => {
    studio = await openStudio(browser, site.dir);
    const { page } = studio;
    await waitForBuild(page);
    expect(await page.getByTestId('storage-note').textContent()).toBe('Черновик хранится в этом браузере');
    await page.setInputFiles('[data-testid=open-file]', roadmapPath);
    await expect.poll(() => page.locator('.plan-name').textContent()).toBe('chapaevsk-roadmap.yaml');
    await waitForBuild(page);
    const save = page.getByRole('button', { name: 'Сохранить план (.yaml)' });
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
