import { type Block, type DocumentModel, documentSchema, type Section } from '../../../src/model/schema.js';

/** Small builders for hand-made document models; every model is validated by the real schema. */

export function text(
  value: string,
  style: 'body' | 'bodyPlain' | 'tableText' | 'tableHead' = 'tableText',
): Block {
  return { type: 'paragraph', style, children: [{ type: 'text', value }] };
}

export function cell(value: string, extra: Record<string, unknown> = {}) {
  return { children: [text(value)], ...extra };
}

export function makeDocument(sections: readonly Section[]): DocumentModel {
  return documentSchema.parse({
    type: 'document',
    meta: { title: 'Дорожная карта', createdAt: '2024-09-01T00:00:00Z' },
    sections,
  });
}

export function makeSection(children: readonly Block[], extra: Partial<Section> = {}): Section {
  return {
    type: 'section',
    orientation: 'portrait',
    pageNumbers: 'fromSecond',
    children: [...children],
    ...extra,
  };
}

const stages = ['Подготовительный этап', 'Основной этап', 'Заключительный этап'];
const months = ['сентябрь 2024 г.', 'октябрь 2024 г.', 'ноябрь 2024 г.', 'декабрь 2024 г.'];

/**
 * A roadmap as the templates will make it: a header row and a column-number row (both repeated), stage rows
 * merged across the table and kept with the next row, and «Ответственный» cells merged down three rows
 * (itemsPerStage must be a multiple of 3).
 */
export function makeRoadmap(itemsPerStage: number): Block {
  const header = {
    header: true,
    cells: ['№ п/п', 'Наименование мероприятия', 'Срок исполнения', 'Ответственный', 'Результат'].map(
      (v) => ({
        children: [text(v, 'tableHead')],
        valign: 'center',
      }),
    ),
  };
  const numbers = {
    header: true,
    cells: [1, 2, 3, 4, 5].map((n) => ({ children: [text(String(n), 'tableHead')] })),
  };
  const rows = stages.flatMap((stage, s) => [
    {
      keepNext: true,
      cells: [
        {
          colSpan: 5,
          children: [{ type: 'paragraph', style: 'stageRow', children: [{ type: 'text', value: stage }] }],
        },
      ],
    },
    ...Array.from({ length: itemsPerStage }, (_, i) => {
      // itemsPerStage is a multiple of 3: every third row starts a three-row «Ответственный» cell.
      const merged = i % 3 === 0;
      const covered = !merged;
      return {
        cells: [
          cell(`${s + 1}.${i + 1}.`, { align: 'center' }),
          cell(
            `Мероприятие ${s + 1}.${i + 1}: проведение семинара для педагогических работников по теме инновационного проекта`,
          ),
          cell(months[i % months.length] ?? '', { align: 'center' }),
          ...(covered
            ? []
            : [
                cell(
                  'Заместитель директора по УМР Смирнова Е.А.',
                  merged ? { rowSpan: 3, valign: 'center' } : {},
                ),
              ]),
          cell('Протокол, методические материалы'),
        ],
      };
    }),
  ]);
  return {
    type: 'table',
    borders: 'grid',
    widths: [{ mm: 15 }, { fr: 3 }, { mm: 35 }, { fr: 1.5 }, { fr: 1.5 }],
    rows: [header, numbers, ...rows],
  } as Block;
}
