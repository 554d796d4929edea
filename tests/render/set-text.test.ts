import { describe, expect, it } from 'vitest';
import type { Paragraph } from '../../src/model/schema.js';
import { toParagraphSpec } from '../../src/model/styles.js';
import { measureWords } from '../../src/render/column-needs.js';
import { measureEm } from '../../src/render/measure.js';
import { keepWholeSetText, measureSetText } from '../../src/render/set-text.js';

const soft = '\u00AD';
const ptPerMm = 72 / 25.4;

function paragraph(...lines: string[]): Paragraph {
  return {
    type: 'paragraph',
    style: 'tableText',
    children: lines.flatMap((value, i) => [
      ...(i > 0 ? [{ type: 'lineBreak' as const }] : []),
      { type: 'text' as const, value },
    ]),
  };
}

/** Widths by the strings, as measureEm gives them: what the character-by-character reading must agree with. */
function toMm(em: number, p: Paragraph): number {
  return (em * toParagraphSpec(p).sizePt) / ptPerMm;
}

describe('measureSetText', () => {
  it('reads lines and words as set: hyphenated, each word with its parts between soft hyphens', () => {
    const p = paragraph('Организация сетевого взаимодействия', '2021–2022');
    const { lines } = measureSetText(p);
    expect(lines.map((l) => l.words.map((w) => w.text.replaceAll(soft, '')))).toEqual([
      ['Организация', 'сетевого', 'взаимодействия'],
      ['2021–2022'],
    ]);
    const word = lines[0]!.words[2]!;
    expect(word.text).toContain(soft);
    expect(word.partsEm).toEqual(word.text.split(soft).map((part) => measureEm(part, false)));
    expect(word.em).toBe(measureEm(word.text.replaceAll(soft, ''), false));
    expect(lines[0]!.em).toBe(
      measureEm(lines[0]!.words.map((w) => w.text.replaceAll(soft, '')).join(' '), false),
    );
  });

  it('agrees with measureWords on the widest piece no line can break, at hyphens and soft hyphens', () => {
    for (const text of [
      'Подготовительный этап',
      'научно-методическое сопровождение',
      'кто-то — и что-то',
      'ГБПОУ «ТК» 2021-2022',
      'сверх\u200Bдлинное\u200Bслово',
    ]) {
      const p = paragraph(text);
      const least = measureWords(p).reduce((most, w) => Math.max(most, w.minMm), 0);
      expect(measureSetText(p).leastMm, text).toBe(least);
    }
  });

  it('measures a word with a character outside the metrics table by its strings', () => {
    const p = paragraph('знак\u200Bразрыва слово');
    const [first, second] = measureSetText(p).lines[0]!.words;
    expect(first!.em).toBe(measureEm('знак\u200Bразрыва', false));
    expect(second!.em).toBe(measureEm(second!.text.replaceAll(soft, ''), false));
    expect(toMm(measureSetText(p).lines[0]!.em, p)).toBeGreaterThan(toMm(first!.em + second!.em, p));
  });

  it('measures a paragraph once', () => {
    const p = paragraph('Мониторинг результатов');
    expect(measureSetText(p)).toBe(measureSetText(p));
  });

  it('measures a paragraph set without hyphenation from its hyphenated measure, as measuring it gives', () => {
    const texts = [
      ['Материально-технические условия реализации проекта'],
      ['Организационный этап', 'сентябрь 2026 — январь 2027'],
      ['сверх\u200Bдлинное\u200Bслово и кто-то', 'Ответственные исполнители'],
      ['ГБПОУ «ТК» 2021-2022 учебный год'],
    ];
    for (const lines of texts) {
      const hyphenated = paragraph(...lines);
      const whole: Paragraph = { ...hyphenated, hyphenate: false };
      keepWholeSetText(hyphenated, whole);
      const measured = measureSetText({ ...hyphenated, hyphenate: false });
      expect(measureSetText(whole), lines.join(' / ')).toEqual(measured);
      expect(measureSetText(whole)).not.toBe(measured); // derived, not measured again
    }
  });

  it('measures a text with soft hyphens of its own anew: they stay when hyphenation is dropped', () => {
    const hyphenated = paragraph(`Само${soft}образование`);
    const whole: Paragraph = { ...hyphenated, hyphenate: false };
    keepWholeSetText(hyphenated, whole);
    expect(measureSetText(whole).lines[0]!.words[0]!.partsEm).toHaveLength(2);
  });
});
