import { describe, expect, it } from 'vitest';
import { importGenerated, writeParagraph, writeTable, writeTitleParagraph } from './_generated-docx.js';

describe('import of stamps side by side laid out with tabs', () => {
  it('reads «СОГЛАСОВАНО⇥УТВЕРЖДАЮ» and the lines under it as two stamps, so the plan builds', async () => {
    const { plan, text } = await importGenerated([
      writeParagraph('СОГЛАСОВАНО\t\tУТВЕРЖДАЮ'),
      writeParagraph('Председатель Управляющего совета\tДиректор МАОУ «Гимназия № 4»'),
      writeParagraph('_________ Н.В. Лаптева\t_________ А.А. Смирнов'),
      writeParagraph('10.01.2025\t10.01.2025'),
      writeTitleParagraph('План работы школьной службы медиации'),
      writeTable([
        ['№ п/п', 'Мероприятие', 'Сроки', 'Ответственный'],
        ['1.', 'Заседание службы медиации', 'сентябрь 2025 г.', 'Ложкина В.В.'],
      ]),
    ]);
    expect(plan.documents[0]).toMatchObject({
      type: 'roadmap',
      title: 'План работы школьной службы медиации',
      agreement: { by: 'Председатель Управляющего совета Н.В. Лаптева', date: '2025-01-10' },
      approval: { by: 'smirnov', date: '2025-01-10' },
    });
    expect(plan.organization.short_name).toBe('МАОУ «Гимназия № 4»');
    expect(text.join('\n')).toContain('Н.В. Лаптева');
  });
});
