import { z } from 'zod';
import { keyPattern, textSchema } from './common.js';
import { agreementSchema, approvalSchema } from './stamps.js';

/** Keys every document type has (FORMAT.md, «Document types»). */
export const documentBaseShape = {
  id: z
    .string()
    .regex(keyPattern)
    .optional()
    .meta({ description: 'Идентификатор для ссылок (латиница, цифры, -, _); по умолчанию тип и номер' }),
  title: textSchema.meta({ description: 'Заголовок документа' }),
  approval: approvalSchema.optional(),
  agreement: agreementSchema.optional(),
  orientation: z.enum(['portrait', 'landscape']).optional().meta({
    description: 'Ориентация: portrait — книжная, landscape — альбомная (дорожная карта по умолчанию)',
  }),
};
