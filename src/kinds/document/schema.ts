import { z } from 'zod';
import { acquaintanceSchema } from '../../plan/schema/acquaintance.js';
import { textBlockSchema } from '../../plan/schema/blocks.js';
import { textSchema } from '../../plan/schema/common.js';
import { documentBaseShape } from '../../plan/schema/document-base.js';
import { roadmapTableShape } from '../roadmap/schema.js';

/** A cell of a plain table: text, a list, or text spanning rows/columns (covered cells are omitted, as in HTML). */
const tableCellSchema = z.union([
  textSchema,
  z.array(textSchema).meta({ description: 'Список в ячейке' }),
  z.strictObject({ numbered: z.array(textSchema).meta({ description: 'Нумерованный список в ячейке' }) }),
  z.strictObject({
    text: z.union([textSchema, z.array(textSchema)]).meta({ description: 'Текст ячейки (или список)' }),
    rowspan: z.int().min(1).optional().meta({ description: 'Сколько строк занимает ячейка' }),
    colspan: z.int().min(1).optional().meta({ description: 'Сколько столбцов занимает ячейка' }),
  }),
]);

export const plainTableSchema = z.strictObject({
  columns: z.array(textSchema).min(1).meta({ description: 'Заголовки столбцов' }),
  widths: z
    .array(z.number().positive())
    .optional()
    .meta({ description: 'Относительные ширины столбцов: [1, 3, 1]; по умолчанию равные' }),
  rows: z.array(z.array(tableCellSchema)).meta({ description: 'Строки: списки ячеек' }),
});

const bodyBlockSchema = z.union([
  textBlockSchema,
  z.strictObject({ table: plainTableSchema.meta({ description: 'Таблица: columns и rows' }) }),
  z.strictObject({
    roadmap: z.strictObject(roadmapTableShape).meta({ description: 'Таблица дорожной карты' }),
  }),
]);

export const freeDocumentSchema = z
  .strictObject({
    type: z
      .literal('document')
      .meta({ description: 'Свободный документ: текст программы, план с разделами' }),
    ...documentBaseShape,
    contents: z.boolean().optional().meta({
      description:
        'Содержание после заголовка: заголовки разделов (heading) с номерами страниц, с новой страницы — текст',
    }),
    body: z
      .array(bodyBlockSchema)
      .min(1)
      .meta({ description: 'Блоки: heading, paragraph, list, numbered, table, roadmap' }),
    acquaintance: acquaintanceSchema.optional(),
  })
  .meta({ description: 'Свободный документ из блоков' });

export type FreeDocument = z.infer<typeof freeDocumentSchema>;
export type BodyBlock = z.infer<typeof bodyBlockSchema>;
export type PlainTable = z.infer<typeof plainTableSchema>;
