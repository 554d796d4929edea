import { copyFileSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { unzipSync } from 'fflate';
import { getDocumentProxy } from 'unpdf';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { generate } from '../../src/generate.js';
import { importDocx } from '../../src/import/import-docx.js';
import { importDocxInto } from '../../src/import/merge-plan.js';
import { toSafeName } from '../../src/output/file-name.js';
import { toTabLabel } from '../../src/web/tab-label.js';
import { readDocxText, readPdfText } from '../property/_extract.js';
import { replaceText, root, type StudioPage, useStudios, waitForBuild } from './_studio.js';

// A build script in plain JavaScript (scripts/), loaded by a path the type checker does not follow.
const sourceIdScript = '../../scripts/source-id.mjs';
const { computeSourceId } = (await import(sourceIdScript)) as { computeSourceId(root: string): string };
const review = join(root, 'render-review', 'studio');
const planPath = join(root, 'data', 'chita-mentoring-package.yaml');
const openStudioPage = useStudios();

describe('the studio in Chromium', () => {
  it('names the sources its page was built from, as the command’s build does: gramota studio compares the two', async () => {
    const { site } = await openStudioPage();
    expect(readFileSync(join(site, 'source-id'), 'utf8')).toBe(`${computeSourceId(root)}\n`);
  });

  it('opens a plan from disk and shows the pages of each of its documents, as the CLI builds them', async () => {
    const studio = await openStudioPage();
    const { page } = studio;
    await waitForBuild(page);
    await page.setInputFiles('[data-testid=open-file]', planPath);
    const expected = await generate(readFileSync(planPath, 'utf8'), { file: 'chita-mentoring-package.yaml' });
    const tabs = page.getByTestId('document-tab');
    await expect
      .poll(() => tabs.allTextContents(), { timeout: 60_000 })
      .toEqual([
        ...expected.filter((d) => d.kind === 'document').map((d) => toTabLabel(d.title)),
        'Весь пакет (PDF)',
      ]);
    // The first document: the preview follows the selected tab.
    await tabs.first().click();
    await expect
      .poll(() => page.getByTestId('preview-page').count(), { timeout: 60_000 })
      .toBe(await readPdfPageCount(expected[0]!.pdf!));
    await waitForBuild(page);
    await page.screenshot({ path: join(review, 'package.png') });
    await tabs.last().click();
    await expect
      .poll(() => page.getByTestId('preview-page').count(), { timeout: 60_000 })
      .toBe(await readPdfPageCount(expected.at(-1)!.pdf!));
    expect(await page.getByTestId('download-docx').isDisabled()).toBe(true);
    // Greyed, it says why and where a DOCX is: not the hint of a button that works.
    expect(await page.getByTestId('download-docx').getAttribute('title')).toBe(
      'Весь пакет — один PDF, в DOCX его нет: DOCX документа — на его вкладке, все DOCX сразу — в «Весь пакет (ZIP)»',
    );
    await tabs.first().click();
    await expect
      .poll(() => page.getByTestId('download-docx').getAttribute('title'))
      .toBe('Скачать выбранный документ в DOCX — для правки в Word');
  });

  it('downloads the package as a ZIP and each document as DOCX and PDF, named as the CLI names them, with the same text', async () => {
    const studio = await openStudioPage();
    const { page } = studio;
    await page.setInputFiles('[data-testid=open-file]', planPath);
    await expect.poll(() => page.getByTestId('document-tab').count(), { timeout: 60_000 }).toBe(6);
    await waitForBuild(page);
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByTestId('download-zip').click(),
    ]);
    expect(download.suggestedFilename()).toBe('chita-mentoring-package.zip');
    const zip = unzipSync(new Uint8Array(readFileSync((await download.path())!)));
    const expected = await generate(readFileSync(planPath, 'utf8'), { file: 'chita-mentoring-package.yaml' });
    const folder = toSafeName('chita-mentoring-package');
    const names = expected.flatMap((d) => [
      ...(d.docx ? [`${folder}/${d.fileName}.docx`] : []),
      `${folder}/${d.fileName}.pdf`,
    ]);
    // The plan itself travels with its documents.
    expect(Object.keys(zip).sort()).toEqual([...names, `${folder}/chita-mentoring-package.yaml`].sort());
    expect(new TextDecoder().decode(zip[`${folder}/chita-mentoring-package.yaml`])).toBe(
      readFileSync(planPath, 'utf8'),
    );
    for (const doc of expected) {
      expect(await readPdfText(zip[`${folder}/${doc.fileName}.pdf`]!)).toBe(await readPdfText(doc.pdf!));
      if (doc.docx) expect(readDocxText(zip[`${folder}/${doc.fileName}.docx`]!)).toBe(readDocxText(doc.docx));
    }
    // The selected document alone, in each format.
    await page.getByTestId('document-tab').nth(1).click();
    const roadmap = expected[1]!;
    for (const format of ['docx', 'pdf'] as const) {
      const [file] = await Promise.all([
        page.waitForEvent('download'),
        page.getByTestId(`download-${format}`).click(),
      ]);
      expect(file.suggestedFilename()).toBe(`${roadmap.fileName}.${format}`);
      const bytes = new Uint8Array(readFileSync((await file.path())!));
      if (format === 'docx') expect(readDocxText(bytes)).toBe(readDocxText(roadmap.docx!));
      else expect(await readPdfText(bytes)).toBe(await readPdfText(roadmap.pdf!));
    }
  });

  it('shows a Russian diagnostic at the line of a mistake; clicking it puts the cursor there', async () => {
    const studio = await openStudioPage();
    const { page } = studio;
    await waitForBuild(page);
    const lines = readFileSync(join(root, 'data', 'chapaevsk-roadmap.yaml'), 'utf8').split('\n');
    const at = lines.findIndex((l) => l.startsWith('    title:'));
    lines.splice(at + 1, 0, '    colums: [number, activity]');
    await replaceText(page, lines.join('\n'));
    await waitForBuild(page, 'error');
    const diagnostic = page.getByTestId('diagnostic');
    // The line the editor numbers: the pasted plan's first line for VS Code is not shown, and not counted.
    await expect.poll(() => diagnostic.first().textContent()).toContain(`строка ${at + 1}, столбец 5`);
    expect(await diagnostic.first().textContent()).toContain('неизвестный ключ «colums»');
    await page.screenshot({ path: join(review, 'diagnostic.png') });
    await diagnostic.first().locator('button').click();
    expect(await page.locator('.cm-activeLine').textContent()).toBe('    colums: [number, activity]');
  });

  it('builds again as the user types, and keeps the draft across a reload', async () => {
    const studio = await openStudioPage();
    const { page } = studio;
    await waitForBuild(page);
    const source = readFileSync(join(root, 'data', 'chapaevsk-roadmap.yaml'), 'utf8');
    await replaceText(page, source.replace(/^ {4}title: .*$/m, '    title: Дорожная карта РИП'));
    const tab = page.getByTestId('document-tab').first();
    await expect.poll(() => tab.getAttribute('title'), { timeout: 60_000 }).toBe('Дорожная карта РИП');
    await page.keyboard.press('Control+Home'); // the editor draws only the lines in view
    await page.locator('.cm-line', { hasText: 'title: Дорожная карта РИП' }).click();
    await page.keyboard.press('End');
    await page.keyboard.type(' на 2025 год');
    await expect.poll(() => tab.getAttribute('title'), { timeout: 60_000 }).toMatch(/ на 2025 год$/);
    await waitForBuild(page);
    await page.reload();
    await expect.poll(() => tab.getAttribute('title'), { timeout: 60_000 }).toMatch(/ на 2025 год$/);
  });

  it('asks before «Открыть файл…» replaces the text in the editor, and keeps it on «Отмена»', async () => {
    const studio = await openStudioPage();
    const { page } = studio;
    await waitForBuild(page);
    const answers = [false, true];
    const dialogs: string[] = [];
    page.removeAllListeners('dialog');
    page.on('dialog', (d) => {
      dialogs.push(d.message());
      void (answers.shift() ? d.accept() : d.dismiss());
    });
    const opened = join(root, 'data', 'chapaevsk-roadmap.yaml');
    await page.setInputFiles('[data-testid=open-file]', opened);
    await expect.poll(() => dialogs.length).toBe(1);
    expect(dialogs[0]).toBe(
      'Заменить текст в редакторе планом из файла «chapaevsk-roadmap.yaml»? Текущий текст останется в этом браузере, в списке «Прежние черновики».',
    );
    expect(await page.locator('.plan-name').textContent()).toBe('Новый план');
    await page.setInputFiles('[data-testid=open-file]', opened);
    await expect.poll(() => page.locator('.plan-name').textContent()).toBe('chapaevsk-roadmap.yaml');
    expect(dialogs).toHaveLength(2);
    const [built] = await generate(readFileSync(opened, 'utf8'), { formats: ['docx'] });
    await expect
      .poll(() => page.getByTestId('document-tab').first().getAttribute('title'), { timeout: 60_000 })
      .toBe(built!.title);
  });

  it('builds a whole new text at once, without the pause it leaves for typing', async () => {
    // The typing pause (src/web/page/main.ts, 250 ms) never ends in this page: a build that waited for it never comes.
    const dropTypingPause = () => {
      const setTimer = window.setTimeout;
      window.setTimeout = ((handler: TimerHandler, ms?: number, ...rest: unknown[]) =>
        ms === 250 ? 0 : setTimer(handler, ms, ...rest)) as typeof window.setTimeout;
    };
    const studio = await openStudioPage({}, dropTypingPause);
    const { page } = studio;
    await waitForBuild(page); // the starter plan of a first visit
    expect(await page.getByTestId('document-tab').count()).toBe(1);
    await page.getByTestId('new-plan').selectOption('order-roadmap');
    await expect.poll(() => page.getByTestId('document-tab').count(), { timeout: 60_000 }).toBe(3);
    await page.setInputFiles('[data-testid=open-file]', planPath);
    await expect.poll(() => page.getByTestId('document-tab').count(), { timeout: 60_000 }).toBe(6);
    await waitForBuild(page);
  });

  it('starts a new plan from «Новый план»: an order with its roadmap', async () => {
    const studio = await openStudioPage();
    const { page } = studio;
    await waitForBuild(page);
    await page.getByTestId('new-plan').selectOption('order-roadmap');
    await expect.poll(() => page.getByTestId('document-tab').count(), { timeout: 60_000 }).toBe(3);
    await waitForBuild(page);
    expect(await page.getByTestId('preview-page').count()).toBeGreaterThan(1);
  });
});

