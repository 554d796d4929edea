import { describe, expect, it } from 'vitest';
import { buildModels } from '../../src/generate.js';
import { importDocx } from '../../src/import/import-docx.js';
import { importDocxInto } from '../../src/import/merge-plan.js';
import { importText, text as messages } from '../../src/messages.js';
import { assemblePackage } from '../../src/package/assemble.js';
import { parsePlan } from '../../src/plan/parse-plan.js';
import {
  writeDocx,
  writeNewPageParagraph,
  writeParagraph,
  writeSmallRoadmap,
  writeTable,
  writeTitleParagraph,
} from './_generated-docx.js';
import { toModelText } from './_model-text.js';

// Trial 10: her order № 215-о cites «согласно приложению 1» and «(приложение 2)» and lists «Приложения: 1. Состав
// рабочей группы … 2. Дорожная карта …», but its file holds appendix 1 only: the roadmap is a Word file of its own.
// The import kept one appendix, printed «Приложение к приказу …» with no number, under clauses citing 1 and 2.
const date = new Date(2026, 11, 7);
const orderFile = () =>
  writeDocx([
    ...[
      'ГБПОУ «СПК»',
      'ПРИКАЗ',
      '01.09.2025\t№ 215-о',
      'О создании рабочей группы',
      'ПРИКАЗЫВАЮ:',
      '1. Создать рабочую группу в составе согласно приложению 1.',
      '2. Утвердить дорожную карту реализации проекта «Цифровая среда» на 2025-2026 учебный год (приложение 2).',
      '3. Контроль за исполнением настоящего приказа оставляю за собой.',
      'Приложения: 1. Состав рабочей группы на 1 л. в 1 экз.',
      '2. Дорожная карта на 2 л. в 1 экз.',
      'Директор\tА.Н. Громов',
    ].map((t) => writeParagraph(t)),
    writeNewPageParagraph(''),
    writeTable([['', ['Приложение 1', 'к приказу ГБПОУ «СПК»', 'от 01.09.2025 № 215-о']]], true),
    writeTitleParagraph('Состав рабочей группы'),
    writeTable([
      ['№ п/п', 'Ф.И.О.', 'Должность'],
      ['1.', 'Петрова Елена Александровна', 'методист'],
    ]),
  ]);
// The roadmap's own file: its own stamp «УТВЕРЖДАЮ», no mark «Приложение 2 к приказу …».
const roadmapFile = () =>
  writeDocx([
    writeTable([['', ['УТВЕРЖДАЮ', 'Директор ГБПОУ «СПК»', '_________ А.Н. Громов', '01.09.2025']]], true),
    writeTitleParagraph('ДОРОЖНАЯ КАРТА\nреализации проекта «Цифровая среда»\nна 2025-2026 учебный год'),
    writeSmallRoadmap('01.09.2025'),
  ]);

const build = (yaml: string) => {
  const plan = parsePlan(yaml, 'plan.yaml');
  return assemblePackage(plan, buildModels(plan, { createdAt: new Date('2026-12-07T00:00:00Z') })).map(
    (d) => ({
      id: d.id,
      text: toModelText(d.model),
    }),
  );
};

