import { describe, expect, it } from 'vitest';
import type { Paragraph } from '../../src/model/schema.js';
import { toSetInlines } from '../../src/render/hyphenated.js';

const softHyphen = '\u00AD';
const paragraph = (style: Paragraph['style'], ...lines: string[]): Paragraph => ({
  type: 'paragraph',
  style,
  children: lines.flatMap((value, i) => [
    ...(i > 0 ? [{ type: 'lineBreak' as const }] : []),
    { type: 'text' as const, value },
  ]),
});
const textOf = (p: Paragraph) =>
  toSetInlines(p)
    .map((inline) => (inline.type === 'text' ? inline.value : '\n'))
    .join('');

describe('toSetInlines', () => {
  it('hyphenates body text but keeps the last word of each line whole: no paragraph ends on «сро-/ки.»', () => {
    const text = textOf(
      paragraph('body', 'Обеспечить выполнение мероприятия в установленные сроки.', 'Подготовить отчёт'),
    );
    expect(text).toContain(`ме${softHyphen}ро${softHyphen}при${softHyphen}я${softHyphen}тия`);
    expect(text).toContain(' сроки.\n');
    expect(text.endsWith(' отчёт')).toBe(true);
  });

  it('keeps a point of the last word whose tail fills a last line of one and a half indents («орга-/низаций-партнёров;»)', () => {
    const text = textOf(paragraph('body', 'кадровые – специалисты организаций-партнёров;'));
    const last = text.split(' ').at(-1)!;
    // The tail «ций-партнёров;» is a full last line; «ров;» or «нёров;» would be a stub.
    expect(last).toContain(`за${softHyphen}ций-партнёров;`);
    expect(last.endsWith(`партнёров;`)).toBe(true);
    expect(last).not.toMatch(new RegExp(`${softHyphen}.{0,6}$`));
  });

  it('keeps the hyphenation points of a last word in table text, which a narrow column may need', () => {
    const text = textOf(paragraph('tableText', 'Семинар по здоровьесбережению'));
    expect(text.split(' ').at(-1)).toContain(softHyphen);
  });
});
