import { z } from 'zod';
import { text } from '../../messages.js';
import { textBlockSchema } from '../../plan/schema/blocks.js';
import { listItemSchema, requiredText, textSchema } from '../../plan/schema/common.js';
import { documentBaseShape } from '../../plan/schema/document-base.js';

const rowSchema = z.strictObject({
  label: requiredText('passportLabel').meta({ description: 'Левый столбец: название раздела паспорта' }),
  value: z
    .union([
      textSchema,
      z.array(listItemSchema).meta({ description: 'Список («–»)' }),
      z.array(textBlockSchema).meta({ description: 'Блоки: heading, paragraph, list, numbered' }),
    ])
    .meta({ description: 'Содержание: текст, список строк или блоки' }),
});

export const passportSchema = z
  .strictObject({
    type: z.literal('passport').meta({ description: 'Паспорт проекта / информационная карта' }),
    ...documentBaseShape,
    columns: z
      .tuple([textSchema, textSchema], {
        error: (issue) =>
          issue.code === 'too_big' || issue.code === 'too_small' ? text.passportColumns : undefined,
      })
      .optional()
      .meta({ description: 'Шапка таблицы: [Наименование раздела, Содержание]; без неё таблица без шапки' }),
    rows: z.array(rowSchema).min(1).meta({ description: 'Строки паспорта: label и value' }),
  })
  .meta({ description: 'Паспорт проекта: таблица из двух столбцов' });

export type Passport = z.infer<typeof passportSchema>;
export type PassportRow = z.infer<typeof rowSchema>;
