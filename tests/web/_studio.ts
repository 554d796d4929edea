import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { type Browser, chromium, type Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, expect } from 'vitest';
import { type StudioOptions, type StudioServer, startStudioServer } from '../../src/studio/server.js';

/** Chromium from the system (Debian's package; .ci/run installs it), never a downloaded one. */
const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export const root = resolve(import.meta.dirname, '../..');

/** The studio built from the current source into a temporary folder (`npm run build:web`'s script). */
export function buildSite(): { readonly dir: string; readonly remove: () => void } {
  const dir = mkdtempSync(join(tmpdir(), 'gramota-web-'));
  const remove = () => rmSync(dir, { recursive: true, force: true });
  try {
    execFileSync(process.execPath, [join(root, 'scripts', 'build-web.mjs'), join(dir, 'web')], { cwd: root });
  } catch (e) {
    remove(); // a failed build (no dist/ yet) leaves no folder behind
    throw e;
  }
  return { dir: join(dir, 'web'), remove };
}

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumPath,
    headless: true,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-quic',
    ],
  });
}

/** A page of the studio, with what it did that it must not: requests outside its origin, uncaught errors. */
export type StudioPage = {
  readonly page: Page;
  readonly server: StudioServer;
  /** The built site the server serves, for another server on it. */
  readonly site: string;
  readonly outside: string[];
  readonly errors: string[];
  readonly close: () => Promise<void>;
};

export async function openStudio(
  browser: Browser,
  site: string,
  served: Pick<StudioOptions, 'plan' | 'createdAt'> = {},
  /** Run in the page before its own scripts (page.addInitScript). */
  beforeLoad?: () => void,
): Promise<StudioPage> {
  const server = await startStudioServer({ site, port: 0, ...served });
  const context = await browser.newContext({ viewport: { width: 1400, height: 900 }, acceptDownloads: true });
  const page = await context.newPage();
  if (beforeLoad) await page.addInitScript(beforeLoad);
  const outside: string[] = [];
  const errors: string[] = [];
  page.on('request', (r) => {
    if (!r.url().startsWith(server.url) && !r.url().startsWith('blob:') && !r.url().startsWith('data:'))
      outside.push(r.url());
  });
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  page.on('dialog', (d) => void d.accept());
  await page.goto(server.url);
  return {
    page,
    server,
    site,
    outside,
    errors,
    close: async () => {
      await context.close();
      await server.close();
    },
  };
}

/** Waits until the preview shows a finished build in the given state. */
export async function waitForBuild(page: Page, state: 'ready' | 'error' = 'ready'): Promise<void> {
  await page.waitForSelector(`[data-testid=preview][data-state=${state}]`, { timeout: 60_000 });
}

/** Replaces the editor's whole text as a user would: select all, then paste the new text. */
export async function replaceText(page: Page, text: string): Promise<void> {
  await page.click('[data-testid=editor] .cm-content');
  await page.keyboard.press('Control+A');
  await page.keyboard.insertText(text);
}

/**
 * The studio pages of a test file, as `open(served, beforeLoad)` opens them: one site and one Chromium for all its
 * tests, and after each test every page it opened closed, having loaded nothing from outside its own origin and
 * thrown no error. Registers the file's hooks.
 */
export function useStudios(): (
  served?: Pick<StudioOptions, 'plan' | 'createdAt'>,
  beforeLoad?: () => void,
) => Promise<StudioPage> {
  let site: ReturnType<typeof buildSite> | undefined;
  let browser: Browser | undefined;
  const opened: StudioPage[] = [];
  beforeAll(async () => {
    site = buildSite();
    browser = await launchChromium();
    mkdirSync(join(root, 'render-review', 'studio'), { recursive: true });
  });
  afterAll(async () => {
    await browser?.close();
    site?.remove();
  });
  afterEach(async () => {
    for (const studio of opened.splice(0)) {
      expect(studio.outside).toEqual([]);
      expect(studio.errors).toEqual([]);
      await studio.close();
    }
  });
  return async (served = {}, beforeLoad) => {
    const studio = await openStudio(browser!, site!.dir, served, beforeLoad);
    opened.push(studio);
    return studio;
  };
}
