import { z } from 'zod';

/** «Лист ознакомления» of a local act: the employees who sign that they read it, and blank rows to fill by hand. */
export const acquaintanceSchema = z
  .strictObject({
    people: z
      .array(z.string())
      .optional()
      .meta({ description: 'Кто знакомится: ключи из people (Ф.И.О. и должность берутся оттуда)' }),
    blank_rows: z
      .number()
      .int()
      .min(0)
      .max(200)
      .optional()
      .meta({ description: 'Сколько пустых строк добавить для записей от руки: 0–200, по умолчанию 0' }),
  })
  .meta({
    description:
      'Лист ознакомления на отдельной странице: { people: [spiridonova, bushina], blank_rows: 10 } — таблица «№ п/п, Ф.И.О., должность, дата ознакомления, подпись»',
  });

export type Acquaintance = z.infer<typeof acquaintanceSchema>;