describe('«Импорт из Word…»', () => {
  const fixtures = join(root, 'tests', 'import', 'fixtures');
  const draft = (page: StudioPage['page']) =>
    page.evaluate(() => JSON.parse(localStorage.getItem('gramota.studio.draft') ?? '{}').text as string);

  it('turns a Word roadmap into the plan `gramota import` writes, builds its pages and lists what to check', async () => {
    const studio = await openStudioPage();
    const { page } = studio;
    await waitForBuild(page);
    const docx = join(fixtures, 'stage-rows.docx');
    const expected = importDocx(readFileSync(docx), 'stage-rows.docx', 'stage-rows.yaml');
    expect(expected.notes.length).toBeGreaterThan(0);
    await page.setInputFiles('[data-testid=import-docx]', docx);
    // The starter's text was in the editor: the user is asked whether to add to it or replace it.
    const choice = page.getByTestId('import-choice');
    await expect.poll(() => choice.isVisible()).toBe(true);
    expect(await choice.locator('p').first().textContent()).toBe(
      'Что сделать с документами из файла «stage-rows.docx»?',
    );
    await choice.getByTestId('import-replace').click();
    await expect.poll(() => draft(page), { timeout: 60_000 }).toBe(expected.yaml);
    expect(await page.locator('.plan-name').textContent()).toBe('stage-rows.yaml');
    const built = await generate(expected.yaml, { file: 'stage-rows.yaml', formats: ['pdf'] });
    await expect
      .poll(() => page.getByTestId('document-tab').first().getAttribute('title'), { timeout: 60_000 })
      .toBe(built[0]!.title);
    await waitForBuild(page);
    expect(await page.getByTestId('preview-page').count()).toBe(await readPdfPageCount(built[0]!.pdf!));
    const notice = page.getByTestId('import-notice');
    expect(await notice.locator('h2').textContent()).toBe(
      `План импортирован из файла «stage-rows.docx». Что проверить (в плане — комментарии «# импорт:»): ${expected.notes.length}`,
    );
    expect(await notice.getByTestId('import-note').allTextContents()).toEqual(
      expected.notes.map((n) => `строка ${n.line}: ${n.text}`),
    );
    await page.screenshot({ path: join(review, 'import.png') });
    // A note leads to its comment in the plan.
    await notice.getByTestId('import-note').last().locator('button').click();
    expect(await page.locator('.cm-activeLine').textContent()).toBe(
      expected.yaml.split('\n')[expected.notes.at(-1)!.line - 1],
    );
    // Another plan in the editor: the notes, which were about this one, go.
    await page.getByTestId('new-plan').selectOption('roadmap');
    await expect.poll(() => notice.isVisible()).toBe(false);
  });

  it('adds a Word order to the roadmap imported before: one plan, the order approving its appendix, both tabs', async () => {
    const studio = await openStudioPage();
    const { page } = studio;
    await waitForBuild(page);
    const roadmapDocx = join(fixtures, 'libreoffice-trial-roadmap.docx');
    const orderDocx = join(fixtures, 'libreoffice-trial-order.docx');
    const roadmap = importDocx(readFileSync(roadmapDocx), 'libreoffice-trial-roadmap.docx', 'plan.yaml');
    const merged = importDocxInto(
      readFileSync(orderDocx),
      'libreoffice-trial-order.docx',
      roadmap.yaml,
      'plan.yaml',
    );
    await page.setInputFiles('[data-testid=import-docx]', roadmapDocx);
    await page.getByTestId('import-replace').click();
    await expect.poll(() => draft(page), { timeout: 60_000 }).toBe(roadmap.yaml);
    await waitForBuild(page);
    await page.setInputFiles('[data-testid=import-docx]', orderDocx);
    await expect.poll(() => page.getByTestId('import-choice').isVisible()).toBe(true);
    await page.screenshot({ path: join(review, 'import-choice.png') });
    await page.getByTestId('import-add').click();
    // The roadmap's plan is kept line for line, the order added (and the full name of the organization, which the
    // roadmap's import asked for, written in from the order): what `gramota import --into` writes.
    await expect.poll(() => draft(page), { timeout: 60_000 }).toBe(merged.yaml);
    // Still the roadmap's plan, by its name.
    expect(await page.locator('.plan-name').textContent()).toBe('libreoffice-trial-roadmap.yaml');
    expect(merged.yaml.startsWith(roadmap.yaml.split('\norganization:')[0]!)).toBe(true);
    expect(merged.yaml).toContain('  short_name: ОГБПОУ ЯКСиД\n');
    const notice = page.getByTestId('import-notice');
    expect(await notice.locator('h2').textContent()).toMatch(
      /^Документы из файла «libreoffice-trial-order\.docx» добавлены в план/,
    );
    const built = await generate(merged.yaml, { file: 'plan.yaml', formats: ['pdf'] });
    await expect
      .poll(() => page.getByTestId('document-tab').allTextContents(), { timeout: 60_000 })
      .toHaveLength(built.length);
    await waitForBuild(page);
    await page.screenshot({ path: join(review, 'import-added.png') });
    // Cancelled: nothing changes.
    await page.setInputFiles('[data-testid=import-docx]', orderDocx);
    await page.getByTestId('import-cancel').click();
    await expect.poll(() => page.getByTestId('import-choice').count()).toBe(0);
    expect(await draft(page)).toBe(merged.yaml);
  });

  it('asks for .docx when given a .doc or .odt, or a Word 97–2003 file named .docx, and keeps the text', async () => {
    const studio = await openStudioPage();
    const { page } = studio;
    await waitForBuild(page);
    const before = await page.locator('.cm-content').textContent();
    const notice = page.getByTestId('import-notice');
    await page.setInputFiles('[data-testid=import-docx]', join(fixtures, 'libreoffice-roadmap.odt'));
    await expect.poll(() => notice.isVisible()).toBe(true);
    expect(await notice.locator('h2').textContent()).toBe(
      'Не удалось импортировать файл «libreoffice-roadmap.odt»',
    );
    expect(await notice.getByTestId('import-note').textContent()).toContain(
      'в студии импортируются только документы .docx — откройте файл в Word или LibreOffice и сохраните его как .docx',
    );
    // A .doc under the name .docx: the worker reads its first bytes.
    const doc = readFileSync(join(fixtures, 'libreoffice-order.doc'));
    await page.setInputFiles('[data-testid=import-docx]', {
      name: 'order.docx',
      mimeType: 'application/octet-stream',
      buffer: doc,
    });
    // The editor holds a plan: she is asked first; the file is read in the worker after her choice.
    await page.getByTestId('import-replace').click();
    await expect
      .poll(() => notice.locator('h2').textContent(), { timeout: 60_000 })
      .toBe('Не удалось импортировать файл «order.docx»');
    expect(await notice.getByTestId('import-note').textContent()).toBe(
      'это документ Word 97–2003 (.doc), хотя имя его — .docx: откройте его в Word или LibreOffice и сохраните как .docx',
    );
    expect(await page.locator('.cm-content').textContent()).toBe(before);
    await notice.getByRole('button', { name: 'Скрыть' }).click();
    expect(await notice.isVisible()).toBe(false);
  });
});

