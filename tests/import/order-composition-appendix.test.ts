import { PageBreak, Paragraph, TextRun } from 'docx';
import { describe, expect, it } from 'vitest';
import { importDocx } from '../../src/import/import-docx.js';
import {
  importGenerated,
  writeDocx,
  writeNewPageParagraph,
  writeParagraph,
  writeTable,
  writeTitleParagraph,
} from './_generated-docx.js';

const order = () =>
  [
    'МБОУ «СОШ № 5»',
    'ПРИКАЗ',
    '01.09.2025\t№ 215-од',
    'О создании рабочей группы',
    'ПРИКАЗЫВАЮ:',
    '1. Создать рабочую группу в составе согласно приложению 1.',
    '2. Утвердить Положение о рабочей группе (приложение 2).',
    'Директор\tС.Н. Воронцов',
    'С приказом ознакомлены:',
  ].map((t) => writeParagraph(t));

/** «Сидоров К.В. ____ 2025 г.» with the page break at its end, as LibreOffice writes a break before the next page. */
const lastLineWithBreak = () =>
  new Paragraph({
    children: [
      new TextRun('Сидоров К.В. ____________ «___» ____________ 2025 г.'),
      new TextRun({ children: [new PageBreak()] }),
    ],
  });

const composition = () => [
  writeTable([['', ['Приложение 1', 'к приказу МБОУ «СОШ № 5»', 'от 01.09.2025 № 215-од']]], true),
  writeParagraph(''),
  writeTitleParagraph('Состав рабочей группы'),
  writeTable([
    ['№ п/п', 'Ф.И.О.', 'Должность', 'Роль в рабочей группе'],
    ['1.', 'Иванова Ольга Петровна', 'заместитель директора', 'руководитель'],
    ['2.', 'Петрова Елена Александровна', 'методист', 'секретарь'],
  ]),
];

const regulation = () => [
  writeNewPageParagraph(''),
  writeTable(
    [['', ['Приложение 2', 'УТВЕРЖДЕНО', 'приказом МБОУ «СОШ № 5»', 'от 01.09.2025 № 215-од']]],
    true,
  ),
  writeTitleParagraph('ПОЛОЖЕНИЕ'),
  writeTitleParagraph('о рабочей группе'),
  writeParagraph('1. Общие положения'),
  writeParagraph('1.1. Положение определяет порядок работы группы.'),
];

describe('import of an order whose first appendix is a composition table', () => {
  it('keeps «Состав рабочей группы» as appendix 1 with its table and the Положение as appendix 2', async () => {
    const { plan, yaml } = await importGenerated([
      ...order(),
      lastLineWithBreak(),
      writeParagraph(''),
      ...composition(),
      ...regulation(),
    ]);
    expect(plan.documents.map((d) => [d.type, d.id])).toEqual([
      ['order', 'order-1'],
      ['document', 'appendix-1'],
      ['regulation', 'appendix-2'],
    ]);
    expect(plan.documents[0]).toMatchObject({ appendices: ['appendix-1', 'appendix-2'] });
    expect(plan.documents[1]).toMatchObject({
      title: 'Состав рабочей группы',
      body: [
        {
          table: {
            columns: ['№ п/п', 'Ф.И.О.', 'Должность', 'Роль в рабочей группе'],
            rows: [
              ['1.', 'Иванова Ольга Петровна', 'заместитель директора', 'руководитель'],
              ['2.', 'Петрова Елена Александровна', 'методист', 'секретарь'],
            ],
          },
        },
      ],
    });
    expect(yaml).not.toContain('не перенес');
  });

  it('says on one line that a whole appendix was left out when no page break parts it from the order', async () => {
    const { yaml, notes } = importDocx(
      await writeDocx([...order(), ...composition(), ...regulation()]),
      'order.docx',
    );
    const left = notes.filter((n) => n.text.includes('приложение не перенесено целиком'));
    expect(left).toHaveLength(1);
    expect(left[0]!.text).toContain('«Приложение 1»');
    expect(left[0]!.text).toContain('Петрова Елена Александровна');
    expect(yaml.split('\n').find((l) => l.includes('приложение не перенесено целиком'))).toContain(
      'Петрова Елена Александровна',
    );
  });
});
