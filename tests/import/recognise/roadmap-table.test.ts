import { describe, expect, it } from 'vitest';
import type { DocCell, DocRow, DocTable } from '../../../src/import/docx/blocks.js';
import { createPeopleBook } from '../../../src/import/recognise/people.js';
import { readRoadmapTable } from '../../../src/import/recognise/roadmap-table.js';
import { importText } from '../../../src/messages.js';
import { toParagraph } from '../_paragraph.js';

/** A row of cells side by side; a cell written [text, colSpan] spans columns. */
function row(...cells: (string | [string, number])[]): DocRow {
  let col = 0;
  return {
    header: false,
    cells: cells.map((c): DocCell => {
      const [text, colSpan] = typeof c === 'string' ? [c, 1] : c;
      const cell = { col, colSpan, rowSpan: 1, paragraphs: [toParagraph(text)] };
      col += colSpan;
      return cell;
    }),
  };
}
const table = (...rows: DocRow[]): DocTable => ({
  kind: 'table',
  columns: 4,
  gridWidths: [],
  borderless: false,
  rows,
});
const header = row('№', 'Содержание работы', 'Срок', 'Исполнитель');

describe('roadmap tables', () => {
  it('reads stage rows written «I» | «…» beside the № cell and «Этап 2. …» across the table', () => {
    const read = readRoadmapTable(
      table(
        header,
        row('I', ['Подготовительный этап', 3]),
        row('1.1', 'Анализ', 'сентябрь 2021 г.', 'Орлова Е.А.'),
        row(['Этап 2. Основной (октябрь 2021 г. – май 2022 г.)', 4]),
        row('2.1', 'Семинары', 'ежемесячно', 'Орлова Е.А.'),
      ),
      createPeopleBook(),
    );
    expect(read?.data.stages).toEqual([
      {
        title: 'Подготовительный этап',
        items: [{ activity: 'Анализ', term: '2021-09', responsible: 'orlova' }],
      },
      {
        title: 'Основной',
        term: { from: '2021-10', to: '2022-05' },
        items: [{ activity: 'Семинары', term: 'ежемесячно', responsible: 'orlova' }],
      },
    ]);
    expect(read?.notes.map((n) => n.path.join('.'))).toEqual(['stages.0', 'stages.1']);
  });

  it('keeps rows above the first stage in it, and nests by the number, one level at a time', () => {
    const read = readRoadmapTable(
      table(
        header,
        row('1.', 'Вводное совещание', '', ''),
        row(['1. Основной этап', 4]),
        row('1.1', 'Семинар', '', ''),
        row('1.1.1.1', 'Слишком глубоко', '', ''),
      ),
      createPeopleBook(),
    );
    expect(read?.data.stages).toEqual([
      {
        title: 'Основной этап',
        items: [
          { activity: 'Вводное совещание' },
          { activity: 'Семинар', items: [{ activity: 'Слишком глубоко' }] },
        ],
      },
    ]);
    expect(read?.notes.map((n) => [n.path.join('.'), n.text])).toEqual([
      ['stages.0', importText.itemsBeforeStage(1)],
      ['stages.0.items.0', importText.numberChanged('1.', '1.1')],
      ['stages.0.items.1', importText.numberChanged('1.1', '1.2')],
      ['stages.0.items.1.items.0', importText.numberSkipsLevel],
      ['stages.0.items.1.items.0', importText.numberChanged('1.1.1.1', '1.2.1')],
    ]);
  });

  it('is not a roadmap without a № column or a column of activities', () => {
    expect(
      readRoadmapTable(
        table(row('Вид ресурсов', 'Действия', 'Срок', 'Кто'), row('a', 'b', 'c', 'd')),
        createPeopleBook(),
      ),
    ).toBeUndefined();
  });
});