describe('the roadmap as a table', () => {
  it('edits a cell, adds a row and moves one in the plan’s text, keeping everything else as it was', async () => {
    const studio = await openStudioPage();
    const { page } = studio;
    await waitForBuild(page);
    const source = readFileSync(join(root, 'data', 'chapaevsk-roadmap.yaml'), 'utf8');
    await replaceText(page, source);
    await expect
      .poll(() => page.getByTestId('document-tab').first().getAttribute('title'), { timeout: 60_000 })
      .toMatch(/^Дорожная карта РИП/);
    await page.getByTestId('rows-toggle').click();
    const rows = page.getByTestId('rows-row');
    const items = (parse(source) as { documents: { items: unknown[] }[] }).documents[0]!.items;
    expect(await rows.count()).toBe(items.length);
    const first = rows.first().locator('[data-column=activity]');
    expect(await first.inputValue()).toBe('Создание рабочей группы РИП');
    await first.fill('Создание рабочей группы проекта');
    await first.press('Enter');
    await page.getByTestId('rows-add').click();
    await expect.poll(() => rows.count()).toBe(items.length + 1);
    await page.screenshot({ path: join(review, 'rows.png') });
    const draft = () =>
      page.evaluate(() => JSON.parse(localStorage.getItem('gramota.studio.draft') ?? '{}').text);
    await expect.poll(draft, { timeout: 10_000 }).toContain('- activity: ""');
    const text = (await draft()) as string;
    const lastItem = source.trimEnd().length;
    expect(text).toBe(
      `${source.slice(0, lastItem).replace('activity: Создание рабочей группы РИП', 'activity: Создание рабочей группы проекта')}\n\n      - activity: ""${source.slice(lastItem)}`,
    );
    // ↓ on the first row: it changes places with the second.
    await rows.first().getByRole('button', { name: 'Переместить ниже' }).click();
    const activities = async () =>
      (
        parse((await draft()) as string) as { documents: { items: { activity: string }[] }[] }
      ).documents[0]!.items.slice(0, 2).map((i) => i.activity);
    const second = (items[1] as { activity: string }).activity;
    await expect.poll(activities, { timeout: 10_000 }).toEqual([second, 'Создание рабочей группы проекта']);
    expect(await rows.nth(1).locator('[data-column=activity]').inputValue()).toBe(
      'Создание рабочей группы проекта',
    );
  });
});

