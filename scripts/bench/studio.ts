// npm run bench:studio [-- --runs 10]: the studio in Chromium (README, «Производительность»): the site's size
// gzipped, first load to an editable page and to the first pages, a warm rebuild of a 26-row roadmap after a
// keystroke, and the same build in the worker back to back. A Markdown table on stdout, saved in bench-results/.
import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import type { Page } from 'playwright-core';
import type { BuildRequest, BuildResult } from '../../src/studio/protocol.js';
import { startStudioServer } from '../../src/studio/server.js';
import { buildSite, launchChromium, replaceText, root, waitForBuild } from '../../tests/web/_studio.js';
import { generateRoadmap } from './workloads.js';

const { values } = parseArgs({ options: { runs: { type: 'string', default: '10' } } });
const runs = Number(values.runs);
const median = (xs: readonly number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

const site = buildSite();
const browser = await launchChromium();
const server = await startStudioServer({ site: site.dir, port: 0 });
try {
  const files = listFiles(site.dir);
  const bytes = files.reduce((n, f) => n + statSync(f).size, 0);
  const gzipped = files.reduce((n, f) => n + gzipSync(readFileSync(f), { level: 9 }).length, 0);

  const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  const start = performance.now();
  await page.goto(server.url);
  await page.waitForSelector('[data-testid=editor] .cm-content');
  const editable = performance.now() - start;
  await waitForBuild(page);
  const firstPages = performance.now() - start;

  // Each keystroke changes what is built, as typing in a field does: letters at the end of a value near the end of
  // the plan (the roadmap's last evidence; the regulation's last clause of the package), not a comment.
  const roadmap = await measureRebuilds(page, generateRoadmap(26), 2);
  const chita = readFileSync(join(root, 'data', 'chita-mentoring-package.yaml'), 'utf8');
  const pack = await measureRebuilds(page, chita, 1);
  const backToBack = await measureBackToBack(page, generateRoadmap(26), runs * 3);
  const round = (ms: number) => `${Math.round(ms)} мс`;
  const report = [
    `# Студия в Chromium — ${new Date().toISOString()} (загрузка ${loadavg()[0]!.toFixed(1)})`,
    '',
    '| Замер | Значение | Цель |',
    '|---|---|---|',
    `| Сайт (${files.length} файлов) | ${(bytes / 1e6).toFixed(2)} МБ, в gzip ${(gzipped / 1e6).toFixed(3)} МБ | gzip ≤ 2 МБ |`,
    `| Первая загрузка до редактора | ${round(editable)} | ≤ 2 с |`,
    `| Первая загрузка до страниц (холодная сборка) | ${round(firstPages)} | — |`,
    `| Тёплая пересборка карты 26 строк, сборка и отрисовка (медиана ${runs}) | ${round(median(roadmap.builds))} | ≤ 300 мс |`,
    `| Из неё сборка в рабочем потоке, без отрисовки (медиана) | ${round(median(roadmap.workerBuilds))} | ≤ 50 мс |`,
    `| Та же сборка в рабочем потоке подряд, без паузы ввода перед ней (медиана ${backToBack.length}) | ${round(median(backToBack))} | — |`,
    `| От нажатия клавиши до страниц, с паузой ввода 250 мс (медиана) | ${round(median(roadmap.keystrokes))} | — |`,
    `| Пакет Читы (шесть документов), правка в положении: пересборка и отрисовка (медиана ${runs}) | ${round(median(pack.builds))} | — |`,
    `| Из неё сборка в рабочем потоке (медиана) | ${round(median(pack.workerBuilds))} | — |`,
  ].join('\n');
  process.stdout.write(`${report}\n`);
  mkdirSync(join(root, 'bench-results'), { recursive: true });
  writeFileSync(join(root, 'bench-results', `studio-${Date.now()}.md`), `${report}\n`);
} finally {
  await server.close();
  await browser.close();
  site.remove();
}

/**
 * Puts `text` in the editor, waits for its build, moves the cursor to the end of the line `linesUp` above the last,
 * and types a letter `runs` times: each build's time (the studio's `gramota:build` mark, its build and drawing) and
 * the time from the keystroke to the pages.
 */
async function measureRebuilds(page: Page, text: string, linesUp: number) {
  const marks = () => page.evaluate(() => performance.getEntriesByName('gramota:build').length);
  const built = await marks();
  await replaceText(page, text);
  await page.waitForFunction((n) => performance.getEntriesByName('gramota:build').length > n, built, {
    timeout: 60_000,
  });
  await page.keyboard.press('Control+End');
  for (let i = 0; i < linesUp; i++) await page.keyboard.press('ArrowUp');
  await page.keyboard.press('End');
  const builds: number[] = [];
  const workerBuilds: number[] = [];
  const keystrokes: number[] = [];
  for (let i = 0; i < runs; i++) {
    const before = await marks();
    const typedAt = await page.evaluate(() => performance.now());
    await page.keyboard.type('ы');
    const entry = await page.waitForFunction(
      (n) => {
        const all = performance.getEntriesByName('gramota:build');
        const last = all.at(-1);
        const built = performance.getEntriesByName('gramota:built').at(-1);
        return all.length > n && last && built
          ? { duration: last.duration, end: last.startTime + last.duration, built: built.duration }
          : false;
      },
      before,
      { timeout: 60_000 },
    );
    const { duration, end, built } = (await entry.jsonValue()) as {
      duration: number;
      end: number;
      built: number;
    };
    builds.push(duration);
    workerBuilds.push(built);
    keystrokes.push(end - typedAt);
  }
  return { builds, workerBuilds, keystrokes };
}

/**
 * The worker's build alone, one after another with no pause between them: a worker of its own on the studio's page,
 * asked for the preview of `text` with one letter more each time (the studio's builds follow a pause in typing, and
 * on a machine whose idle processor is taken away they take up to twice as long: docs/speed.md, «Девятый шаг»).
 */
async function measureBackToBack(page: Page, text: string, count: number): Promise<number[]> {
  const lines = text.split('\n');
  const at = lines.length - 3;
  const times: number[] = [];
  await page.evaluate(() => {
    (window as unknown as { benchWorker: Worker }).benchWorker = new Worker('./worker.js', {
      type: 'module',
    });
  });
  for (let i = 0; i < count + 5; i++) {
    const source = lines.map((line, n) => (n === at ? line + 'ы'.repeat(i + 1) : line)).join('\n');
    // A preview's request, as the studio's page sends it (web/page/builder.ts).
    const request: BuildRequest = {
      id: 1,
      kind: 'build',
      source,
      file: 'plan.yaml',
      planName: 'plan',
      formats: ['pdf'],
      draft: true,
    };
    const ms = await page.evaluate(async (asked) => {
      const worker = (window as unknown as { benchWorker: Worker }).benchWorker;
      const start = performance.now();
      const result = await new Promise<BuildResult>((done) => {
        worker.onmessage = (event) => done(event.data);
        worker.postMessage(asked);
      });
      if (result.kind !== 'built') throw new Error(`the bench's plan did not build: ${result.kind}`);
      return performance.now() - start;
    }, request);
    if (i >= 5) times.push(ms);
  }
  await page.evaluate(() => (window as unknown as { benchWorker: Worker }).benchWorker.terminate());
  return times;
}

function listFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? listFiles(join(dir, e.name)) : [join(dir, e.name)],
  );
}
