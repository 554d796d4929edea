import { z } from 'zod';
import { text } from '../../messages.js';
import { dateOrBlankSchema, dateSchema } from './common.js';

const protocolSchema = z
  .strictObject({
    date: dateSchema,
    number: z.union([z.string(), z.number().transform(String)]).meta({ description: 'Номер протокола' }),
  })
  .meta({ description: 'Протокол заседания: { date: 2023-08-30, number: "1" }' });

const byPersonSchema = z.strictObject({
  by: z.string().optional().meta({
    description:
      'Кто утверждает: ключ из people (подпись «Г.В. Алейкина») или текст «Должность И.О. Фамилия»; по умолчанию organization.head',
  }),
  date: dateOrBlankSchema.optional(),
});

const byOrderSchema = z.strictObject({
  order: z.string().meta({ description: 'id приказа из documents, которым утверждён документ' }),
});

const byCouncilSchema = z.strictObject({
  council: z.string().meta({
    description: 'Коллегиальный орган в родительном падеже: «педагогического совета»',
  }),
  protocol: protocolSchema.optional(),
});

/** The approval stamp (гриф утверждения), top right of the first page: by a person, an order or a council. */
export const approvalSchema = z
  .union([byPersonSchema, byOrderSchema, byCouncilSchema], { error: () => text.stampForm })
  .meta({
    description:
      'Гриф утверждения (справа вверху): { by: aleykina, date: 2020-10-01 } | { order: id-приказа } | { council: педагогического совета, protocol: { date, number } }',
  });

const agreementWord = z.enum(['СОГЛАСОВАНО', 'ПРИНЯТО']).optional().meta({
  description: 'Слово грифа: СОГЛАСОВАНО (по умолчанию) или ПРИНЯТО (решение коллегиального органа)',
});

/** The agreement stamp (СОГЛАСОВАНО / ПРИНЯТО), top left, opposite the approval stamp. */
export const agreementSchema = z
  .union([byPersonSchema.extend({ word: agreementWord }), byCouncilSchema.extend({ word: agreementWord })], {
    error: () => text.agreementForm,
  })
  .meta({
    description:
      'Гриф согласования (слева вверху): { by: ключ или «Должность И.О. Фамилия», date } | { council, protocol }',
  });

export type Approval = z.infer<typeof approvalSchema>;
export type Agreement = z.infer<typeof agreementSchema>;
