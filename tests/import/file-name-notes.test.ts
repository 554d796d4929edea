import { describe, expect, it } from 'vitest';
import { importDocxInto } from '../../src/import/merge-plan.js';
import { studioText } from '../../src/messages.js';
import { writeDocx, writeParagraph } from './_generated-docx.js';

// Trial 10: «должность взята из Приказ 215-о о рабочей группе.docx», «в Приказ 215-о … организация …» — a file's
// name with spaces, put into a sentence bare, reads as its words. It stands in quotes after «файла»/«файле».
const file = 'Приказ 215-о о рабочей группе.docx';
const own = [
  'organization:',
  '  name: МБОУ «СОШ № 5»',
  'people:',
  '  gromov:',
  '    name: А.Н. Громов',
  'documents:',
  '  - type: document',
  '    title: Справка',
  '    body:',
  '      - paragraph: Текст справки.',
  '',
].join('\n');
const order = () =>
  writeDocx(
    [
      'государственное бюджетное профессиональное образовательное учреждение «Самарский политехнический колледж»',
      'ПРИКАЗ',
      '1 сентября 2025 г.\t№ 215-о',
      'О создании рабочей группы',
      'ПРИКАЗЫВАЮ:',
      '1. Создать рабочую группу.',
      'Директор\tА.Н. Громов',
    ].map((t) => writeParagraph(t)),
  );

describe('the notes of an import that name its file', () => {
  it('put the name in quotes after «файла» or «файле»: position, organization, settings', async () => {
    const { notes } = importDocxInto(await order(), file, own, 'plan.yaml', { date: new Date(2026, 11, 7) });
    const naming = notes.map((n) => n.text).filter((text) => text.includes(file));
    // The position of her director, her organization kept, her settings kept: three notes name the file.
    expect(naming).toHaveLength(3);
    for (const text of naming) expect(text).toMatch(/(?:файла|файле) «Приказ 215-о о рабочей группе\.docx»/u);
    expect(naming).toContain('должность взята из файла «Приказ 215-о о рабочей группе.docx»');
  });

  it('in the studio too', () => {
    for (const text of [
      studioText.imported(file),
      studioText.importChoice(file),
      studioText.added(file),
      studioText.addedNotes(file, 2),
      studioText.importNotes(file, 2),
      studioText.importFailed(file),
      studioText.replaceByFile('план.yaml'),
    ])
      expect(text).toMatch(/файла? «(?:Приказ 215-о о рабочей группе\.docx|план\.yaml)»/u);
  });
});
