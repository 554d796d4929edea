import { z } from 'zod';
import { text } from '../../messages.js';
import { stampDateSchema } from './common.js';

const visaByPersonSchema = z.strictObject({
  by: z.string().meta({ description: 'Кто визирует: ключ из people или имя, как оно записано в people' }),
  date: stampDateSchema.optional(),
});

/** One visa (виза) on a draft order: a person, or a person with the date of the visa. */
const visaSchema = z.union([z.string(), visaByPersonSchema], { error: () => text.visaForm }).meta({
  description: 'Виза: ключ из people (spiridonova) или { by: spiridonova, date: 30.09.2020 }',
});

/** Visas (визы согласования) under the signature of a draft order: position, signature, И.О. Фамилия, date. */
export const visasSchema = z.array(visaSchema).min(1).meta({
  description:
    'Визы согласования проекта приказа (под подписью): [spiridonova, { by: bushina, date: 30.09.2020 }] — должность, подпись, И.О. Фамилия, дата',
});

export type Visa = z.infer<typeof visaSchema>;
