import { describe, expect, it } from 'vitest';
import { importDocxInto } from '../../src/import/merge-plan.js';
import { importText } from '../../src/messages.js';
import { parsePlan } from '../../src/plan/parse-plan.js';
import { writeDocx, writeParagraph } from './_generated-docx.js';

// Trial 10: her roadmap named the college by its short name only, and its import asked her «впишите полное»; the
// order she added with --into brought the full name, yet the plan kept «ГБПОУ «СПК»» and only a note said the
// names differ — the order printed «ГБПОУ «СПК»» over «(ГБПОУ «СПК»)» and lost «г. Самара».
const full =
  'государственное бюджетное профессиональное образовательное учреждение Самарской области «Самарский политехнический колледж»';
const date = new Date(2026, 11, 7);
const orderFile = (organization: string) =>
  writeDocx(
    [
      organization,
      'ПРИКАЗ',
      '01.09.2025\t№ 215-о',
      'г. Самара',
      'О создании рабочей группы',
      'ПРИКАЗЫВАЮ:',
      '1. Создать рабочую группу.',
      'Директор\tА.Н. Громов',
    ].map((t) => writeParagraph(t)),
  );
const planWith = (organization: string) =>
  [
    'organization:',
    organization,
    'people:',
    '  gromov:',
    '    name: А.Н. Громов',
    '    position: Директор',
    'documents:',
    '  - type: document',
    '    title: Справка',
    '    body:',
    '      - paragraph: Текст справки.',
    '',
  ].join('\n');

describe('--into a plan that has only the short name of the organization the file names in full', () => {
  it('writes the full name and the city in, with a note, and drops the note that asked for it', async () => {
    const own = planWith(
      [
        `  # импорт: ${importText.organizationShortOnly}`,
        '  name: ГБПОУ «СПК»',
        '  short_name: ГБПОУ «СПК»',
      ].join('\n'),
    );
    const { yaml, notes, problems } = importDocxInto(
      await orderFile(`${full} (ГБПОУ «СПК»)`),
      'Приказ 215-о.docx',
      own,
      'plan.yaml',
      { date },
    );
    expect(problems).toEqual([]);
    expect(parsePlan(yaml, 'plan.yaml').organization).toMatchObject({
      name: full,
      short_name: 'ГБПОУ «СПК»',
      city: 'Самара',
    });
    expect(yaml).not.toContain(importText.organizationShortOnly);
    expect(notes.map((n) => n.text)).toContainEqual(
      'полное наименование организации и город взяты из файла «Приказ 215-о.docx»; в плане было сокращённое: «ГБПОУ «СПК»»',
    );
    expect(notes.map((n) => n.text).join('\n')).not.toContain('план сохранил свою');
    // The rest of the plan stays as it was.
    expect(yaml.split('\ndocuments:')[0]!.split('\npeople:')[1]).toBe(
      own.split('\ndocuments:')[0]!.split('\npeople:')[1],
    );
  });

  it('fills the import’s placeholder in as well', async () => {
    const own = planWith(
      [`  # импорт: ${importText.organizationUnknown}`, `  name: ${importText.organizationPlaceholder}`].join(
        '\n',
      ),
    );
    const { yaml } = importDocxInto(
      await orderFile(`${full} (ГБПОУ «СПК»)`),
      'order.docx',
      own,
      'plan.yaml',
      {
        date,
      },
    );
    expect(parsePlan(yaml, 'plan.yaml').organization).toMatchObject({
      name: full,
      short_name: 'ГБПОУ «СПК»',
    });
    expect(yaml).not.toContain(importText.organizationUnknown);
  });

  it('keeps a plan’s own organization that is another one, and says so', async () => {
    const own = planWith(['  name: МБОУ «СОШ № 5»', '  short_name: МБОУ «СОШ № 5»'].join('\n'));
    const { yaml, notes } = importDocxInto(
      await orderFile(`${full} (ГБПОУ «СПК»)`),
      'order.docx',
      own,
      'plan.yaml',
      { date },
    );
    expect(parsePlan(yaml, 'plan.yaml').organization).toEqual({
      name: 'МБОУ «СОШ № 5»',
      short_name: 'МБОУ «СОШ № 5»',
    });
    expect(notes.map((n) => n.text)).toContainEqual(expect.stringContaining('план сохранил свою'));
  });
});
