import { describe, expect, it } from 'vitest';
import { buildModels } from '../../src/generate.js';
import { importDocx } from '../../src/import/import-docx.js';
import { importText, text as messages } from '../../src/messages.js';
import { parsePlan } from '../../src/plan/parse-plan.js';
import { importGenerated, writeDocx, writeParagraph } from './_generated-docx.js';
import { toModelText } from './_model-text.js';

// Trial 10: her order lists its appendices under the clauses, GOST's way: «Приложения: 1. … на 1 л. в 1 экз.», the
// second item a line of its own. The first line was glued to the control clause, the second became a clause of its
// own; check then told her to delete the control clause, and the order printed «5. Дорожная карта на 2 л. в 1 экз.».
describe('import of an order with its list of appendices under the clauses', () => {
  it('leaves the list out of the clauses, in a note, and reads the control clause and the signature', async () => {
    const imported = importDocx(
      await writeDocx(
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
      ),
      'generated.docx',
    );
    // Neither appendix is in the file: each has a stand-in (tests/import/order-cited-appendix.test.ts); written in,
    // the plan builds.
    expect(imported.problems.map((p) => p.message)).toEqual([
      messages.standInLeft(1),
      messages.standInLeft(2),
    ]);
    const yaml = imported.yaml.replace(
      /Приложения (\d) в импортированном файле нет[^"\n]*/gu,
      'Текст приложения $1.',
    );
    const plan = parsePlan(yaml, 'plan.yaml');
    const text = toModelText(buildModels(plan, { createdAt: new Date('2024-09-01T00:00:00Z') })[0]!.model);
    expect(plan.documents[0]).toMatchObject({
      clauses: [
        'Создать рабочую группу в составе согласно приложению 1.',
        'Утвердить дорожную карту (приложение 2).',
      ],
      signer: 'gromov',
    });
    expect(text.join('\n')).not.toContain('экз.');
    expect(imported.yaml).toContain(
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
