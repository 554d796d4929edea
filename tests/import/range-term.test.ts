import { describe, expect, it } from 'vitest';
import { importText } from '../../src/messages.js';
import { importGenerated, writeTable } from './_generated-docx.js';

describe('import of a term written as a range of two full months', () => {
  it('writes «апрель 2025 г. – декабрь 2025 г.» as from/to, which gramota check takes, with a note', async () => {
    const { plan, yaml, text } = await importGenerated([
      writeTable([
        ['№ п/п', 'Мероприятие', 'Сроки', 'Ответственный'],
        ['1.', 'Курсы повышения квалификации', 'апрель 2025 г. – декабрь 2025 г.', 'Захарова Л.М.'],
        ['2.', 'Открытые уроки', 'ежегодно', 'Гусев П.П.'],
      ]),
    ]);
    const items = (plan.documents[0] as { items: { term?: unknown }[] }).items;
    expect(items.map((i) => i.term)).toEqual([{ from: '2025-04', to: '2025-12' }, 'ежегодно']);
    expect(yaml).toContain(
      importText.termAsData('апрель 2025 г. – декабрь 2025 г.', 'апрель – декабрь 2025 г.'),
    );
    expect(text.at(-2)).toContain('апрель – декабрь 2025 г.');
  });
});
