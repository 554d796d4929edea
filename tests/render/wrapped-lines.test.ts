import { describe, expect, it } from 'vitest';
import { hyphenateText } from '../../src/language/hyphenation.js';
import { styles } from '../../src/model/styles.js';
import { measureEm } from '../../src/render/measure.js';
import { renderPdf } from '../../src/render/pdf/index.js';
import { measureSetText, toLineTexts } from '../../src/render/set-text.js';
import { countWrappedLines, toWrappableLine, type WrappableLine } from '../../src/render/wrapped-lines.js';
import { cell, makeDocument, makeSection, readPdf } from './pdf/fixtures.js';

const texts = [
  'Определение дефицитов цифровых компетенций педагогических работников колледжа',
  'Положение о рабочей группе по внедрению цифровой педагогической мастерской',
  'Разработка программы повышения квалификации «Цифровые инструменты современного педагога» объёмом 36 часов',
  'Заместитель директора по учебно-методической работе',
];

const ptPerMm = 72 / 25.4;

/** A line of text measured for wrapping straight from its characters: what toWrappableLine must give. */
function measureText(text: string, sizePt: number, bold: boolean, indentMm: number): WrappableLine {
  const mm = (s: string) => (measureEm(s, bold) * sizePt) / ptPerMm;
  const words = text
    .split(' ')
    .filter((w) => w !== '')
    .map((word) =>
      word.split('\u00AD').flatMap((part, i, parts) => {
        const pieces = part.includes('-') ? part.split(/(?<=-)(?=\p{L})/u) : [part];
        return pieces.map((piece, j) => ({
          mm: mm(piece),
          hyphen: j === pieces.length - 1 && i < parts.length - 1,
        }));
      }),
    );
  const wholesMm = words.map((word) => word.reduce((sum, p) => sum + p.mm, 0));
  return { words, wholesMm, spaceMm: mm(' '), hyphenMm: mm('-'), indentMm };
}

describe('countWrappedLines', () => {
  it('counts the lines pdfmake sets a table cell in, at narrow and wide columns', async () => {
    const spec = styles.tableText;
    const innerOf = (mm: number) => mm - 3; // the cell margins, 1.5 mm each side
    for (const widthMm of [22, 30, 45]) {
      const table = {
        type: 'table',
        borders: 'grid',
        widths: texts.map(() => ({ mm: widthMm })),
        rows: [{ cells: texts.map((t) => cell(t)) }],
      };
      const { items } = await readPdf(await renderPdf(makeDocument([makeSection([table])])));
      const columns = texts.map(
        (_, c) =>
          new Set(
            (items[0] ?? [])
              .filter((item) => item.str.trim() !== '')
              .filter((item) => {
                const left = 56.7 + (c * widthMm * 72) / 25.4; // the portrait text's left edge, 20 mm
                return item.x >= left && item.x < left + (widthMm * 72) / 25.4;
              })
              .map((item) => Math.round(item.y)),
          ).size,
      );
      // As the column widths count them: the paragraph's text as set (hyphenated), measured once (set-text.ts).
      const estimated = texts.map((value) => {
        const paragraph = {
          type: 'paragraph' as const,
          style: 'tableText' as const,
          children: [{ type: 'text' as const, value }],
        };
        const [line] = measureSetText(paragraph).lines;
        return countWrappedLines(toWrappableLine(line!, spec.sizePt, spec.bold, 0), innerOf(widthMm));
      });
      expect(estimated, `${widthMm} мм`).toEqual(columns);
    }
  });

  it('never breaks a piece between hyphenation points: a piece wider than the line takes lines of its own', () => {
    const line = measureText('Сверхдлинноеслово', 12, false, 0);
    expect(countWrappedLines(line, 5)).toBeGreaterThan(1);
    expect(countWrappedLines(line, 200)).toBe(1);
  });

  it('fits a word into a line exactly its width, whatever its pieces sum to', () => {
    // «Форма от-/чётности» in a column fitted to «отчётности»: its parts between soft hyphens, summed, came out a
    // rounding error wider than the word, which then took a third line and kept the head hyphenated.
    const line = measureText('Форма от\u00ADчёт\u00ADно\u00ADсти', 12, true, 0);
    const wordMm = (measureEm('отчётности', true) * 12) / ptPerMm;
    const parts = { ...line, wholesMm: line.wholesMm.map((mm, i) => (i === 1 ? wordMm + 1e-12 : mm)) };
    parts.words[1]!.forEach((piece, i, pieces) => {
      if (i === pieces.length - 1) (piece as { mm: number }).mm += 1e-12;
    });
    expect(countWrappedLines(parts, wordMm, undefined, false)).toBe(2);
    expect(countWrappedLines(parts, wordMm - 0.01, undefined, false)).toBe(3);
  });
});

describe('toWrappableLine', () => {
  const lines = [
    ...texts,
    'Заместитель директора по учебно-методической работе, ИТ-специалист',
    'Иванова\u00A0М.\u00A0С., 2021–2022\u00A0гг.; «Цифровой педагог» — 36\u00A0ч.',
    'Сверхдлинное\u200Bслово\u200Bс\u200Bметками разрыва и Latin words, 5.7',
    'Ёлка ёжик',
  ];
  it('gives what measuring the line’s text gives, from the words set-text.ts has already measured', () => {
    for (const style of ['tableText', 'tableHead'] as const) {
      const spec = styles[style];
      for (const value of lines) {
        const paragraph = {
          type: 'paragraph' as const,
          style,
          children: [
            { type: 'text' as const, value },
            { type: 'lineBreak' as const },
            { type: 'text' as const, value: hyphenateText(value) },
          ],
        };
        const set = measureSetText(paragraph).lines;
        const texts = toLineTexts(paragraph);
        expect(set.length, value).toBe(texts.length);
        set.forEach((line, i) => {
          expect(toWrappableLine(line, spec.sizePt, spec.bold, 2.5), value).toEqual(
            measureText(texts[i]!, spec.sizePt, spec.bold, 2.5),
          );
        });
      }
    }
  });
});
