import { z } from 'zod';
import { text } from '../../messages.js';
import { dateSchema, protocolNumberSchema, stampDateSchema } from './common.js';

const protocolSchema = z
  .strictObject({
    date: dateSchema,
    number: protocolNumberSchema.meta({ description: 'Номер протокола' }),
  })
  .meta({ description: 'Протокол заседания: { date: 2023-08-30, number: "1" }' });

const byPersonSchema = z.strictObject({
  by: z.string().optional().meta({
    description:
      'Кто утверждает: ключ из people (подпись «Г.В. Алейкина») или текст «Должность И.О. Фамилия»; по умолчанию organization.head',
  }),
  date: stampDateSchema.optional(),
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

const agreementWord = z.enum(['СОГЛАСОВАНО', 'ПРИНЯТО', 'РАССМОТРЕНО', 'УЧТЕНО МНЕНИЕ']).optional().meta({
  description:
    'Слово грифа: СОГЛАСОВАНО (по умолчанию), ПРИНЯТО или РАССМОТРЕНО (на заседании коллегиального органа), УЧТЕНО МНЕНИЕ',
});

const oneAgreementSchema = z.union(
  [byPersonSchema.extend({ word: agreementWord }), byCouncilSchema.extend({ word: agreementWord })],
  { error: () => text.agreementForm },
);

/** The agreement stamps (СОГЛАСОВАНО, ПРИНЯТО, РАССМОТРЕНО, УЧТЕНО МНЕНИЕ), top left: one, or a list stacked. */
export const agreementSchema = z.union([oneAgreementSchema, z.array(oneAgreementSchema).min(1)]).meta({
  description:
    'Гриф согласования (слева вверху): { by: ключ или «Должность И.О. Фамилия», date } | { council, protocol }; несколько — списком',
});

export type Approval = z.infer<typeof approvalSchema>;
export type Agreement = z.infer<typeof oneAgreementSchema>;
export type Agreements = z.infer<typeof agreementSchema>;
