import { describe, expect, it } from 'vitest';
import { breakLongWords } from '../../src/markup/break-long-words.js';
import type { DocumentModel } from '../../src/model/schema.js';
import { findForcedBreaks } from '../../src/render/forced-breaks.js';

const paragraph = (value: string) => ({
  type: 'paragraph' as const,
  children: [{ type: 'text' as const, value: breakLongWords(value) }],
});
const modelOf = (...values: string[]) =>
  ({
    type: 'document',
    meta: { title: 'Т', author: '', createdAt: '2026-01-01T00:00:00.000Z' },
    sections: [
      {
        type: 'section',
        orientation: 'portrait',
        children: [
          paragraph(values[0]!),
          {
            type: 'table',
            borders: 'grid',
            widths: [{ auto: true }],
            rows: values.slice(1).map((v) => ({ cells: [{ children: [paragraph(v)] }] })),
          },
        ],
      },
    ],
  }) as unknown as DocumentModel;

describe('findForcedBreaks', () => {
  const glued = 'ГБУДПОСамарскийобластнойинститутповышенияквалификации';

  it('finds a word the markup broke between letters, in the body and in a table cell, once, without punctuation', () => {
    const model = modelOf(`Курсы (${glued}).`, `Ответственный: ${glued}`, 'Короткие слова');
    expect(findForcedBreaks(model)).toEqual([glued]);
  });

  it('leaves out links and e-mails, and words of 40 characters or fewer', () => {
    const model = modelOf(
      'https://disk.yandex.ru/d/AbCdEfGhIjKlMnOpQrStUvWxYz0123456789',
      'metodist.samara.school.number.fourteen.long@example.ru',
      'информационныересурсыинновационногоцентр',
    );
    expect(findForcedBreaks(model)).toEqual([]);
  });
});
