import { describe, expect, it } from 'vitest';
import { importText } from '../../src/messages.js';
import { paragraphsOf } from '../_fixtures/paragraphs.js';
import {
  importGenerated,
  writeNewPageParagraph,
  writeParagraph,
  writeSmallRoadmap,
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

  it('prints the bracketed short name under the full one in the order’s head, as the document did', async () => {
    const name =
      'Государственное автономное профессиональное образовательное учреждение «Читинский педагогический колледж»';
    const { plan, model } = await importGenerated(orderWithAppendix([name, '(ГАПОУ «ЧПК»)']));
    expect(plan.documents[0]).toMatchObject({ type: 'order', show_organization: 'both' });
    const head = paragraphsOf(model)[0]!
      .replace(/\u00A0/g, ' ')
      .split('\n');
    expect(head.at(-1)).toBe('(ГАПОУ «ЧПК»)');
    expect(head.slice(0, -1).join(' ')).toBe(name);
  });

  it('keeps the short name’s line under the organization over a roadmap’s title', async () => {
    const name =
      'Государственное бюджетное профессиональное образовательное учреждение Самарской области «Тольяттинский политехнический колледж»';
    const { plan, model } = await importGenerated([
      writeTitleParagraph(`${name}\n(ГБПОУ «ТПК»)`),
      writeTitleParagraph('План мероприятий'),
      writeSmallRoadmap('01.10.2025'),
    ]);
    expect(plan.organization).toMatchObject({ name, short_name: 'ГБПОУ «ТПК»' });
    expect(plan.documents[0]).toMatchObject({ type: 'roadmap', show_organization: 'both' });
    const head = paragraphsOf(model)[0]!
      .replace(/\u00A0/g, ' ')
      .split('\n');
    expect(head.at(-1)).toBe('(ГБПОУ «ТПК»)');
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
