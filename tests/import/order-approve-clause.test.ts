import { describe, expect, it } from 'vitest';
import {
  importGenerated,
  writeNewPageParagraph,
  writeParagraph,
  writeTable,
  writeTitleParagraph,
} from './_generated-docx.js';

/** An order whose clause 1 approves its only appendix, worded «(приложение)», as the trial user's order.docx. */
const order = (clause: string) =>
  [
    'ОГБПОУ «Ярославский колледж сервиса и дизайна»',
    'ПРИКАЗ',
    '10.09.2026\t№ 215-о',
    'О реализации инновационного проекта «Цифровой наставник»',
    'ПРИКАЗЫВАЮ:',
    `1. ${clause}`,
    '2. Методисту Лебедевой А.В. разработать положение о конкурсе.',
    'Директор\tС.П. Волков',
  ].map((t) => writeParagraph(t));

/** The appendix: the mark «Приложение к приказу …» only, no stamp «УТВЕРЖДЕН», and a calendar plan. */
const appendix = () => [
  writeNewPageParagraph(''),
  writeTable([['', ['Приложение', 'к приказу ОГБПОУ ЯКСиД', 'от 10.09.2026 № 215-о']]], true),
  writeTitleParagraph('Календарный план реализации инновационного проекта «Цифровой наставник»'),
  writeTable([
    ['№ п/п', 'Мероприятие', 'Срок', 'Ответственный'],
    ['1', 'Разработка программы обучения наставников', 'сентябрь 2026 г.', 'Лебедева А.В.'],
  ]),
];

describe('an order clause «Утвердить … (приложение)» of an imported order', () => {
  it('becomes approve: of the appendix, keeping the clause’s own title; the appendix is stamped «УТВЕРЖДЕН приказом»', async () => {
    const clause =
      'Утвердить календарный план реализации инновационного проекта «Цифровой наставник» на 2026–2027 годы (приложение).';
    const { plan, yaml, text } = await importGenerated([...order(clause), ...appendix()]);
    expect(plan.documents[0]).toMatchObject({
      clauses: [
        {
          approve: 'appendix-1',
          title: 'календарный план реализации инновационного проекта «Цифровой наставник» на 2026–2027 годы',
        },
        'Методисту Лебедевой А.В. разработать положение о конкурсе.',
      ],
    });
    expect(yaml).toContain('приложение получит гриф «УТВЕРЖДЕН приказом …»');
    expect(text).toContain(
      '#.# Утвердить календарный план реализации инновационного проекта «Цифровой наставник» на 2026–2027 годы (приложение).',
    );
    expect(text).toContain(' |  | УТВЕРЖДЕН / приказом ОГБПОУ ЯКСиД / от 10.09.2026 № 215-о');
  });

  it('reads «(прилагается)» and «согласно приложению» too, worded then as gramota words it', async () => {
    for (const clause of [
      'Утвердить календарный план реализации инновационного проекта «Цифровой наставник» (прилагается).',
      'Утвердить календарный план реализации инновационного проекта «Цифровой наставник» согласно приложению.',
    ]) {
      const { plan, text } = await importGenerated([...order(clause), ...appendix()]);
      expect(plan.documents[0]).toMatchObject({ clauses: [{ approve: 'appendix-1' }, expect.any(String)] });
      expect(text).toContain(
        '#.# Утвердить календарный план реализации инновационного проекта «Цифровой наставник» (приложение).',
      );
    }
  });
});
