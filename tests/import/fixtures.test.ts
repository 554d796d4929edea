import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildModels } from '../../src/generate.js';
import { importDocx } from '../../src/import/import-docx.js';
import { importText } from '../../src/messages.js';
import type { DocumentModel, Paragraph } from '../../src/model/schema.js';
import { styles } from '../../src/model/styles.js';
import { assemblePackage } from '../../src/package/assemble.js';
import { parsePlan } from '../../src/plan/parse-plan.js';
import type { Plan } from '../../src/plan/schema/plan.js';
import { runCaptured } from '../_fixtures/run-captured.js';
import { toModelText } from './_model-text.js';

/** DOCX made by other producers (python-docx, LibreOffice from HTML); how — fixtures/README.md. */
const fixtures = join(import.meta.dirname, 'fixtures');

function importFixture(name: string): { plan: Plan; text: string[]; yaml: string; model: DocumentModel } {
  const { yaml, problems } = importDocx(readFileSync(join(fixtures, name)), name);
  expect(problems).toEqual([]);
  const plan = parsePlan(yaml, 'imported.yaml');
  const [built] = buildModels(plan, { createdAt: new Date('2022-01-01T00:00:00Z') });
  return { plan, text: toModelText(built!.model), yaml, model: built!.model };
}

/** How a paragraph of a built document that opens with `start` stands: its alignment and first-line indent. */
function findPlacing(
  model: DocumentModel,
  start: string,
): { align: string; firstLineMm: number } | undefined {
  const found = model.sections
    .flatMap((s) => s.children)
    .find(
      (b): b is Paragraph =>
        b.type === 'paragraph' && b.children.some((c) => c.type === 'text' && c.value.startsWith(start)),
    );
  const style = found && styles[found.style];
  return found && style && { align: found.align ?? style.align, firstLineMm: style.firstLineMm };
}

/** The rows of the rebuilt roadmap table after its header: «number | activity | …», stage rows and merges. */
const rowsAfter = (text: string[], header: string) => text.slice(text.indexOf(header) + 1);

