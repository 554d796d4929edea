import { z } from 'zod';
import { text } from '../../messages.js';
import {
  dateOrBlankSchema,
  documentNumberSchema,
  listItemSchema,
  personRefsSchema,
  requiredText,
  textSchema,
} from '../../plan/schema/common.js';
import { documentBaseShape } from '../../plan/schema/document-base.js';
import { signatureSchema } from '../../plan/schema/electronic-signature.js';
import { termSchema } from '../../plan/schema/term.js';
import { visasSchema } from '../../plan/schema/visas.js';

/** A clause of an order: text, or text with a person, responsible people, a term, an approved document, sub-clauses. */
export type OrderClause =
  | string
  | {
      text?: string | undefined;
      approve?: string | undefined;
      title?: string | undefined;
      person?: string | undefined;
      responsible?: string | string[] | undefined;
      term?: z.infer<typeof termSchema> | undefined;
      list?: string[] | { numbered: string[] } | undefined;
      clauses?: OrderClause[] | undefined;
    };

export const orderClauseSchema: z.ZodType<OrderClause> = z.lazy(() =>
  z.union([
    requiredText('orderClause'),
    z.strictObject({
      text: requiredText('orderClause')
        .optional()
        .meta({ description: 'Текст пункта: «Обеспечить информирование коллектива …»' }),
      approve: z
        .string()
        .optional()
        .meta({ description: 'id утверждаемого документа: «Утвердить дорожную карту … (приложение 1).»' }),
      title: requiredText('orderClause').optional().meta({
        description:
          'С approve: название документа в пункте (винительный падеж), если оно не такое, как заголовок документа: «календарный план … на 2026–2027 годы»',
      }),
      person: z
        .string({ error: (issue) => (Array.isArray(issue.input) ? text.onePersonPerClause : undefined) })
        .optional()
        .meta({
          description:
            'Кого назначить: ключ из people; должность и имя склоняются («… заместителя директора … Спиридонову А.В.»)',
        }),
      responsible: personRefsSchema.optional(),
      term: termSchema.optional(),
      list: z
        .union([
          z
            .array(listItemSchema)
            .min(1)
            .meta({ description: 'Перечень через «–»: [наставников;, кураторов.]' }),
          z.strictObject({
            numbered: z
              .array(listItemSchema)
              .min(1)
              .meta({ description: 'Перечень «1)», «2)»: { numbered: [наставников;, кураторов.] }' }),
          }),
        ])
        .optional()
        .meta({
          description:
            'Перечень внутри пункта: список — через «–», { numbered: […] } — с номерами «1)», «2)» (не подпункты)',
        }),
      clauses: z.array(orderClauseSchema).optional().meta({ description: 'Подпункты: 2.1., 2.2. …' }),
    }),
  ]),
) as z.ZodType<OrderClause>;

export const orderSchema = z
  .strictObject({
    type: z.literal('order').meta({ description: 'Приказ' }),
    ...documentBaseShape,
    number: documentNumberSchema.meta({ description: 'Номер приказа: 45-о' }),
    date: dateOrBlankSchema,
    show_organization: z.enum(['full', 'both']).optional().meta({
      description:
        'Шапка: full — полное наименование организации (по умолчанию), both — под ним сокращённое в скобках: «(ГАПОУ «ЧПК»)»',
    }),
    preamble: textSchema
      .optional()
      .meta({ description: 'Констатирующая часть: «В соответствии с …, в целях …»' }),
    clauses: z
      .array(orderClauseSchema)
      .min(1)
      .meta({ description: 'Пункты приказа: 1., 2., вложенные 2.1.' }),
    control: z
      .string()
      // «сам», «за собой», «оставляю за собой»: what a user writes for self
      .transform((v) =>
        /^(?:сам[аи]?|себя|на себя|за собой|оставляю за собой)$/i.test(v.trim()) ? 'self' : v,
      )
      .optional()
      .meta({
        description:
          'Контроль: self (или «за собой») — «оставляю за собой» (по умолчанию) или ключ человека — «возложить на …»',
      }),
    signer: z
      .string()
      .optional()
      .meta({ description: 'Кто подписывает: ключ из people; по умолчанию organization.head' }),
    signature: signatureSchema.optional(),
    visas: visasSchema.optional(),
    acquainted: z.array(z.string()).optional().meta({ description: 'С приказом ознакомлены: ключи людей' }),
    appendices: z.array(z.string()).optional().meta({
      description: 'id документов-приложений: идут за приказом с отметкой «Приложение N к приказу …»',
    }),
  })
  .meta({ description: 'Приказ' });

export type Order = z.infer<typeof orderSchema>;
