import { describe, expect, it } from 'vitest';
import { importText } from '../../src/messages.js';
import { importGenerated, writeTable } from './_generated-docx.js';

describe('import of «о» typed before a vowel («о инновационном», seed 000)', () => {
  it('writes «об инновационном» with a note, so the imported plan builds (the check refuses «о» before a vowel)', async () => {
    const { plan, yaml, text } = await importGenerated([
      writeTable([
        ['№ п/п', 'Мероприятие', 'Сроки', 'Результат'],
        [
          '1.',
          'Маркетинговое исследование',
          'октябрь 2021 г.',
          'Получены данные о инновационном пространстве и о работе партнёров',
        ],
        ['2.', 'О утверждении плана', 'ноябрь 2021 г.', 'Приказ'],
      ]),
    ]);
    const items = (plan.documents[0] as { items: { activity: string; result: string }[] }).items;
    expect(items[0]!.result).toBe('Получены данные об инновационном пространстве и о работе партнёров');
    expect(items[1]!.activity).toBe('Об утверждении плана');
    expect(yaml).toContain(`# импорт: ${importText.prepositionOb(['о инновационном → об инновационном'])}`);
    expect(text.join('\n')).toContain('об инновационном пространстве');
  });
});