describe('import of DOCX from other producers', () => {
  it('python-docx: Word automatic multi-level numbers → nested items; approval in a borderless table', () => {
    const { plan, text } = importFixture('auto-numbering.docx');
    expect(
      rowsAfter(text, '№ п/п | Мероприятие | Срок исполнения | Ответственные | Форма отчётности'),
    ).toEqual([
      '1. | Подготовка нормативной базы | сентябрь – октябрь 2021 г. | Петрова И.И. | Приказ',
      '1.1 | Разработка положения о воспитательной работе | до 01.10.2021 | Сидоров П.П. | – Положение / – Протокол педсовета',
      '1.2 | Согласование с советом родителей | 15.10.2021 | Петрова И.И., Классные руководители | Протокол',
      // A soft hyphen and a no-break space in the source; a content control around the row after it.
      '1.2.1 | Сбор предложений родителей | октябрь 2021 г. | Классные руководители | Анкеты',
      '2. | Проведение мероприятий | ежегодно | Сидоров П.П. | Отчёт',
      '2.1 | Дни здоровья | в течение года | Учителя физкультуры | Фотоотчёт',
      // gridBefore: the row has no № cell, its cells stay under their own titles.
      '3. | Итоговый педсовет | май 2022 г. | Петрова И.И. | Протокол',
    ]);
    const [doc] = plan.documents;
    expect(doc).toMatchObject({ type: 'roadmap', approval: { by: 'petrova', date: '2021-09-01' } });
    // «Директор МБОУ «СОШ № 5»»: the position, and the organization's short name the stamp adds to it again.
    expect(plan.people?.petrova).toEqual({ name: 'И.И. Петрова', position: 'Директор' });
    expect(plan.organization.short_name).toBe('МБОУ «СОШ № 5»');
    expect(text[0]).toBe(
      ' |  | УТВЕРЖДАЮ / Директор МБОУ «СОШ № 5» / ____________ И.И. Петрова / 01.09.2021',
    );
  });

  it('python-docx: stage rows merged across (gridSpan), typed numbers, a table split by hand → one table', () => {
    const { plan, text, yaml } = importFixture('stage-rows.docx');
    expect(rowsAfter(text, '1 | 2 | 3 | 4 | 5')).toEqual([
      '1. Подготовительный этап (сентябрь – октябрь 2021 г.) →5',
      '1.1 | Создание рабочей группы | 01.09.2021 | Иванова А.А. | Приказ',
      '1.2 | Анкетирование педагогов | сентябрь 2021 г. | Петров Б.Б. | Справка',
      '1.3 | Обучение наставников | октябрь 2021 г. | Иванова А.А. | Сертификаты',
      '2. Основной этап (ноябрь 2021 г. – май 2022 г.) →5',
      '2.1 | Работа наставнических пар | весь период | Наставники | Планы',
      '2.1.1 | Встречи пар | ежемесячно | Наставники | Журнал',
    ]);
    expect(plan.documents[0]).toMatchObject({
      column_numbers: true,
      stages: [{ term: { from: '2021-09', to: '2021-10' } }, {}],
    });
    expect(yaml).toContain(`# импорт: ${importText.continuedTable}`);
  });

  it('python-docx: a stage column merged down by vMerge, continued by <w:vMerge/> without a value', () => {
    const { plan, text } = importFixture('stage-column.docx');
    expect(rowsAfter(text, '№ п/п | Этап | Содержание работ | Срок | Результат')).toEqual([
      '1. | 1. Аналитический (март – май 2022 г.) ↓2 | Анализ ресурсов | март 2022 г. | Справка',
      '2. | Разработка программы | апрель – май 2022 г. | Программа',
      '1. | 2. Внедренческий (июнь – декабрь 2022 г.) ↓3 | Стажировки | июнь 2022 г. | Отчёт',
      '2. | Семинары | осенью | Материалы',
      '3. | Конференция | декабрь 2022 г. | Сборник',
    ]);
    expect(plan.documents[0]).toMatchObject({ stage_layout: 'column' });
  });

  it('python-docx: an order of paragraphs, date and number on one line by tabs', () => {
    const { plan, text } = importFixture('order-paragraphs.docx');
    expect(plan.organization).toEqual({
      name: 'Муниципальное бюджетное общеобразовательное учреждение «Средняя общеобразовательная школа № 5»',
      city: 'Самара',
    });
    expect(plan.documents[0]).toEqual({
      type: 'order',
      id: 'order-1',
      date: '2021-09-01',
      number: '123-о',
      title: 'О реализации программы воспитания',
      preamble:
        'В соответствии с Федеральным законом от 29.12.2012 № 273-ФЗ «Об образовании в Российской Федерации»',
      clauses: [
        'Утвердить план мероприятий по реализации программы воспитания.',
        {
          text: 'Классным руководителям:',
          clauses: [
            'Провести классные часы.',
            { text: 'Представить отчёты.', term: { until: '2021-10-15' } },
          ],
        },
        {
          text: 'Назначить ответственной за исполнение плана заместителя директора Петрову И.И.',
          responsible: 'petrova',
        },
      ],
      signer: 'petrova',
    });
    expect(text).toContain('#.# Контроль за исполнением настоящего приказа оставляю за собой.');
    expect(text).toContain('Директор И.И. Петрова');
  });

  it('python-docx: a regulation, «ПОЛОЖЕНИЕ» and «о …» in two paragraphs, one Word outline for sections and clauses', () => {
    const { plan, text } = importFixture('regulation.docx');
    expect(plan.documents[0]).toMatchObject({
      type: 'regulation',
      title: 'Положение о методическом совете',
      agreement: { by: 'Председатель профкома Н.Н. Орлова', date: '2022-08-30' },
    });
    expect(text).toEqual([
      'СОГЛАСОВАНО / Председатель профкома / ____________ Н.Н. Орлова / 30.08.2022 |  | ',
      'ПОЛОЖЕНИЕ о методическом совете',
      '#.# Общие положения',
      '#.# Методический совет создаётся для руководства методической работой.',
      '#.# Совет руководствуется:',
      '– Федеральным законом «Об образовании в Российской Федерации»;',
      '– уставом школы.',
      '#.# Задачи совета',
      '#.# Совет решает следующие задачи:',
      '#.# планирует методическую работу;',
      '#.# организует повышение квалификации.',
    ]);
  });

  it("python-docx: an appendix on the next page by a page break, not a section break, is the order's appendix", () => {
    const { yaml } = importDocx(
      readFileSync(join(fixtures, 'order-with-appendix.docx')),
      'order-with-appendix.docx',
    );
    const plan = parsePlan(yaml, 'imported.yaml');
    expect(plan.organization.short_name).toBe('МБОУ «СОШ № 5»');
    expect(plan.documents.map((d) => [d.type, d.id])).toEqual([
      ['order', 'order-1'],
      ['roadmap', 'appendix-1'],
    ]);
    expect(plan.documents[0]).toMatchObject({ number: '124-о', appendices: ['appendix-1'] });
    const [order] = assemblePackage(plan, buildModels(plan, { createdAt: new Date('2022-01-01T00:00:00Z') }));
    const text = toModelText(order!.model);
    // «Утвердить план мероприятий (приложение 1).» approves it: the stamp, not the mark «Приложение к приказу»
    expect(text).toContain(' |  | УТВЕРЖДЕН / приказом МБОУ «СОШ № 5» / от 01.09.2021 № 124-о');
    expect(rowsAfter(text, '№ | Мероприятие | Срок')).toEqual([
      '1. | Линейка | 01.09.2021',
      '2. | Классные часы | сентябрь 2021 г.',
    ]);
  });

  it('LibreOffice (HTML → DOCX): a stage column by rowspan, cell borders, a bulleted list in a cell', () => {
    const { plan, text } = importFixture('libreoffice-roadmap.docx');
    expect(
      rowsAfter(text, '№ п/п | Этап | Мероприятия | Сроки реализации | Ответственный исполнитель'),
    ).toEqual([
      '1. | 1. Организационный (август 2022 г.) ↓2 | Создание рабочей группы | до 20.08.2022 | Ким О.Л.',
      '2. | Изучение ФОП ДО – на педсовете – на семинаре | август 2022 г. | Лебедева Т.С.',
      '1. | 2. Основной (сентябрь 2022 г. – май 2023 г.) ↓3 | Разработка ОП ДО | сентябрь – октябрь 2022 г. | Лебедева Т.С., творческая группа',
      '2. | Консультации для педагогов | ежемесячно | Лебедева Т.С.',
      '3. | Мониторинг | май 2023 г. | Ким О.Л.',
    ]);
    expect(plan.documents[0]).toMatchObject({ approval: { by: 'kim', date: '2022-08-15' } });
  });

  it('LibreOffice (HTML → DOCX): a calendar plan «Этап | Наименование работ | …» is a roadmap with a stage column', () => {
    const { plan, text } = importFixture('libreoffice-calplan.docx');
    expect(plan.organization.name).toBe('МБОУ «Средняя общеобразовательная школа № 12» г.о. Сызрань');
    expect(plan.documents[0]).toMatchObject({
      type: 'roadmap',
      title: 'Календарный план реализации инновационного проекта «Школа функциональной грамотности»',
      stage_layout: 'column',
      numbering: 'stages',
      stage_word: false,
    });
    const roadmap = plan.documents[0] as { stages: { title: string; items: { term?: unknown }[] }[] };
    expect(roadmap.stages.map((s) => s.title)).toEqual([
      'Аналитико-концептуальный',
      'Внедренческий',
      'Рефлексивно-аналитический',
    ]);
    expect(roadmap.stages[1]!.items[0]!.term).toEqual({ from: '2026-09', to: '2027-04' });
    expect(text[0]).toBe(
      'Календарный план реализации инновационного проекта «Школа функциональной грамотности»',
    );
  });

  it('LibreOffice (HTML → DOCX): the lines under a calendar plan’s title print as there, with no first-line indent', () => {
    const { model } = importFixture('libreoffice-calplan.docx');
    expect(findPlacing(model, 'МБОУ')).toEqual({ align: 'center', firstLineMm: 0 });
    expect(findPlacing(model, 'Руководитель проекта')).toEqual({ align: 'left', firstLineMm: 0 });
  });

  it('LibreOffice (HTML → DOCX): an order with date and number in a borderless table, Word lists as clauses', () => {
    const { plan } = importFixture('libreoffice-order.docx');
    expect(plan.documents[0]).toMatchObject({
      type: 'order',
      date: '2022-08-30',
      number: '77-од',
      title: 'О создании рабочей группы',
      clauses: [
        'Создать рабочую группу в составе согласно приложению.',
        {
          text: 'Руководителю рабочей группы Орловой Е.А.:',
          clauses: ['Разработать план работы.', 'Провести первое заседание.'],
        },
      ],
      signer: 'sokolov',
    });
    expect(plan.people?.sokolov).toEqual({ name: 'В.В. Соколов', position: 'Директор' });
  });
});

