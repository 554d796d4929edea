import { describe, expect, it } from 'vitest';
import { importText } from '../../src/messages.js';
import { importGenerated, writeTable } from './_generated-docx.js';

describe('import of a stage number typed in the stage cell', () => {
  it('drops a Roman or Arabic number from a stage column, as gramota numbers the stages itself', async () => {
    const { plan, yaml, text } = await importGenerated([
      writeTable([
        ['Этап', '№', 'Содержание деятельности', 'Сроки реализации'],
        [
          { text: 'I. Организационный\n(сентябрь 2025 г.)', merge: 'restart' },
          '1.1',
          'Создание рабочей группы',
          '01.09.2025',
        ],
        [{ text: '', merge: 'continue' }, '1.2', 'Анализ кадрового обеспечения', 'до 15.09.2025'],
        [{ text: '2) Внедренческий', merge: 'restart' }, '2.1', 'Повышение квалификации', 'октябрь 2025 г.'],
      ]),
    ]);
    expect(plan.documents[0]).toMatchObject({
      stage_layout: 'column',
      stages: [
        { title: 'Организационный', term: '2025-09' },
        { title: 'Внедренческий', items: [{ activity: 'Повышение квалификации' }] },
      ],
    });
    // The Roman number is noted, as gramota prints «1.» in its place; the Arabic one is the same as before.
    expect(yaml).toContain(`# импорт: ${importText.stageNumbered(1)}`);
    expect(yaml).not.toContain(importText.stageNumbered(2));
    expect(text.slice(-3)).toEqual([
      '1. Организационный (сентябрь 2025 г.) ↓2 | 1.1 | Создание рабочей группы | 01.09.2025',
      '1.2 | Анализ кадрового обеспечения | до 15.09.2025',
      '2. Внедренческий | 2.1 | Повышение квалификации | октябрь 2025 г.',
    ]);
  });

  it('keeps a stage column’s titles as the document has them: «Организационный» stays without «этап»', async () => {
    const table = (stage: string) =>
      writeTable([
        ['Этап', '№', 'Содержание деятельности'],
        [{ text: stage, merge: 'restart' }, '1.1', 'Создание рабочей группы'],
        [{ text: '', merge: 'continue' }, '1.2', 'Анализ кадрового обеспечения'],
      ]);
    const bare = await importGenerated([table('1. Организационный')]);
    expect(bare.plan.documents[0]).toMatchObject({ stage_layout: 'column', stage_word: false });
    expect(bare.text.at(-2)).toBe('1. Организационный ↓2 | 1.1 | Создание рабочей группы');
    const named = await importGenerated([table('1. Организационный этап')]);
    expect(named.plan.documents[0]).not.toHaveProperty('stage_word');
  });

  it('keeps «этап» that goes with a typed number: «I этап. Подготовительный» is printed «1. Подготовительный этап»', async () => {
    // Trial 10: the word went with the Roman number and the title, «Подготовительный», read as a stage named without
    // it, so stage_word: false printed «1. Подготовительный».
    const { plan, text } = await importGenerated([
      writeTable([
        ['№ п/п', 'Этап', 'Наименование мероприятия'],
        [
          '1.1.',
          { text: 'I этап. Подготовительный (сентябрь-октябрь 2025 г.)', merge: 'restart' },
          'Создание рабочей группы',
        ],
        ['1.2.', { text: '', merge: 'continue' }, 'Анализ материально-технической базы'],
        ['2.1.', { text: 'II этап. Основной', merge: 'restart' }, 'Обучение педагогов'],
      ]),
    ]);
    expect(plan.documents[0]).toMatchObject({
      stage_layout: 'column',
      stages: [
        { title: 'Подготовительный', term: { from: '2025-09', to: '2025-10' } },
        { title: 'Основной' },
      ],
    });
    expect(plan.documents[0]).not.toHaveProperty('stage_word');
    expect(text.filter((line) => line.includes('этап'))).toEqual([
      '1.1 | 1. Подготовительный этап (сентябрь – октябрь 2025 г.) ↓2 | Создание рабочей группы',
      '2.1 | 2. Основной этап | Обучение педагогов',
    ]);
  });
});

describe('import of a stage label that says «Этап 1.» after the № cell', () => {
  it('keeps the name alone, so the rebuilt row reads «1. Организационный этап», not «1. Этап 1. …»', async () => {
    const { plan, text } = await importGenerated([
      writeTable([
        ['№', 'Наименование мероприятия', 'Срок исполнения', 'Ответственные'],
        ['1.', { text: 'Этап 1. Организационно-подготовительный (январь – март 2025 г.)', span: 3 }],
        ['1.1.', 'Анализ цифровой среды', 'январь 2025 г.', 'Захарова Л.М.'],
        ['2.', { text: 'Этап 2: внедрение цифровых сервисов', span: 3 }],
        ['2.1.', 'Курсы повышения квалификации', 'апрель 2025 г.', 'Захарова Л.М.'],
        ['3.', { text: 'Этап 3. Обобщающий (июнь 2025 г.)', span: 3 }],
        ['3.1.', 'Подведение итогов', 'июнь 2025 г.', 'Захарова Л.М.'],
      ]),
    ]);
    expect(plan.documents[0]).toMatchObject({
      stages: [
        { title: 'Организационно-подготовительный', term: { from: '2025-01', to: '2025-03' } },
        { title: 'Внедрение цифровых сервисов' },
        // One month in brackets is the stage's term too, not a part of its name.
        { title: 'Обобщающий', term: '2025-06' },
      ],
    });
    const rows = text.filter((line) => /^\d\. /.test(line));
    expect(rows).toEqual([
      '1. Организационно-подготовительный этап (январь – март 2025 г.) →4',
      '2. Внедрение цифровых сервисов →4',
      '3. Обобщающий этап (июнь 2025 г.) →4',
    ]);
  });

  it('takes «Этап 1.» and «II этап –» off a stage column too', async () => {
    const { plan } = await importGenerated([
      writeTable([
        ['Этап', '№', 'Содержание деятельности', 'Сроки реализации'],
        [
          { text: 'Этап 1. Организационный', merge: 'restart' },
          '1.1',
          'Создание рабочей группы',
          '01.09.2025',
        ],
        [
          { text: 'II этап – внедренческий', merge: 'restart' },
          '2.1',
          'Повышение квалификации',
          'октябрь 2025 г.',
        ],
      ]),
    ]);
    expect(plan.documents[0]).toMatchObject({
      stages: [{ title: 'Организационный' }, { title: 'Внедренческий' }],
    });
  });
});

describe('import of an empty stage cell below a stage', () => {
  it('runs that stage on, as gramota joins the stage cell of a row broken below its stage (merge-joins.ts)', async () => {
    const { plan } = await importGenerated([
      writeTable([
        ['Этап', '№', 'Содержание деятельности', 'Сроки реализации'],
        [{ text: 'Организационный', merge: 'restart' }, '1.1', 'Создание рабочей группы', '01.09.2025'],
        [{ text: '', merge: 'continue' }, '1.2', 'Анализ кадрового обеспечения', 'до 15.09.2025'],
        ['', '1.3', 'Семинар для педагогов', 'октябрь 2025 г.'],
        [{ text: 'Внедренческий', merge: 'restart' }, '2.1', 'Повышение квалификации', 'ноябрь 2025 г.'],
      ]),
    ]);
    expect(plan.documents[0]).toMatchObject({
      stages: [
        { title: 'Организационный', items: [{}, {}, { activity: 'Семинар для педагогов' }] },
        { title: 'Внедренческий' },
      ],
    });
  });
});
