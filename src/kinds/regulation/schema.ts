import { z } from 'zod';
import { acquaintanceSchema } from '../../plan/schema/acquaintance.js';
import { listItemSchema, requiredText } from '../../plan/schema/common.js';
import { documentBaseShape } from '../../plan/schema/document-base.js';

/** A clause of a regulation: text, optionally with sub-clauses (1.2.1.) or a dash list. */
export type RegulationClause =
  | string
  | { text: string; clauses?: RegulationClause[] | undefined; list?: string[] | undefined };

export const regulationClauseSchema: z.ZodType<RegulationClause> = z.lazy(() =>
  z.union([
    requiredText('regulationClause'),
    z.strictObject({
      text: requiredText('regulationClause').meta({ description: 'Текст пункта' }),
      clauses: z
        .array(regulationClauseSchema)
        .optional()
        .meta({ description: 'Подпункты: 1.2.1., 1.2.2. …' }),
      list: z.array(listItemSchema).min(1).optional().meta({ description: 'Перечень через «–»' }),
    }),
  ]),
) as z.ZodType<RegulationClause>;

const sectionSchema = z.strictObject({
  title: requiredText('sectionTitle').meta({
    description: 'Название раздела: «Общие положения» (выводится «1. Общие положения»)',
  }),
  clauses: z.array(regulationClauseSchema).min(1).meta({ description: 'Пункты раздела: 1.1., 1.2. …' }),
});

export const regulationSchema = z
  .strictObject({
    type: z.literal('regulation').meta({ description: 'Положение' }),
    ...documentBaseShape,
    sections: z.array(sectionSchema).min(1).meta({ description: 'Разделы положения' }),
    acquaintance: acquaintanceSchema.optional(),
  })
  .meta({
    description: 'Положение: «ПОЛОЖЕНИЕ» и «о …» под ним, разделы и пункты с нумерацией 1.1., 1.2.1.',
  });

export type Regulation = z.infer<typeof regulationSchema>;
