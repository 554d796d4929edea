import { describe, expect, it } from 'vitest';
import { importGenerated, writeParagraph } from './_generated-docx.js';

describe('import of «С приказом ознакомлены:»', () => {
  it('takes the names of lines with blanks for the signature and the date, as of bare name lines', async () => {
    const { plan, yaml, text } = await importGenerated(
      [
        'МБОУ «Школа № 1»',
        'ПРИКАЗ',
        '28.08.2024\t№ 112-од',
        'Об организации наставничества',
        'ПРИКАЗЫВАЮ:',
        '1. Организовать наставничество в 2024–2025 учебном году.',
        '2. Контроль за исполнением настоящего приказа оставляю за собой.',
        'Директор\tИ.П. Сидоров',
        'С приказом ознакомлены:',
        'Ковалёва Н.С.\t____________\t«___» ____________ 2024 г.',
        'Петрова О.В. ____________ «___» ____________ 2024 г.',
        'Андреева Т.М.',
      ].map((t) => writeParagraph(t)),
    );
    expect(plan.documents[0]).toMatchObject({
      signer: 'sidorov',
      acquainted: ['kovaleva', 'petrova', 'andreeva'],
    });
    expect(plan.people).toMatchObject({
      kovaleva: { name: 'Ковалёва Н.С.' },
      petrova: { name: 'Петрова О.В.' },
      andreeva: { name: 'Андреева Т.М.' },
    });
    // Nothing is left over for a note: gramota prints the blanks itself.
    expect(yaml).not.toContain('после подписи');
    expect(text.filter((line) => /Ковалёва|Петрова|Андреева/.test(line))).toHaveLength(3);
  });
});
