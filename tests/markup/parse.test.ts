import { describe, expect, it } from 'vitest';
import { parseMarkup } from '../../src/markup/parse.js';

const meta = { createdAt: '2020-10-01T00:00:00.000Z' };
const wrap = (body: string) =>
  `<document title="Т"><section orientation="landscape">${body}</section></document>`;

function blocksOf(body: string) {
  const result = parseMarkup(wrap(body), meta);
  if (!('model' in result)) throw new Error(JSON.stringify(result.problems));
  return result.model.sections[0]!.children;
}

function problemsOf(markup: string) {
  const result = parseMarkup(markup, meta);
  return 'problems' in result ? result.problems.map((p) => `${p.line}:${p.column}: ${p.message}`) : [];
}

describe('parseMarkup', () => {
  it('builds a section with its orientation and page numbers from the second page by default', () => {
    const result = parseMarkup(wrap('<p>Текст</p>'), meta);
    expect('model' in result && result.model.sections[0]).toMatchObject({
      orientation: 'landscape',
      pageNumbers: 'fromSecond',
    });
    expect('model' in result && result.model.meta).toEqual({ title: 'Т', createdAt: meta.createdAt });
  });

  it('collapses template whitespace like HTML but keeps non-breaking spaces', () => {
    const [p] = blocksOf('<p>\n   Приказ   №\u00A0125\n  от\t01.10.2020\n</p>');
    expect(p).toEqual({
      type: 'paragraph',
      style: 'body',
      children: [{ type: 'text', value: 'Приказ №\u00A0125 от 01.10.2020' }],
    });
  });

  it('nests bold, italic and underline and merges equal neighbours', () => {
    const [p] = blocksOf('<p style="stamp">А <b>Б <i>В</i></b><b> Г</b><br/> Д<tab/>Е</p>');
    expect(p).toEqual({
      type: 'paragraph',
      style: 'stamp',
      children: [
        { type: 'text', value: 'А ' },
        { type: 'text', value: 'Б ', bold: true },
        { type: 'text', value: 'В', bold: true, italic: true },
        { type: 'text', value: ' Г', bold: true },
        { type: 'lineBreak' },
        { type: 'text', value: 'Д' },
        { type: 'tab' },
        { type: 'text', value: 'Е' },
      ],
    });
  });

  it.each([
    [
      '<row><cell row-span="3"><p>а</p></cell><cell><p>б</p></cell></row><row><cell><p>в</p></cell></row>',
      'ячейка в строке 1 объединяет 3 строки (row-span), а до конца таблицы 2 строки',
    ],
    [
      '<row><cell col-span="2"><p>а</p></cell><cell><p>б</p></cell></row>',
      'в строке 1 ячейки доходят до столбца 3, а в таблице их 2 (col-span и ячейки под row-span сверху)',
    ],
    [
      '<row><cell><p>а</p></cell><cell row-span="2"><p>б</p></cell></row><row><cell col-span="2"><p>в</p></cell></row>',
      'в строке 2 ячейка с col-span накрывает столбец, который ещё занят ячейкой с row-span сверху',
    ],
  ])('reports a merge past the table or over another instead of clamping it: %s', (rows, message) => {
    const result = parseMarkup(
      `<document title="Т"><section orientation="portrait"><table widths="1fr 1fr">${rows}</table></section></document>`,
      { createdAt: '2020-01-01T00:00:00Z' },
    );
    expect(result).toEqual({ problems: [expect.objectContaining({ message })] });
  });

  it('gives paragraphs in table cells the table style by default', () => {
    const [table] = blocksOf(
      '<table widths="10mm 1fr"><row header="true"><cell><p>№</p></cell><cell row-span="2"><list><item><p>а</p></item></list></cell></row><row><cell><p>1</p></cell></row></table>',
    );
    expect(table).toEqual({
      type: 'table',
      borders: 'grid',
      widths: [{ mm: 10 }, { fr: 1 }],
      rows: [
        {
          header: true,
          cells: [
            {
              children: [{ type: 'paragraph', style: 'tableText', children: [{ type: 'text', value: '№' }] }],
            },
            {
              rowSpan: 2,
              children: [
                {
                  type: 'list',
                  ordered: false,
                  items: [
                    {
                      children: [
                        { type: 'paragraph', style: 'tableText', children: [{ type: 'text', value: 'а' }] },
                      ],
                    },
                  ],
                },
              ],
            },
          ],
        },
        {
          cells: [
            {
              children: [{ type: 'paragraph', style: 'tableText', children: [{ type: 'text', value: '1' }] }],
            },
          ],
        },
      ],
    });
  });

  it('decodes entities into text, never into elements', () => {
    const [p] = blocksOf('<p>&lt;w:p&gt; &amp; {{x}} &#x27;q&#x27; &#160;</p>');
    expect(p).toMatchObject({ children: [{ type: 'text', value: "<w:p> & {{x}} 'q' \u00A0" }] });
  });

  it('reports an unknown element with its position and what is allowed there', () => {
    expect(problemsOf(wrap('\n<para>x</para>'))).toEqual([
      '2:1: неизвестный элемент <para>; здесь допустимы: <p>, <list>, <table>, <page-break>, <contents>',
    ]);
  });

  it('reports a bad attribute value', () => {
    expect(problemsOf(wrap('<p style="huge">x</p>'))[0]).toMatch(/«huge»; допустимы: body, bodyPlain/);
    expect(problemsOf(wrap('<table widths="10 1fr"><row><cell><p/></cell></row></table>'))[0]).toMatch(
      /«10»; нужно число с mm или fr/,
    );
  });

  it('reads the titles of a table’s columns between bars, one a column, and rejects a count unlike the widths', () => {
    const [table] = blocksOf(
      '<table widths="1fr 35mm" titles="Фамилия, инициалы | Подпись"><row><cell><p/></cell><cell><p/></cell></row></table>',
    );
    expect(table).toMatchObject({ columnTitles: ['Фамилия, инициалы', 'Подпись'] });
    expect(blocksOf('<table widths="1fr"><row><cell><p/></cell></row></table>')[0]).not.toHaveProperty(
      'columnTitles',
    );
    expect(
      problemsOf(
        wrap(
          '<table widths="1fr 35mm" titles="Фамилия"><row><cell><p/></cell><cell><p/></cell></row></table>',
        ),
      ),
    ).toEqual(['1:54: у <table> атрибут titles: 1 название через «|», а столбцов в widths — 2']);
  });

  it('reads a cell’s fill colour in capitals, and rejects one that is not six hex digits', () => {
    const [table] = blocksOf(
      '<table widths="1fr 1fr"><row><cell fill="#bfbfbf"><p/></cell><cell><p/></cell></row></table>',
    );
    expect(table?.type === 'table' && table.rows[0]!.cells.map((c) => c.fill)).toEqual([
      '#BFBFBF',
      undefined,
    ]);
    expect(
      problemsOf(wrap('<table widths="1fr"><row><cell fill="grey"><p/></cell></row></table>'))[0],
    ).toMatch(/у <cell> атрибут fill: «grey»; нужен цвет из шести шестнадцатеричных цифр, например #BFBFBF/);
  });

  it('reports malformed XML', () => {
    expect(problemsOf(wrap('<p>x</b>')).length).toBeGreaterThan(0);
  });

  it('reports text outside a paragraph', () => {
    expect(problemsOf(wrap('голый текст'))[0]).toMatch(/текст «голый текст» вне <p>/);
  });

  it('reports markup without a document or without a section', () => {
    expect(problemsOf('<?src roadmap.hbs:1:1?>')).toHaveLength(1); // saxes: no root element
    expect(problemsOf('<document title="Пусто"></document>')).toEqual([
      '1:1: в <document> нет ни одного <section>',
    ]);
  });

  it('names the template line from a trace mark', () => {
    const result = parseMarkup(wrap('<?src roadmap.hbs:7:3?><oops/>'), meta);
    expect('problems' in result && result.problems[0]?.source).toBe('roadmap.hbs:7:3');
  });
});
