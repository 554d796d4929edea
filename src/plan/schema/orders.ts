import { z } from 'zod';
import { actKinds } from '../../language/act-kinds.js';
import { text } from '../../messages.js';
import { dateSchema, documentNumberSchema, keyPattern, textSchema } from './common.js';

/** An act that already exists and is not built from the plan: stamps and appendix marks cite it. */
const existingOrderSchema = z
  .strictObject({
    kind: z.enum(actKinds).optional().meta({
      description:
        'Вид акта: приказ (по умолчанию), распоряжение, постановление, решение, указ — «УТВЕРЖДЕНО распоряжением …», «Приложение 2 к распоряжению …»',
    }),
    number: documentNumberSchema.meta({ description: 'Номер: 27-од, 1543-р' }),
    date: dateSchema,
    issuer: textSchema.optional().meta({
      description:
        'Кто издал, в родительном падеже: «Министерства образования Забайкальского края»; по умолчанию своя организация',
    }),
  })
  .meta({ description: 'Изданный приказ (распоряжение …): { number: 27-од, date: 11.03.2024 }' });

/** `orders:` — id → an order (or another act) that exists outside the plan (FORMAT.md, «Additions»). */
export const ordersSchema = z
  .record(z.string().regex(keyPattern, { error: text.orderKeyFormat }), existingOrderSchema)
  .meta({
    description:
      'Приказы (распоряжения, постановления), которые уже изданы и в пакет не входят: id → { kind, number, date, issuer }; на них ссылаются approval: { order } и appendix_to',
  });

/** `appendix_to:` — the document is an appendix to an act of `orders:`, or to the application it goes with. */
export const appendixToSchema = z
  .strictObject({
    order: z.string().optional().meta({ description: 'id приказа (распоряжения …) из orders' }),
    application: z
      .union([z.boolean(), textSchema])
      .refine((value): value is true | string => value !== false, { error: text.applicationForm })
      .optional()
      .meta({
        description:
          'Приложение к заявке: true — «Приложение N к заявке»; текст — что идёт за словами «к заявке»: «на присвоение статуса региональной инновационной площадки»',
      }),
    number: z
      .union([z.int().min(1), z.string().min(1)])
      .optional()
      .meta({ description: 'Номер приложения: 1, 2 …; без него — «Приложение» без номера' }),
  })
  .meta({
    description:
      'Приложение к изданному приказу или к заявке: { order: prikaz-27, number: 2 } | { application: true, number: 1 }',
  });

export type ExistingOrder = z.infer<typeof existingOrderSchema>;
