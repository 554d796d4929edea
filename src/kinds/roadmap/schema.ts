import { z } from 'zod';
import { textBlockSchema } from '../../plan/schema/blocks.js';
import {
  cellSchema,
  cellValueSchema,
  personRefsSchema,
  requiredText,
  textSchema,
} from '../../plan/schema/common.js';
import { documentBaseShape } from '../../plan/schema/document-base.js';
import { termSchema } from '../../plan/schema/term.js';
import { standardColumnKeys } from './columns.js';

const standardColumnSchema = z.enum(standardColumnKeys).meta({
  description:
    'Стандартный столбец: number «№ п/п», stage «Этап», activity «Наименование мероприятия», goal «Цель», result «Ключевой результат», term «Сроки», evidence «Документ, закрепляющий результат», responsible «Ответственный», report «Форма отчетности»',
});

const customColumnSchema = z.strictObject({
  key: z
    .string()
    .regex(/^[a-z][a-z0-9_]*$/)
    .meta({ description: 'Ключ столбца латиницей; пункты плана задают значение под этим ключом' }),
  title: textSchema.meta({ description: 'Заголовок столбца' }),
});

/** A roadmap item; custom columns add their own keys, so unknown keys are checked against `columns` later. */
export type RoadmapItem = {
  activity?: string | undefined;
  goal?: CellValue | undefined;
  result?: CellValue | undefined;
  evidence?: CellValue | undefined;
  report?: CellValue | undefined;
  term?: z.infer<typeof termSchema> | undefined;
  responsible?: string | string[] | undefined;
  items?: RoadmapItem[] | undefined;
  [custom: string]: unknown;
};
type CellValue = z.infer<typeof cellValueSchema>;

export const roadmapItemSchema: z.ZodType<RoadmapItem> = z.lazy(() =>
  z
    .object({
      activity: cellSchema('activity').optional().meta({ description: 'Наименование мероприятия' }),
      goal: cellValueSchema.optional().meta({ description: 'Цель' }),
      result: cellValueSchema.optional().meta({ description: 'Ключевой (ожидаемый) результат' }),
      term: termSchema.optional(),
      evidence: cellValueSchema.optional().meta({ description: 'Документ, закрепляющий результат' }),
      responsible: personRefsSchema.optional(),
      report: cellValueSchema.optional().meta({ description: 'Форма отчетности' }),
      items: z
        .array(roadmapItemSchema)
        .optional()
        .meta({ description: 'Вложенные пункты: 1.1, 1.2, 1.1.1 …' }),
    })
    // Custom columns add keys of their own; they are checked against `columns` in check.ts.
    .catchall(z.unknown()),
) as z.ZodType<RoadmapItem>;

const stageSchema = z.strictObject({
  title: requiredText('stageTitle').meta({ description: 'Название этапа: «Аналитико-концептуальный»' }),
  term: termSchema.optional(),
  items: z.array(roadmapItemSchema).min(1).meta({ description: 'Мероприятия этапа' }),
});

/** The table part of a roadmap; also embeddable in a free document (`- roadmap: {…}`). */
export const roadmapTableShape = {
  columns: z
    .array(z.union([standardColumnSchema, customColumnSchema]))
    .min(1)
    .optional()
    .meta({
      description: 'Столбцы таблицы по порядку; по умолчанию [number, activity, term, responsible, result]',
    }),
  column_titles: z
    .record(z.string(), textSchema)
    .optional()
    .meta({ description: 'Свои заголовки столбцов: { evidence: Документы, закрепляющие результат }' }),
  column_numbers: z
    .boolean()
    .optional()
    .meta({ description: 'Строка «1 2 3 …» под шапкой, повторяется на каждой странице' }),
  numbering: z.enum(['items', 'stages', 'restart', 'continuous']).optional().meta({
    description:
      'items — нумеровать мероприятия, в этапах с номером этапа: 1.1, 1.2 … 2.1 (по умолчанию); stages — нумеровать только этапы; restart — мероприятия заново в каждом этапе: 1., 2.; continuous — мероприятия сквозь все этапы: 1., 2., 3. в первом, 4. во втором',
  }),
  number_style: z.enum(['mixed', 'dots', 'bare']).optional().meta({
    description: 'Вид номеров: mixed — «1.», «1.1» (по умолчанию); dots — «1.», «1.1.»; bare — «1», «1.1»',
  }),
  items: z.array(roadmapItemSchema).min(1).optional().meta({ description: 'Мероприятия (1, 1.1, 1.1.1 …)' }),
  stage_layout: z.enum(['rows', 'column']).optional().meta({
    description: 'rows — строка этапа во всю ширину; column — столбец «Этап», объединённый по мероприятиям',
  }),
  stage_word: z.boolean().optional().meta({
    description:
      'Слово «этап» в названии этапа (в строке, в столбце «Этап» и в плане-графике по этой карте): не указано — только после названия этапа («Подготовительный этап»); true — всегда; false — никогда',
  }),
  stages: z
    .array(stageSchema)
    .min(1)
    .optional()
    .meta({ description: 'Этапы с мероприятиями (вместо items)' }),
};

export const roadmapSchema = z
  .strictObject({
    type: z.literal('roadmap').meta({ description: 'Дорожная карта / план мероприятий / календарный план' }),
    ...documentBaseShape,
    show_organization: z.enum(['full', 'short', 'both']).optional().meta({
      description:
        'Наименование организации над заголовком: full — полное, short — краткое, both — полное и под ним краткое в скобках',
    }),
    intro: z
      .array(textBlockSchema)
      .optional()
      .meta({ description: 'Текст над таблицей: heading, paragraph, list, numbered' }),
    ...roadmapTableShape,
  })
  .meta({ description: 'Дорожная карта (план мероприятий, календарный план)' });

export type Roadmap = z.infer<typeof roadmapSchema>;
export type RoadmapTable = Pick<Roadmap, keyof typeof roadmapTableShape>;
export type RoadmapStage = z.infer<typeof stageSchema>;
