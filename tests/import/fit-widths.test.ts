import { Table, TableCell, TableRow, WidthType } from 'docx';
import { describe, expect, it } from 'vitest';
import { buildModels } from '../../src/generate.js';
import { fitWordsWhole } from '../../src/import/recognise/fit-widths.js';
import { assemblePackage } from '../../src/package/assemble.js';
import { toWordWarnings } from '../../src/plan/word-warnings.js';
import { importGenerated, writeParagraph, writeTitleParagraph } from './_generated-docx.js';

/** A table with Word's own column widths (twips), as the trial's «Состав наставнических пар». */
function writeSizedTable(widths: readonly number[], rows: readonly (readonly string[])[]): Table {
  return new Table({
    width: { size: widths.reduce((a, b) => a + b, 0), type: WidthType.DXA },
    columnWidths: [...widths],
    rows: rows.map(
      (cells) =>
        new TableRow({
          children: cells.map(
            (text, c) =>
              new TableCell({
                children: [writeParagraph(text)],
                width: { size: widths[c]!, type: WidthType.DXA },
              }),
          ),
        }),
    ),
  });
}

describe('import of a table whose Word widths are too narrow for gramota', () => {
  it('widens the «№ п/п» column so that the imported plan builds without a warning', async () => {
    const { plan, yaml } = await importGenerated([
      writeTitleParagraph('Состав наставнических пар на 2024–2025 учебный год'),
      writeSizedTable(
        [700, 3000, 3000, 2655],
        [
          [
            '№ п/п',
            'Наставник (Ф.И.О., должность)',
            'Наставляемый (Ф.И.О., должность)',
            'Форма наставничества',
          ],
          [
            '1.',
            'Андреева Т.М., преподаватель высшей категории',
            'Лыкова Д.А., преподаватель',
            '«педагог – педагог»',
          ],
        ],
      ),
    ]);
    const [table] = (plan.documents[0] as { body: { table: { widths: number[] } }[] }).body;
    const widths = table!.table.widths;
    // Word's 12.3 mm is raised; the other columns keep their proportions.
    expect(widths[0]).toBeGreaterThan(12.3);
    expect(widths[1]).toBe(widths[2]);
    expect(widths[1]! / widths[3]!).toBeCloseTo(3000 / 2655, 1);
    const built = assemblePackage(plan, buildModels(plan, { createdAt: new Date('2024-09-01T00:00:00Z') }));
    expect(toWordWarnings(yaml, 'imported.yaml', built).map((w) => w.message)).toEqual([]);
  });

  it('keeps widths that hold their words, and gives none when the words cannot all fit', () => {
    const texts = [
      { column: 0, lines: ['№ п/п'], head: true, list: false },
      { column: 1, lines: ['Мероприятие'], head: true, list: false },
    ];
    expect(fitWordsWhole([1, 3], texts)).toEqual([1, 3]);
    const wide = [{ column: 0, lines: ['1234567890'.repeat(12)], head: false, list: false }];
    expect(fitWordsWhole([1, 1], [...wide, { ...wide[0]!, column: 1 }])).toBeUndefined();
  });
});
