import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { splitSchemaComment } from '../../src/web/schema-comment.js';
import { replaceText, root, useStudios, waitForBuild } from './_studio.js';

const review = join(root, 'render-review', 'studio');
const planPath = join(root, 'data', 'vologda-literacy-roadmap.yaml');
const openStudioPage = useStudios();
/** The sample a first visit starts from: data/'s roadmap without its line for VS Code. */
const sample = splitSchemaComment(
  readFileSync(join(root, 'data', 'chita-mentoring-roadmap.yaml'), 'utf8'),
).body;

type Plan = {
  people: Record<string, { name: string }>;
  documents: {
    stages: { title: string; items: { activity: string; responsible: string; term: unknown }[] }[];
  }[];
};

/**
 * What the table shows as a user reads it: its cells, whether it is wider than its side of the page, the cells whose
 * text is not all in sight (cut at the bottom or the right) or has a word wider than the cell (broken between
 * letters), and the headings cut.
 */
const readTable = (page: Page) =>
  page.evaluate(() => {
    const rows = document.querySelector<HTMLElement>('.rows')!;
    const measure = document.createElement('canvas').getContext('2d')!;
    const hidden: string[] = [];
    const broken: string[] = [];
    const fields = rows.querySelectorAll<HTMLInputElement | HTMLTextAreaElement>('[data-column]');
    for (const field of fields) {
      const style = getComputedStyle(field);
      measure.font = `${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
      const room =
        field.clientWidth - Number.parseFloat(style.paddingLeft) - Number.parseFloat(style.paddingRight);
      const cut = field.scrollHeight > field.clientHeight + 1 || field.scrollWidth > field.clientWidth + 1;
      if (cut) hidden.push(field.value);
      // Words as a line may break them: at spaces and after hyphens, never at a no-break space.
      for (const word of field.value.split(/[ \n-]+/))
        if (measure.measureText(word).width > room) broken.push(word);
    }
    const headings = [...rows.querySelectorAll('th')].filter((th) => th.scrollWidth > th.clientWidth);
    return {
      fields: fields.length,
      wider: rows.scrollWidth > rows.clientWidth,
      hidden,
      broken,
      headings: headings.map((th) => th.textContent),
    };
  });

/** The text as a user reads it: a no-break space (the document's, between a year and «г.») is a space. */
const spaced = (text: string) => text.replace(/\u00A0/g, ' ');

/** A finished build in the given state, with the pages hidden behind the table. */
const builtIn = (page: Page, state: 'ready' | 'error') =>
  page.locator(`[data-testid=preview][data-state=${state}]`).waitFor({ state: 'attached', timeout: 60_000 });

const storedDraft = (page: Page) =>
  page.evaluate(() => JSON.parse(localStorage.getItem('gramota.studio.draft') ?? '{}').text as string);

describe('«Мероприятия таблицей»', () => {
  it('numbers the items as the document does, under their stages, and names people as the document names them', async () => {
    const { page } = await openStudioPage();
    await waitForBuild(page);
    await page.setInputFiles('[data-testid=open-file]', planPath);
    await expect.poll(() => page.locator('.plan-name').textContent()).toBe('vologda-literacy-roadmap.yaml');
    await waitForBuild(page);
    await page.getByTestId('rows-toggle').click();
    const { people, documents } = parse(readFileSync(planPath, 'utf8')) as Plan;
    const stages = documents[0]!.stages;
    // Headed as the document's stage rows, with the stage's term as the document prints it.
    expect((await page.getByTestId('rows-stage').allTextContents()).map(spaced)).toEqual([
      '1. Подготовительный этап (сентябрь – декабрь 2025 г.)',
      '2. Основной (внедренческий) этап (январь 2026 г. – февраль 2027 г.)',
      '3. Обобщающий этап (март – июнь 2027 г.)',
    ]);
    expect(stages.map((s) => s.title)).toEqual([
      'Подготовительный',
      'Основной (внедренческий)',
      'Обобщающий',
    ]);
    expect(await page.getByTestId('rows-number').allTextContents()).toEqual(
      stages.flatMap((stage, s) => stage.items.map((_, i) => `${s + 1}.${i + 1}`)),
    );
    const first = page.getByTestId('rows-row').first();
    expect(people[stages[0]!.items[0]!.responsible]!.name).toBe('Белова Ирина Сергеевна');
    expect(await first.locator('[data-column=responsible]').inputValue()).toBe('Белова И.С.');
    // A term as the document prints it: a month written 2025-09 reads «сентябрь 2025 г.», and is edited so.
    expect(stages[0]!.items[0]!.term).toBe('2025-09');
    const month = first.locator('[data-column=term]');
    expect(spaced(await month.inputValue())).toBe('сентябрь 2025 г.');
    expect(await month.getAttribute('readonly')).toBeNull();
    // A range is read as the document reads it, and is edited so too.
    const range = page.getByTestId('rows-row').nth(1).locator('[data-column=term]');
    expect(spaced(await range.inputValue())).toBe('сентябрь – октябрь 2025 г.');
    expect(await range.getAttribute('readonly')).toBeNull();
    await page.screenshot({ path: join(review, 'rows-stages.png') });
  });

  it('shows every cell’s whole text, words unbroken, within the page at 1024 and 1400 pixels, and on a narrow window', async () => {
    const { page } = await openStudioPage();
    await waitForBuild(page);
    await page.setInputFiles('[data-testid=open-file]', join(root, 'data', 'chapaevsk-roadmap.yaml'));
    const tab = page.getByTestId('document-tab').first();
    await expect.poll(() => tab.getAttribute('title'), { timeout: 60_000 }).toMatch(/^Дорожная карта РИП/);
    await page.getByTestId('rows-toggle').click();
    const { documents } = parse(readFileSync(join(root, 'data', 'chapaevsk-roadmap.yaml'), 'utf8')) as {
      documents: { items: unknown[] }[];
    };
    const fields = documents[0]!.items.length * 4;
    for (const width of [1024, 1400]) {
      await page.setViewportSize({ width, height: 800 });
      expect(await readTable(page)).toEqual({ fields, wider: false, hidden: [], broken: [], headings: [] });
      await page.screenshot({ path: join(review, `rows-${width}.png`) });
    }
    // A narrow window (trial 9: «производствен|ного»): the table keeps the width at which the words fit whole, and
    // scrolls sideways; a word still too long is hyphenated by the browser's Russian dictionary, not cut anywhere.
    await page.setViewportSize({ width: 900, height: 700 });
    expect(await readTable(page)).toMatchObject({ fields, hidden: [], broken: [] });
    const wrapping = await page
      .locator('[data-column=activity]')
      .first()
      .evaluate((field) => ({
        lang: field.closest<HTMLElement>('[lang]')!.lang,
        field: getComputedStyle(field).hyphens,
        copy: getComputedStyle(field.parentElement!, '::after').hyphens,
      }));
    expect(wrapping).toEqual({ lang: 'ru', field: 'auto', copy: 'auto' });
    await page.screenshot({ path: join(review, 'rows-900.png') });
    // A longer text typed in a cell: its field grows with it, the text all in sight.
    const activity = page.getByTestId('rows-row').first().locator('[data-column=activity]');
    const height = (await activity.boundingBox())!.height;
    await activity.fill(
      'Создание рабочей группы РИП, распределение обязанностей между её участниками и график встреч',
    );
    expect((await activity.boundingBox())!.height).toBeGreaterThan(height);
    expect((await readTable(page)).hidden).toEqual([]);
  });

  it('adds an empty row with the cursor in its activity: left empty, it is an error, never a printed placeholder', async () => {
    const { page } = await openStudioPage();
    await waitForBuild(page);
    await page.setInputFiles('[data-testid=open-file]', planPath);
    // The sample's roadmap has the button too: the opened plan's pages first.
    const tab = page.getByTestId('document-tab').first();
    await expect
      .poll(() => tab.getAttribute('title'), { timeout: 60_000 })
      .toMatch(/^Дорожная карта инновационного/);
    await waitForBuild(page); // its tab shows at once, its pages once built
    await page.getByTestId('rows-toggle').click();
    const rows = page.getByTestId('rows-row');
    const count = await rows.count();
    await page.getByTestId('rows-add').click();
    await expect.poll(() => rows.count()).toBe(count + 1);
    const added = rows.last().locator('[data-column=activity]');
    expect(await added.evaluate((input) => input === document.activeElement)).toBe(true);
    expect(await added.inputValue()).toBe('');
    expect(await added.getAttribute('placeholder')).toBe('Впишите наименование мероприятия');
    // After the last item of the last stage, numbered as its next one.
    const { documents } = parse(readFileSync(planPath, 'utf8')) as Plan;
    const stages = documents[0]!.stages;
    const next = `${stages.length}.${stages.at(-1)!.items.length + 1}`;
    expect(await rows.last().getByTestId('rows-number').textContent()).toBe(next);
    // Enter on the empty cell, then leaving it: the plan's check names the empty activity, no pages are built.
    await page.keyboard.press('Enter');
    await builtIn(page, 'error');
    // The notice takes room from the table: the cell being edited stays in sight.
    const rowsBox = (await page.locator('.rows').boundingBox())!;
    const cellBox = (await added.boundingBox())!;
    expect(cellBox.y + cellBox.height).toBeLessThanOrEqual(rowsBox.y + rowsBox.height + 1);
    await added.blur();
    expect(await page.getByTestId('preview-problem').textContent()).toMatch(
      /^строка \d+, столбец \d+: пустой текст: наименование мероприятия/,
    );
    // The notice stands above the table, not over its rows, and says nothing of pages, which are not in sight.
    const notice = page.getByTestId('preview-notice');
    const box = (await notice.boundingBox())!;
    expect(box.y + box.height).toBeLessThanOrEqual((await page.locator('.rows').boundingBox())!.y);
    expect(await notice.getByText('Ниже — страницы').isVisible()).toBe(false);
    await page.screenshot({ path: join(review, 'rows-added-empty.png') });
    await added.click();
    await page.keyboard.type('Итоговая конференция');
    await page.keyboard.press('Enter');
    await expect
      .poll(() => storedDraft(page), { timeout: 10_000 })
      .toContain('- activity: Итоговая конференция');
    await builtIn(page, 'ready');
    // The table drawn again after the typing pause keeps the cell and what it holds.
    await page.waitForTimeout(600);
    expect(await added.inputValue()).toBe('Итоговая конференция');
  });

  it('edits every term and every list of people of the roadmap starter as the document prints them', async () => {
    const { page } = await openStudioPage();
    await waitForBuild(page);
    await page.getByTestId('rows-toggle').click();
    // No cell of a term or of the people is read-only (trial 5: 12 of 34 terms and 19 of 34 were).
    const readOnly = page.locator('[data-column=term][readonly], [data-column=responsible][readonly]');
    expect(await readOnly.count()).toBe(0);
    const row = page.getByTestId('rows-row').nth(1);
    const term = row.locator('[data-column=term]');
    expect(spaced(await term.inputValue())).toBe('до 01.10.2020');
    await term.fill('до 15.10.2020');
    await term.press('Enter');
    await expect.poll(() => storedDraft(page), { timeout: 10_000 }).toContain('until: 2020-10-15');
    const people = row.locator('[data-column=responsible]');
    expect(await people.inputValue()).toBe('Спиридонова А.В., Бушина М.Б.');
    // A name of nobody in people: said under the cell, the plan unchanged.
    await people.fill('Спиридонова А.В., Бушин М.Б.');
    await people.press('Enter');
    const problem = row.locator('[data-column=responsible] ~ [data-testid=cell-problem]');
    await expect
      .poll(() => problem.getByTestId('cell-problem-text').textContent())
      .toBe('в плане нет человека «Бушин М.Б.» (список people); возможно, имелось в виду «Бушина М.Б.»');
    expect(await storedDraft(page)).toContain('responsible: [spiridonova, bushina]');
    // The table drawn anew after another edit keeps what was typed there, and why it was not taken.
    const result = page.getByTestId('rows-row').first().locator('[data-column=result]');
    await result.fill('Созданы условия');
    await result.press('Enter');
    await expect.poll(() => storedDraft(page), { timeout: 10_000 }).toContain('result: Созданы условия');
    await page.waitForTimeout(600);
    expect(await people.inputValue()).toBe('Спиридонова А.В., Бушин М.Б.');
    expect(await problem.isVisible()).toBe(true);
    for (const [width, height] of [
      [1366, 768],
      [1024, 700],
    ] as const) {
      await page.setViewportSize({ width, height });
      await page.screenshot({ path: join(review, `rows-person-problem-${width}.png`) });
    }
    await people.fill('Бушина М.Б., Спиридонова А.В., Кураторы групп');
    await people.press('Enter');
    await expect
      .poll(() => storedDraft(page), { timeout: 10_000 })
      .toContain('responsible: [bushina, spiridonova, Кураторы групп]');
    expect(await problem.isHidden()).toBe(true);
    await builtIn(page, 'ready');
  });

  it('says a mistake the plan’s check finds in a cell under that cell, as typed, until it is mended', async () => {
    const { page } = await openStudioPage();
    await waitForBuild(page);
    await page.getByTestId('rows-toggle').click();
    const row = page.getByTestId('rows-row').nth(2);
    const term = row.locator('[data-column=term]');
    await term.fill('32.13.2020');
    await term.press('Enter');
    await builtIn(page, 'error');
    const problem = row.locator('[data-column=term] ~ [data-testid=cell-problem]');
    await expect.poll(() => problem.textContent()).toBe('месяц в «32.13.2020» должен быть от 01 до 12');
    // The cell keeps the date as typed, as the message names it, and no other cell is marked.
    expect(await term.inputValue()).toBe('32.13.2020');
    expect(await term.getAttribute('aria-invalid')).toBe('true');
    expect(await page.locator('[data-testid=cell-problem]:visible').count()).toBe(1);
    for (const [width, height] of [
      [1366, 768],
      [1024, 700],
    ] as const) {
      await page.setViewportSize({ width, height });
      await page.screenshot({ path: join(review, `rows-term-problem-${width}.png`) });
    }
    await term.fill('до 05.10.2020');
    await term.press('Enter');
    await builtIn(page, 'ready');
    await expect.poll(() => problem.isHidden()).toBe(true);
    expect(await term.getAttribute('aria-invalid')).toBe('false');
  });

  it('offers to add a person typed who is not in people: a key like the others, the name, a position to fill', async () => {
    const { page } = await openStudioPage();
    await waitForBuild(page);
    await page.getByTestId('rows-toggle').click();
    const row = page.getByTestId('rows-row').nth(1);
    const people = row.locator('[data-column=responsible]');
    await people.fill('Спиридонова А.В., Петрова А.А.');
    await people.press('Enter');
    const problem = row.locator('[data-column=responsible] ~ [data-testid=cell-problem]');
    await expect.poll(() => problem.isVisible()).toBe(true);
    // What she typed stays in sight, the problem under it, with the way out.
    expect(await people.inputValue()).toBe('Спиридонова А.В., Петрова А.А.');
    const add = problem.getByTestId('add-person');
    expect(await add.textContent()).toBe('Добавить «Петрова А.А.» в людей плана (people)');
    for (const [width, height] of [
      [1366, 768],
      [1024, 768],
    ] as const) {
      await page.setViewportSize({ width, height });
      await page.screenshot({ path: join(review, `rows-add-person-${width}.png`) });
    }
    await add.click();
    // One step: the person after the last one in people, and the cell naming them by the new key.
    await expect
      .poll(() => storedDraft(page), { timeout: 10_000 })
      .toContain(
        '  osipova:\n    name: Осипова Н.В.\n  petrova:\n    name: Петрова А.А.\n    position: ""\n',
      );
    expect(await storedDraft(page)).toContain('responsible: [spiridonova, petrova]');
    await builtIn(page, 'ready');
    await page.waitForTimeout(600); // the table drawn anew after the typing pause
    expect(await people.inputValue()).toBe('Спиридонова А.В., Петрова А.А.');
    const added = problem.getByTestId('added-person');
    const line = (await storedDraft(page)).split('\n').indexOf('    position: ""');
    // The draft has no line for VS Code: its lines are the editor's.
    expect(await added.textContent()).toBe(
      `«Петрова А.А.» добавлен(а) в people — впишите должность: строка ${line + 1}`,
    );
    expect(await people.getAttribute('aria-invalid')).toBe('false');
    await page.screenshot({ path: join(review, 'rows-person-added-1024.png') });
    await added.click();
    expect(await page.locator('.cm-activeLine').textContent()).toBe('    position: ""');
    // Undo takes the person and the cell back together.
    await page.keyboard.press('Control+z');
    await expect.poll(() => storedDraft(page), { timeout: 10_000 }).not.toContain('petrova');
    expect(await storedDraft(page)).toContain('responsible: [spiridonova, bushina]');
  });

  it('shows a numbered list in a cell as its lines, 1) and 2), and takes it back edited', async () => {
    const { page } = await openStudioPage();
    await waitForBuild(page);
    const plan = sample
      .replace(
        '        result: Создание организационных и содержательных условий для реализации программы наставничества',
        '        result: { numbered: [платформа;, инструкция пользователя] }',
      )
      .replace(
        /( {12}result: )Информирование аудитории через целевые медиа.*$/m,
        '$1"Аналитическая\u00A0справка по\u00A0итогам диагностики;\tПроведены\tродительские собрания"',
      );
    await replaceText(page, plan);
    await waitForBuild(page);
    await page.getByTestId('rows-toggle').click();
    const result = page.getByTestId('rows-row').first().locator('[data-column=result]');
    expect(await result.inputValue()).toBe('1) платформа;\n2) инструкция пользователя');
    expect(await result.getAttribute('readonly')).toBeNull();
    await result.click();
    await page.keyboard.press('Control+End');
    await page.keyboard.press('Shift+Enter');
    await page.keyboard.type('3) видеоурок');
    await page.keyboard.press('Enter');
    await expect
      .poll(() => storedDraft(page), { timeout: 10_000 })
      .toContain('result: { numbered: [платформа;, инструкция пользователя, видеоурок] }');
    await builtIn(page, 'ready');
    // A no-break space and a tab pasted from Word: shown as spaces, the words whole at 1024 pixels.
    const pasted = page.getByTestId('rows-row').nth(1).locator('[data-column=result]');
    expect(await pasted.inputValue()).toBe(
      'Аналитическая справка по итогам диагностики; Проведены родительские собрания',
    );
    for (const [width, height] of [
      [1024, 768],
      [1366, 768],
    ] as const) {
      await page.setViewportSize({ width, height });
      expect((await readTable(page)).broken).toEqual([]);
      await page.screenshot({ path: join(review, `rows-numbered-${width}.png`) });
    }
  });
});
