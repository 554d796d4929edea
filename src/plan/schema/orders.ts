import { z } from 'zod';
import { text } from '../../messages.js';
import { dateSchema, documentNumberSchema, keyPattern, textSchema } from './common.js';

/** An order that already exists and is not built from the plan: stamps and appendix marks cite it. */
const existingOrderSchema = z
  .strictObject({
    number: documentNumberSchema.meta({ description: 'Номер приказа: 27-од' }),
    date: dateSchema,
    issuer: textSchema.optional().meta({
      description:
        'Кто издал, в родительном падеже: «Министерства образования Забайкальского края»; по умолчанию своя организация',
    }),
  })
  .meta({ description: 'Изданный приказ: { number: 27-од, date: 11.03.2024 }' });

/** `orders:` — id → an order that exists outside the plan (FORMAT.md, «Additions»). */
export const ordersSchema = z
  .record(z.string().regex(keyPattern, { error: text.orderKeyFormat }), existingOrderSchema)
  .meta({
    description:
      'Приказы, которые уже изданы и в пакет не входят: id → { number, date }; на них ссылаются approval: { order } и appendix_to',
  });

/** `appendix_to:` — the document is an appendix to an order of `orders:`. */
export const appendixToSchema = z
  .strictObject({
    order: z.string().meta({ description: 'id приказа из orders' }),
    number: z
      .union([z.int().min(1), z.string().min(1)])
      .optional()
      .meta({ description: 'Номер приложения: 1, 2 …; без него — «Приложение» без номера' }),
  })
  .meta({ description: 'Приложение к изданному приказу: { order: prikaz-27, number: 2 }' });

export type ExistingOrder = z.infer<typeof existingOrderSchema>;
