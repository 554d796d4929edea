import { describe, expect, it } from 'vitest';
import { importText } from '../../src/messages.js';
import { importGenerated, writeParagraph, writeTable } from './_generated-docx.js';

/** An order of generated paragraphs up to its last clause. */
const orderTop = () =>
  [
    'МБОУ «Школа № 1»',
    'ПРИКАЗ',
    '15.01.2025\t№ 07-ос',
    'О проведении Недели педагогического мастерства',
    'ПРИКАЗЫВАЮ:',
    '1. Провести Неделю педагогического мастерства с 3 по 7 февраля 2025 г.',
    '2. Контроль за исполнением настоящего приказа оставляю за собой.',
  ].map((t) => writeParagraph(t));

describe('import of an order signed in a borderless table', () => {
  it('reads «Директор | Г.В. Алейкина» as the signature, the lines under it as a note and the visas', async () => {
    const { plan, text, yaml } = await importGenerated([
      ...orderTop(),
      writeTable([['Директор', 'Г.В. Алейкина']], true),
      writeParagraph('Проект приказа вносит:'),
      writeParagraph('Методист Бушина М.Б.'),
      writeParagraph('Согласовано:'),
      writeTable(
        [
          ['Заместитель директора', '____________', ['А.В. Спиридонова', '14.01.2025']],
          ['Юрисконсульт', '____________', 'Д.А. Соколов'],
        ],
        true,
      ),
      writeParagraph('С приказом ознакомлены:'),
      // Under «С приказом ознакомлены:» a row of the same shape is one of the acquainted, not a second signature.
      writeTable([['Методист', 'Бушина М.Б.']], true),
    ]);
    expect(plan.documents[0]).toMatchObject({
      clauses: ['Провести Неделю педагогического мастерства с 3 по 7 февраля 2025 г.'],
      signer: 'aleikina',
      visas: [
        { by: 'spiridonova', date: '2025-01-14' },
        { by: 'sokolov', date: 'none' },
      ],
      acquainted: ['bushina'],
    });
    expect(plan.people?.aleikina).toEqual({ name: 'Г.В. Алейкина', position: 'Директор' });
    expect(text.some((line) => /Директор.*Г\.В\. Алейкина/.test(line))).toBe(true);
    expect(text.join('\n')).not.toContain('Фамилия');
    // Not carried into the plan, but named in a note rather than glued into the last clause (so is the position
    // of the acquainted, as it is when the row is two lines).
    expect(yaml).toContain(
      `# импорт: ${importText.afterSignature('Проект приказа вносит: / Методист Бушина М.Б. / Методист')}`,
    );
  });

  it('reads a signature of three cells, a line for the signature between position and name', async () => {
    const { plan, yaml } = await importGenerated([
      ...orderTop(),
      writeTable([['Директор школы', '___________', 'Е.В. Кузнецова']], true),
    ]);
    expect(plan.documents[0]).toMatchObject({
      clauses: ['Провести Неделю педагогического мастерства с 3 по 7 февраля 2025 г.'],
      signer: 'kuznetsova',
    });
    expect(plan.people?.kuznetsova).toEqual({ name: 'Е.В. Кузнецова', position: 'Директор школы' });
    expect(yaml).not.toContain('подпись под приказом не найдена');
  });

  it('reads a visa whose name and date are two lines of one paragraph: «А.В. Спиридонова⏎14.01.2025»', async () => {
    const { plan, text, yaml } = await importGenerated([
      ...orderTop(),
      writeParagraph('Директор\tГ.В. Алейкина'),
      writeParagraph('Согласовано:'),
      writeTable(
        [
          [
            'Заместитель директора по учебно-методической работе',
            '____________',
            'А.В. Спиридонова\n14.01.2025',
          ],
          ['Юрисконсульт', '____________', 'Д.А. Соколов\n____.____.20___'],
        ],
        true,
      ),
    ]);
    expect(plan.documents[0]).toMatchObject({
      signer: 'aleikina',
      visas: [{ by: 'spiridonova', date: '2025-01-14' }, 'sokolov'],
    });
    expect(plan.people?.spiridonova).toEqual({
      name: 'А.В. Спиридонова',
      position: 'Заместитель директора по учебно-методической работе',
    });
    expect(yaml).not.toContain('после подписи в документе есть текст');
    expect(text.join('\n')).toContain('14.01.2025');
  });
});
