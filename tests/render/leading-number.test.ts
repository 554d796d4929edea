import { describe, expect, it } from 'vitest';
import type { Paragraph } from '../../src/model/schema.js';
import { freeLeadingNumber } from '../../src/render/leading-number.js';

const paragraph = (...values: string[]): Paragraph => ({
  type: 'paragraph',
  style: 'tableText',
  children: values.map((value) => ({ type: 'text', value })),
});

describe('freeLeadingNumber', () => {
  it('turns the no-break space after a number that starts the text into a plain space', () => {
    expect(freeLeadingNumber(paragraph('1.\u00A0Подготовительный этап'))).toEqual(
      paragraph('1. Подготовительный этап'),
    );
    expect(freeLeadingNumber(paragraph('2.1.\u00A0Внедренческий', ' (январь)'))).toEqual(
      paragraph('2.1. Внедренческий', ' (январь)'),
    );
  });

  it('leaves a text without such a number: none, one already free, or one inside the text', () => {
    expect(freeLeadingNumber(paragraph('Подготовительный этап'))).toBeUndefined();
    expect(freeLeadingNumber(paragraph('1. Подготовительный этап'))).toBeUndefined();
    expect(freeLeadingNumber(paragraph('Этап\u00A01.\u00A0Подготовительный'))).toBeUndefined();
    expect(freeLeadingNumber(paragraph('2025\u00A0г.'))).toBeUndefined();
    expect(freeLeadingNumber({ type: 'paragraph', style: 'tableText', children: [] })).toBeUndefined();
  });
});
