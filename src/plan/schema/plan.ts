import { z } from 'zod';
import { freeDocumentSchema } from '../../kinds/document/schema.js';
import { orderSchema } from '../../kinds/order/schema.js';
import { passportSchema } from '../../kinds/passport/schema.js';
import { regulationSchema } from '../../kinds/regulation/schema.js';
import { roadmapSchema } from '../../kinds/roadmap/schema.js';
import { scheduleSchema } from '../../kinds/schedule/schema.js';
import { classifyPoint, termBounds } from '../../language/terms.js';
import { text } from '../../messages.js';
import {
  dateOrBlankSchema,
  documentNumberSchema,
  keyPattern,
  requiredText,
  textSchema,
  withLookalike,
} from './common.js';
import { ordersSchema } from './orders.js';
import { termPointSchema } from './term.js';

const caseForms = z
  .strictObject({
    genitive: z.string().optional().meta({ description: 'Родительный падеж (кого?)' }),
    dative: z.string().optional().meta({ description: 'Дательный падеж (кому?)' }),
    accusative: z.string().optional().meta({ description: 'Винительный падеж (кого?)' }),
    instrumental: z.string().optional().meta({ description: 'Творительный падеж (кем?)' }),
  })
  .meta({ description: 'Формы в падежах, если автоматические неверны' });

const personSchema = z
  .strictObject({
    name: z
      .string()
      .min(1)
      .meta({
        description: '«Фамилия Имя Отчество» или «Фамилия И.О.»',
        examples: ['Алейкина Галина Викторовна', 'Бушина М.Б.'],
      }),
    position: z.string().optional().meta({ description: 'Должность в именительном падеже: «Директор»' }),
    cases: caseForms.optional(),
    position_cases: caseForms.optional(),
  })
  .meta({ description: 'Сотрудник: имя и должность' });

const organizationSchema = z.strictObject({
  name: requiredText('organizationName').meta({
    description: 'Полное наименование организации, как в уставе',
  }),
  short_name: textSchema.optional().meta({ description: 'Сокращённое наименование: ГАПОУ «ЧПК» (в грифах)' }),
  city: textSchema
    .optional()
    .meta({ description: 'Место издания: «Чита» (в приказе «г. Чита») или «с. Верхнекамье»' }),
  head: z.string().optional().meta({ description: 'Руководитель: ключ из people; утверждает и подписывает' }),
});

const projectSchema = z.strictObject({
  title: textSchema.optional().meta({ description: 'Название проекта' }),
  period: z
    .strictObject({ from: termPointSchema, to: termPointSchema })
    .superRefine((period, ctx) => {
      for (const key of ['from', 'to'] as const) {
        if (classifyPoint(period[key]) === undefined)
          ctx.addIssue({
            code: 'custom',
            message: withLookalike(String(period[key]), text.periodPointForm(String(period[key]))),
            path: [key],
          });
      }
      const start = termBounds(period.from)?.start;
      const end = termBounds(period.to)?.end;
      if (start && end && start > end)
        ctx.addIssue({ code: 'custom', message: text.periodReversed, path: ['to'] });
    })
    .optional()
    .meta({
      description:
        'Срок реализации проекта: { from: 2020-09, to: 2021-06 }; сроки мероприятий проверяются по нему',
    }),
});

const settingsSchema = z.strictObject({
  date_style: z
    .enum(['numeric', 'words'])
    .optional()
    .meta({ description: 'numeric — «01.10.2020», words — «1 октября 2020 г.»' }),
  gost: z
    .literal([2016, 2025])
    .optional()
    .meta({ description: 'Редакция ГОСТ Р 7.0.97: 2016 (гриф до 7,5 см) или 2025 (до 8 см)' }),
  templates: z.string().min(1).optional().meta({
    description:
      'Папка своих шаблонов (путь от файла плана): её файлы .hbs заменяют встроенные с теми же именами, partials/ — так же',
  }),
  appendix_mark: z.enum(['prilozhenie', 'utverzhdeno', 'both', 'number']).optional().meta({
    description:
      'Отметка на приложении к приказу: utverzhdeno (по умолчанию) — у документа, утверждённого этим приказом, только гриф «УТВЕРЖДЕНО приказом …», у остальных «Приложение N к приказу …»; prilozhenie — «Приложение N к приказу …» без грифа того же приказа; both — и отметка, и гриф; number — над грифом «УТВЕРЖДЕНО приказом …» одна строка «Приложение N»',
  }),
});

const peopleSchema = z
  .record(z.string().regex(keyPattern, { error: text.personKeyFormat }), personSchema)
  .meta({ description: 'Люди; документы ссылаются на них по ключу' });

/** A partner of a network project: the same documents, its own requisites, people and order numbers. */
const variantSchema = z
  .strictObject({
    folder: z.string().regex(keyPattern, { error: text.variantFolderFormat }).optional().meta({
      description:
        'Папка организации в output/<план>/ (латиница); по умолчанию — сокращённое наименование латиницей',
    }),
    organization: organizationSchema.meta({ description: 'Реквизиты организации-партнёра' }),
    people: peopleSchema
      .optional()
      .meta({ description: 'Люди организации: добавляются к people плана, тот же ключ заменяет человека' }),
    orders: ordersSchema.optional(),
    leave_out: z.array(z.string()).min(1).optional().meta({
      description:
        'id документов плана, которых у этой организации нет: [passport-1]; приложения приказов нумеруются без них, пункт approve такого документа не печатается',
    }),
    documents: z
      .record(
        z.string(),
        z.strictObject({
          number: documentNumberSchema.optional().meta({ description: 'Номер приказа этой организации' }),
          date: dateOrBlankSchema.optional(),
          acquainted: z.array(z.string()).optional().meta({
            description:
              'С приказом ознакомлены у этой организации: ключи её людей (вместо списка acquainted приказа плана)',
          }),
        }),
      )
      .optional()
      .meta({
        description:
          'Номер, дата и список ознакомленных приказов организации по id: { order-1: { number: 12-од, date: 01.09.2023 } }',
      }),
  })
  .meta({ description: 'Организация сетевого проекта: пакет собирается и для неё, в свою папку' });

export const documentSchema = z.discriminatedUnion(
  'type',
  [roadmapSchema, orderSchema, regulationSchema, passportSchema, freeDocumentSchema, scheduleSchema],
  {
    error: (issue) => (issue.code === 'invalid_union' ? text.unknownDocumentType : undefined),
  },
);

/** The plan file: one YAML file per project (FORMAT.md). */
export const planSchema = z
  .strictObject({
    organization: organizationSchema.meta({ description: 'Организация' }),
    people: peopleSchema.optional(),
    project: projectSchema.optional().meta({ description: 'Проект: название и срок' }),
    orders: ordersSchema.optional(),
    settings: settingsSchema.optional().meta({ description: 'Настройки оформления' }),
    documents: z.array(documentSchema).min(1).meta({ description: 'Документы пакета в порядке вывода' }),
    variants: z.array(variantSchema).min(1).optional().meta({
      description:
        'Сетевой проект: другие организации; пакет собирается для каждой в свою папку и в общий архив',
    }),
  })
  .meta({ title: 'План gramota', description: 'План пакета документов инновационного проекта' });

export type Plan = z.infer<typeof planSchema>;
export type PlanDocument = z.infer<typeof documentSchema>;
export type Person = z.infer<typeof personSchema>;
export type Variant = z.infer<typeof variantSchema>;
