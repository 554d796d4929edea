import { describe, expect, it } from 'vitest';
import {
  importGenerated,
  writeNewPageParagraph,
  writeParagraph,
  writeSmallRoadmap,
  writeTable,
  writeTitleParagraph,
} from './_generated-docx.js';

const roadmap = () => writeSmallRoadmap('01.09.2024');

describe('import of a stamp dated in words', () => {
  it('names the date as gramota will print it, in figures and in words', async () => {
    const { plan, yaml } = await importGenerated([
      writeTable(
        [['', ['УТВЕРЖДАЮ', 'Директор МБОУ «СОШ № 5»', '_________ И.П. Сидоров', '«30» августа 2024 г.']]],
        true,
      ),
      writeTitleParagraph('Дорожная карта внедрения целевой модели наставничества'),
      roadmap(),
    ]);
    expect(plan.documents[0]).toMatchObject({ approval: { by: 'sidorov', date: '2024-08-30' } });
    expect(yaml).toContain(
      '# импорт: в документе дата грифа ««30» августа 2024 г.»; gramota напечатает её цифрами: «30.08.2024», а словами («30 августа 2024 г.») — при settings.date_style: words',
    );
    expect(yaml).not.toContain('01.10.2020');
  });

  it('says nothing when the order of the file dates in words too: the plan prints its dates so', async () => {
    const { plan, yaml } = await importGenerated([
      ...[
        'МБОУ «СОШ № 5»',
        'ПРИКАЗ',
        '30 августа 2024 г.\t№ 112-од',
        'О внедрении целевой модели наставничества',
        'ПРИКАЗЫВАЮ:',
        '1. Утвердить дорожную карту (приложение).',
        'Директор\tИ.П. Сидоров',
      ].map((t) => writeParagraph(t)),
      writeNewPageParagraph('Приложение\nк приказу от 30.08.2024 № 112-од'),
      writeTable(
        [['', ['УТВЕРЖДАЮ', 'Директор МБОУ «СОШ № 5»', '_________ И.П. Сидоров', '«30» августа 2024 г.']]],
        true,
      ),
      writeTitleParagraph('Дорожная карта внедрения целевой модели наставничества'),
      roadmap(),
    ]);
    expect(plan.settings).toEqual({ date_style: 'words' });
    expect(plan.documents[1]).toMatchObject({ approval: { by: 'sidorov', date: '2024-08-30' } });
    expect(yaml).not.toContain('дата грифа');
  });
});