describe('gramota studio plan.yaml', () => {
  it('edits that file: loads it, saves each change atomically, and downloads the bytes the CLI writes', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'gramota-studio-'));
    try {
      const plan = join(dir, 'plan.yaml');
      copyFileSync(join(root, 'data', 'chapaevsk-roadmap.yaml'), plan);
      const createdAt = new Date('2025-03-01T09:00:00Z'); // SOURCE_DATE_EPOCH of `gramota studio`
      const studio = await openStudioPage({ plan, createdAt });
      const { page } = studio;
      await waitForBuild(page);
      await page.screenshot({ path: join(review, 'studio-plan.png') });
      // The editor starts at the plan's second line: the first, for VS Code, is not shown, and stays in the file.
      const [schemaLine, ...rest] = readFileSync(plan, 'utf8').split('\n');
      expect(await page.locator('.cm-line').first().textContent()).toBe(rest[0]);
      await page.locator('.cm-line').first().click();
      await page.keyboard.press('Control+Home');
      await page.keyboard.type('# правка в студии\n');
      await expect
        .poll(() => readFileSync(plan, 'utf8').split('\n')[1], { timeout: 30_000 })
        .toBe('# правка в студии');
      expect(readFileSync(plan, 'utf8')).toBe([schemaLine, '# правка в студии', ...rest].join('\n'));
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.getByTestId('download-zip').click(),
      ]);
      expect(download.suggestedFilename()).toBe('plan.zip');
      const zip = unzipSync(new Uint8Array(readFileSync((await download.path())!)));
      const cli = await generate(readFileSync(plan, 'utf8'), { file: 'plan.yaml', baseDir: dir, createdAt });
      expect(Object.keys(zip)).toEqual([
        'plan/plan.yaml',
        ...cli.flatMap((d) => [`plan/${d.fileName}.docx`, `plan/${d.fileName}.pdf`]),
      ]);
      expect(Buffer.from(zip['plan/plan.yaml']!).equals(readFileSync(plan))).toBe(true);
      for (const doc of cli) {
        expect(Buffer.from(zip[`plan/${doc.fileName}.docx`]!).equals(Buffer.from(doc.docx!))).toBe(true);
        expect(Buffer.from(zip[`plan/${doc.fileName}.pdf`]!).equals(Buffer.from(doc.pdf!))).toBe(true);
      }
      // Another file opened here replaces the text of plan.yaml, and says so before it does.
      const dialogs: string[] = [];
      page.removeAllListeners('dialog');
      page.on('dialog', (d) => {
        dialogs.push(d.message());
        void d.dismiss();
      });
      await page.setInputFiles('[data-testid=open-file]', join(root, 'data', 'kolomna-calendar-plan.yaml'));
      await expect
        .poll(() => dialogs)
        .toEqual([
          'Заменить план plan.yaml текстом из файла «kolomna-calendar-plan.yaml»? Файл plan.yaml будет перезаписан; его прежний текст останется в этом браузере, в списке «Прежние черновики».',
        ]);
      expect(readFileSync(plan, 'utf8').split('\n')[1]).toBe('# правка в студии');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

async function readPdfPageCount(bytes: Uint8Array): Promise<number> {
  return (await getDocumentProxy(new Uint8Array(bytes))).numPages;
}
