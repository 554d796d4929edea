import { z } from 'zod';
import { text } from '../../messages.js';
import { dateSchema } from './common.js';

/** A certificate's serial number as the signing software shows it: hex digits, maybe in groups. */
const certificatePattern = /^[0-9A-Fa-f]{2}(?:[ :]?[0-9A-Fa-f]{2})*$/;

/** The certificate of an electronic signature: what the mark «ДОКУМЕНТ ПОДПИСАН ЭЛЕКТРОННОЙ ПОДПИСЬЮ» shows. */
const electronicSchema = z
  .strictObject({
    certificate: z
      .union([z.string(), z.number().transform(String)])
      .refine((value) => certificatePattern.test(value.trim()) && value.trim().length <= 100, {
        error: (issue) => text.certificateFormat(String(issue.input)),
      })
      .meta({ description: 'Номер сертификата (шестнадцатеричные цифры): 01D7A3F2C4B5E6A7B8C9D0E1F2A3B4C5' }),
    owner: z.string().optional().meta({
      description: 'Владелец сертификата: ключ из people; по умолчанию тот, кто подписывает документ',
    }),
    valid_from: dateSchema.meta({ description: 'Действителен с: 01.09.2025' }),
    valid_to: dateSchema.meta({ description: 'Действителен по: 01.12.2026' }),
  })
  .meta({ description: 'Электронная подпись: сертификат, владелец, срок действия' });

/** How a document is signed: `electronic` prints the e-signature mark in the place of the handwritten signature. */
export const signatureSchema = z.strictObject({ electronic: electronicSchema }).meta({
  description:
    'Подпись: { electronic: { certificate, owner, valid_from, valid_to } } — вместо строки для подписи от руки рамка «ДОКУМЕНТ ПОДПИСАН ЭЛЕКТРОННОЙ ПОДПИСЬЮ»',
});

export type ElectronicSignature = z.infer<typeof electronicSchema>;