describe('an order citing an appendix its file does not hold, after the ones it does', () => {
  it('gets a stand-in for it, titled by its list, so that appendix 1 prints with its number', async () => {
    const { yaml, notes, problems } = importDocx(await orderFile(), 'order.docx', 'plan.yaml', { date });
    // The stand-in is an error while it stands, as one before an appendix of the file is.
    expect(problems.map((p) => p.message)).toEqual([messages.standInLeft(2)]);
    const plan = parsePlan(
      yaml.replace(importText.missingAppendixBody(2), 'Текст дорожной карты.'),
      'plan.yaml',
    );
    expect(plan.documents.map((d) => [d.type, d.id, 'title' in d ? d.title : undefined])).toEqual([
      ['order', 'order-1', 'О создании рабочей группы'],
      ['document', 'appendix-1', 'Состав рабочей группы'],
      ['document', 'appendix-2', 'Дорожная карта'],
    ]);
    // The clause stays as written: the roadmap's own file tells whose stamp stands on it.
    expect(plan.documents[0]).toMatchObject({
      appendices: ['appendix-1', 'appendix-2'],
      clauses: [
        'Создать рабочую группу в составе согласно приложению 1.',
        'Утвердить дорожную карту реализации проекта «Цифровая среда» на 2025-2026 учебный год (приложение 2).',
      ],
    });
    expect(notes.map((n) => n.text)).toContainEqual(
      expect.stringContaining('в файле нет приложения 2, а приказ его называет: «Утвердить дорожную карту'),
    );
    const built = build(yaml.replace(importText.missingAppendixBody(2), 'Текст дорожной карты.'));
    expect(built.find((d) => d.id === 'appendix-1')!.text[0]).toContain('Приложение 1 / к приказу');
    expect(built.find((d) => d.id === 'appendix-2')!.text[0]).toContain('Приложение 2 / к приказу');
  });

  it('--into a plan holding the roadmap already: the order’s appendix 2 is the plan’s roadmap, no stand-in', async () => {
    const own = importDocx(await roadmapFile(), 'roadmap.docx', 'plan.yaml', { date }).yaml;
    const { yaml, notes, problems } = importDocxInto(await orderFile(), 'order.docx', own, 'plan.yaml', {
      date,
    });
    expect(problems).toEqual([]);
    expect(yaml.startsWith(own.trimEnd())).toBe(true);
    const plan = parsePlan(yaml, 'plan.yaml');
    expect(plan.documents.map((d) => [d.type, d.id])).toEqual([
      ['roadmap', 'roadmap-1'],
      ['order', 'order-1'],
      ['document', 'appendix-1'],
    ]);
    expect(plan.documents[1]).toMatchObject({ appendices: ['appendix-1', 'roadmap-1'] });
    expect(notes.map((n) => n.text)).toContainEqual(
      importText.linkedAppendix(
        2,
        'roadmap-1',
        'ДОРОЖНАЯ КАРТА реализации проекта «Цифровая среда» на 2025-2026 учебный год',
      ),
    );
    const roadmap = build(yaml).find((d) => d.id === 'roadmap-1')!.text;
    expect(roadmap[0]).toContain('Приложение 2 / к приказу ГБПОУ «СПК» / от 01.09.2025 № 215-о');
    expect(roadmap[0]).toContain('УТВЕРЖДАЮ');
  });

  it('--into after the order: the roadmap’s file takes the stand-in’s place and id', async () => {
    const own = importDocx(await orderFile(), 'order.docx', 'plan.yaml', { date }).yaml;
    const { yaml, problems } = importDocxInto(await roadmapFile(), 'roadmap.docx', own, 'plan.yaml', {
      date,
    });
    expect(problems).toEqual([]);
    expect(yaml).not.toContain(importText.missingAppendixBody(2));
    const plan = parsePlan(yaml, 'plan.yaml');
    expect(plan.documents.map((d) => [d.type, d.id])).toEqual([
      ['order', 'order-1'],
      ['document', 'appendix-1'],
      ['roadmap', 'appendix-2'],
    ]);
    expect(plan.documents[2]).toMatchObject({ approval: { by: 'gromov' } });
    expect(plan.documents[0]).toMatchObject({ appendices: ['appendix-1', 'appendix-2'] });
  });

  it('links no document of another title: the stand-in stays', async () => {
    const own = importDocx(await roadmapFile(), 'roadmap.docx', 'plan.yaml', { date }).yaml.replace(
      'ДОРОЖНАЯ КАРТА',
      'ПЛАН МЕРОПРИЯТИЙ',
    );
    const { problems } = importDocxInto(await orderFile(), 'order.docx', own, 'plan.yaml', { date });
    expect(problems.map((p) => p.message)).toEqual([messages.standInLeft(2)]);
  });
});
