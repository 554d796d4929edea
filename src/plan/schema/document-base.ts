import { z } from 'zod';
import { keyPattern, requiredText } from './common.js';
import { appendixToSchema } from './orders.js';
import { agreementSchema, approvalSchema } from './stamps.js';
import { toTitle } from './title.js';

/** Keys every document type has (FORMAT.md, «Document types»). */
export const documentBaseShape = {
  id: z
    .string()
    .regex(keyPattern)
    .optional()
    .meta({ description: 'Идентификатор для ссылок (латиница, цифры, -, _); по умолчанию тип и номер' }),
  title: requiredText('title', toTitle).meta({
    description: 'Заголовок документа; через | — в несколько строк',
  }),
  approval: approvalSchema.optional(),
  agreement: agreementSchema.optional(),
  appendix_to: appendixToSchema.optional(),
  only_for: z.array(z.string()).min(1).optional().meta({
    description:
      'Сетевой проект: папки организаций, у которых этот документ есть ([school91]; своя организация — своей папкой); у остальных его нет, как с leave_out',
  }),
  orientation: z.enum(['portrait', 'landscape']).optional().meta({
    description: 'Ориентация: portrait — книжная, landscape — альбомная (дорожная карта по умолчанию)',
  }),
};