const hasSoffice = spawnSync('soffice', ['--version'], { encoding: 'utf8' }).status === 0;

const runImport = (file: string, env: Record<string, string> = {}) =>
  runCaptured(fixtures, ['import', file], env);

describe('gramota import of .odt and .doc', () => {
  it.skipIf(!hasSoffice)(
    'converts a Word 97–2003 .doc with LibreOffice first',
    async () => {
      const { code, out } = await runImport('libreoffice-order.doc');
      expect(code).toBe(0);
      expect(out).toContain('number: 77-од');
    },
    120_000,
  );

  it('reads a .doc under the name .docx with LibreOffice, and says what it is without LibreOffice', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'gramota-import-doc-'));
    try {
      copyFileSync(join(fixtures, 'libreoffice-order.doc'), join(dir, 'prikaz.docx'));
      const without = await runCaptured(dir, ['import', 'prikaz.docx'], {
        GRAMOTA_SOFFICE: '/nonexistent/soffice',
      });
      expect(without).toEqual({ code: 1, out: '', err: `prikaz.docx: ${importText.oldWordFormat}\n` });
      if (hasSoffice)
        expect((await runCaptured(dir, ['import', 'prikaz.docx'])).out).toContain('number: 77-од');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 120_000);

  it.skipIf(!hasSoffice)(
    'converts the file with LibreOffice first',
    async () => {
      const { code, out } = await runImport('libreoffice-roadmap.odt');
      expect(code).toBe(0);
      expect(out).toContain('title: Дорожная карта внедрения ФОП ДО');
      expect(out).toContain('stage_layout: column');
    },
    120_000,
  );

  it('says how to go on when LibreOffice is not installed', async () => {
    const { code, out, err } = await runImport('libreoffice-roadmap.odt', {
      GRAMOTA_SOFFICE: '/nonexistent/soffice',
    });
    expect([code, out, err]).toEqual([1, '', `libreoffice-roadmap.odt: ${importText.noConverter('.odt')}\n`]);
  });
});
