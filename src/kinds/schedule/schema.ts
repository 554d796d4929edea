import { z } from 'zod';
import { documentBaseShape } from '../../plan/schema/document-base.js';

export const scheduleScales = ['months', 'quarters', 'years'] as const;

export const scheduleSchema = z
  .strictObject({
    type: z
      .literal('schedule')
      .meta({ description: 'Календарный план-график: сроки мероприятий закрашены по месяцам' }),
    ...documentBaseShape,
    roadmap: z.string().min(1).meta({
      description:
        'id документа с мероприятиями: дорожной карты (type: roadmap) или документа с таблицей roadmap в body',
    }),
    scale: z.enum(scheduleScales).optional().meta({
      description:
        'Столбцы: months — месяцы, quarters — кварталы, years — годы; по умолчанию месяцы, если срок проекта не больше 24 месяцев, кварталы — до 6 лет, дальше годы',
    }),
  })
  .meta({
    description: 'Календарный план-график по мероприятиям дорожной карты и сроку проекта (project.period)',
  });

export type Schedule = z.infer<typeof scheduleSchema>;
export type ScheduleScale = (typeof scheduleScales)[number];
