import { describe, expect, it } from 'vitest';
import { importText } from '../../src/messages.js';
import {
  importGenerated,
  writeNewPageParagraph,
  writeParagraph,
  writeTable,
  writeTitleParagraph,
} from './_generated-docx.js';

const orderWithAppendix = (head: readonly string[]) => [
  ...[
    ...head,
    'ПРИКАЗ',
    '28.08.2024\t№ 112-од',
    'Об организации работы по наставничеству',
    'ПРИКАЗЫВАЮ:',
    '1. Утвердить состав наставнических пар (приложение).',
    'Директор\tИ.П. Сидоров',
  ].map((t) => writeParagraph(t)),
  writeNewPageParagraph('Приложение\nк приказу от 28.08.2024 № 112-од'),
  writeTitleParagraph('Состав наставнических пар'),
  writeTable([
    ['№ п/п', 'Наставник', 'Наставляемый'],
    ['1.', 'Андреева Т.М.', 'Лыкова Д.А.'],
  ]),
];

describe('import of the short name the stamps and appendix marks cite', () => {
  it('makes «ГПОУ «…»» of a full name with no short one, so the mark does not cite the full name uninflected', async () => {
    const { plan, yaml } = await importGenerated(
      orderWithAppendix([
        'Государственное профессиональное образовательное учреждение',
        '«Забайкальский техникум профессиональных технологий и сервиса»',
      ]),
    );
    expect(plan.organization.short_name).toBe(
      'ГПОУ «Забайкальский техникум профессиональных технологий и сервиса»',
    );
    expect(yaml).toContain(`# импорт: ${importText.shortNameMade}`);
  });

  it('takes the short name the order’s head gives in brackets as short_name, out of the full name', async () => {
    const name =
      'Государственное автономное профессиональное образовательное учреждение «Читинский педагогический колледж»';
    const { plan, yaml } = await importGenerated(orderWithAppendix([name, '(ГАПОУ «ЧПК»)']));
    expect(plan.organization).toMatchObject({ name, short_name: 'ГАПОУ «ЧПК»' });
    expect(yaml).not.toContain(importText.shortNameMade);
    expect(yaml).toContain(`# импорт: ${importText.shortNameBracketed('ГАПОУ «ЧПК»')}`);
  });

  it('finds the short name in a regulation’s title, so its stamps name the organization, not a placeholder', async () => {
    const { plan, text } = await importGenerated([
      writeTable(
        [
          [
            ['ПРИНЯТО', 'на заседании педагогического совета', 'протокол № 1 от 29.08.2024'],
            ['УТВЕРЖДЕНО', 'приказом директора', 'от 30.08.2024 № 115-од'],
          ],
        ],
        true,
      ),
      writeTitleParagraph('ПОЛОЖЕНИЕ'),
      writeTitleParagraph(
        'о системе наставничества педагогических работников\nГПОУ «Забайкальский техникум»',
      ),
      writeParagraph('1. Общие положения'),
      writeParagraph('1.1. Положение определяет порядок наставничества.'),
    ]);
    expect(plan.organization).toMatchObject({ short_name: 'ГПОУ «Забайкальский техникум»' });
    const head = text.slice(0, 6).join(' ');
    expect(head).toContain('педагогического совета ГПОУ «Забайкальский техникум»');
    expect(head).not.toContain(importText.organizationPlaceholder);
  });
});
