import { describe, expect, it } from 'vitest';
import { importText } from '../../src/messages.js';
import { importGenerated, writeParagraph } from './_generated-docx.js';

// Trial 10: her order lists its appendices under the clauses, GOST's way: «Приложения: 1. … на 1 л. в 1 экз.», the
// second item a line of its own. The first line was glued to the control clause, the second became a clause of its
// own; check then told her to delete the control clause, and the order printed «5. Дорожная карта на 2 л. в 1 экз.».
describe('import of an order with its list of appendices under the clauses', () => {
  it('leaves the list out of the clauses, in a note, and reads the control clause and the signature', async () => {
    const { plan, text, yaml } = await importGenerated(
      [
        'ГБПОУ «СПК»',
        'ПРИКАЗ',
        '01.09.2025\t№ 215-о',
        'О создании рабочей группы',
        'ПРИКАЗЫВАЮ:',
        '1. Создать рабочую группу в составе согласно приложению 1.',
        '2. Утвердить дорожную карту (приложение 2).',
        '3. Контроль за исполнением настоящего приказа оставляю за собой.',
        'Приложения: 1. Состав рабочей группы на 1 л. в 1 экз.',
        '                       2. Дорожная карта на 2 л. в 1 экз.',
        'Директор\tА.Н. Громов',
      ].map((t) => writeParagraph(t)),
    );
    expect(plan.documents[0]).toMatchObject({
      clauses: [
        'Создать рабочую группу в составе согласно приложению 1.',
        'Утвердить дорожную карту (приложение 2).',
      ],
      signer: 'gromov',
    });
    expect(text.join('\n')).not.toContain('экз.');
    expect(yaml).toContain(
      `# импорт: ${importText.appendixListLeft('Приложения: 1. Состав рабочей группы на 1 л. в 1 экз. / 2. Дорожная карта на 2 л. в 1 экз.')}`,
    );
  });

  it('keeps an appendix’s own mark «Приложение 1 к приказу …» (no colon) out of the list', async () => {
    const { yaml } = await importGenerated(
      [
        'ГБПОУ «СПК»',
        'ПРИКАЗ',
        '01.09.2025\t№ 215-о',
        'О создании рабочей группы',
        'ПРИКАЗЫВАЮ:',
        '1. Создать рабочую группу.',
        'Директор\tА.Н. Громов',
        'Приложение 1 к приказу от 01.09.2025 № 215-о',
      ].map((t) => writeParagraph(t)),
    );
    expect(yaml).not.toContain('список приложений');
  });
});
