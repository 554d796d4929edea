import { z } from 'zod';
import { listItemSchema, requiredText } from './common.js';

/** An item of a numbered list: a string, or a text with a nested list or numbered list. */
const numberedItemSchema = z.union([
  listItemSchema,
  z.strictObject({
    text: listItemSchema,
    get list() {
      return z
        .array(listItemSchema)
        .min(1)
        .optional()
        .meta({ description: 'Вложенный маркированный список' });
    },
    get numbered() {
      return z
        .array(numberedItemSchema)
        .min(1)
        .optional()
        .meta({ description: 'Вложенный нумерованный список' });
    },
  }),
]);

const alignSchema = z.enum(['left', 'center', 'right', 'justify']).meta({
  description: 'Выравнивание: left, center, right, justify (по умолчанию по ширине)',
});

/** Text blocks: `intro` of a roadmap, body of a free document, passport values (FORMAT.md). */
export const textBlockSchema = z.union([
  z.strictObject({ heading: requiredText('heading').meta({ description: 'Заголовок' }) }),
  z.strictObject({
    paragraph: requiredText('paragraph').meta({ description: 'Абзац' }),
    align: alignSchema.optional(),
  }),
  // An empty list prints nothing at all: a heading over it, or a clause ending with «:», would lead nowhere.
  z.strictObject({
    list: z.array(listItemSchema).min(1).meta({ description: 'Маркированный список («–»)' }),
  }),
  z.strictObject({
    numbered: z.array(numberedItemSchema).min(1).meta({ description: 'Нумерованный список' }),
  }),
]);

export type TextBlock = z.infer<typeof textBlockSchema>;
export type NumberedItem = z.infer<typeof numberedItemSchema>;
