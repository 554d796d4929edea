import { AlignmentType, Paragraph, TextRun } from 'docx';
import { describe, expect, it } from 'vitest';
import { isOrganizationLine } from '../../src/import/recognise/organization.js';
import { importGenerated, writeParagraph, writeTable, writeTitleParagraph } from './_generated-docx.js';

const centred = (text: string) =>
  new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun(text)] });

const table = () =>
  writeTable([
    ['№', 'Наименование работ', 'Сроки выполнения', 'Ответственный'],
    ['1.', 'Создание рабочей группы', 'март 2026 г.', 'Морозова Н.В.'],
  ]);

describe('import of a title, the organization under it and the project head', () => {
  it('takes the bold centred line as the title and the line under it as the organization', async () => {
    const { plan, yaml, text } = await importGenerated([
      writeTitleParagraph(
        'Календарный план реализации инновационного проекта «Школа функциональной грамотности»',
      ),
      centred('МБОУ «Средняя общеобразовательная школа № 12» г.о. Сызрань'),
      writeParagraph('Руководитель проекта: Морозова Наталья Викторовна, заместитель директора по УВР'),
      table(),
    ]);
    expect(plan.organization.name).toBe('МБОУ «Средняя общеобразовательная школа № 12» г.о. Сызрань');
    const [doc] = plan.documents;
    expect(doc).toMatchObject({
      type: 'roadmap',
      title: 'Календарный план реализации инновационного проекта «Школа функциональной грамотности»',
      intro: [
        { paragraph: 'МБОУ «Средняя общеобразовательная школа № 12» г.о. Сызрань', align: 'center' },
        {
          paragraph: 'Руководитель проекта: Морозова Наталья Викторовна, заместитель директора по УВР',
          align: 'left',
        },
      ],
    });
    expect(yaml).toContain('# импорт: строка под заголовком принята за наименование организации');
    expect(yaml).toMatch(
      /# импорт: руководитель проекта оставлен строкой текста[^\n]*\n\s+- paragraph: "Руководитель/,
    );
    expect(yaml).not.toContain('не найдено');
    expect(text.slice(0, 3)).toEqual([
      'Календарный план реализации инновационного проекта «Школа функциональной грамотности»',
      'МБОУ «Средняя общеобразовательная школа № 12» г.о. Сызрань',
      'Руководитель проекта: Морозова Наталья Викторовна, заместитель директора по УВР',
    ]);
  });

  it('tells an organization line from a title that names a school', () => {
    expect(isOrganizationLine('Календарный план реализации проекта «Школа функциональной грамотности»')).toBe(
      false,
    );
    expect(isOrganizationLine('Дорожная карта внедрения модели в колледже')).toBe(false);
    expect(isOrganizationLine('ГБПОУ «Чапаевский химико-технологический техникум»')).toBe(true);
    expect(isOrganizationLine('Муниципальное бюджетное общеобразовательное учреждение «Лицей № 2»')).toBe(
      true,
    );
  });
});
