import { describe, expect, it } from 'vitest';
import { cellText } from '../../../src/import/docx/blocks.js';
import { readBody } from '../../../src/import/docx/read-body.js';
import { parseXml } from '../../../src/import/docx/xml-tree.js';

const ns =
  'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"';
const p = (text: string, extra = '') =>
  `<w:p>${extra}<w:r><w:t xml:space="preserve">${text}</w:t></w:r></w:p>`;
const tc = (text: string, props = '') => `<w:tc><w:tcPr>${props}</w:tcPr>${p(text)}</w:tc>`;

function read(body: string) {
  return readBody({
    document: parseXml(`<w:document ${ns}><w:body>${body}</w:body></w:document>`),
    numbering: undefined,
    styles: undefined,
  });
}

describe('DOCX reader', () => {
  it('places cells on the grid: gridSpan, gridBefore/gridAfter, vMerge restart and <w:vMerge/> that continues', () => {
    const [section] = read(`<w:tbl><w:tblGrid><w:gridCol/><w:gridCol/><w:gridCol/></w:tblGrid>
      <w:tr>${tc('A', '<w:vMerge w:val="restart"/>')}${tc('B', '<w:gridSpan w:val="2"/>')}</w:tr>
      <w:tr>${tc('', '<w:vMerge/>')}${tc('C')}${tc('D')}</w:tr>
      <w:tr><w:trPr><w:gridBefore w:val="1"/><w:gridAfter w:val="1"/></w:trPr>${tc('E')}</w:tr>
    </w:tbl>`);
    const table = section!.blocks[0]!;
    if (table.kind !== 'table') throw new Error('a table expected');
    expect(table.columns).toBe(3);
    expect(table.rows.map((r) => r.cells.map((c) => [cellText(c), c.col, c.colSpan, c.rowSpan]))).toEqual([
      [
        ['A', 0, 1, 2],
        ['B', 1, 2, 1],
      ],
      [
        ['C', 1, 1, 1],
        ['D', 2, 1, 1],
      ],
      [['E', 1, 1, 1]],
    ]);
  });

  it('unwraps content controls around rows and cells, and reads a text box once (not its VML copy)', () => {
    const box = `<w:r><mc:AlternateContent><mc:Choice><w:drawing><w:txbxContent>${p('В надписи')}</w:txbxContent></w:drawing></mc:Choice><mc:Fallback><w:pict><w:txbxContent>${p('В надписи')}</w:txbxContent></w:pict></mc:Fallback></mc:AlternateContent></w:r>`;
    const [section] = read(`<w:tbl><w:tblGrid><w:gridCol/><w:gridCol/></w:tblGrid>
      <w:sdt><w:sdtPr/><w:sdtContent><w:tr><w:sdt><w:sdtContent>${tc('F')}</w:sdtContent></w:sdt>${tc('G')}</w:tr></w:sdtContent></w:sdt>
    </w:tbl><w:p>${box}</w:p><w:p><w:r><w:drawing/></w:r></w:p>`);
    const [table, anchor, boxText, picture] = section!.blocks;
    expect(table?.kind === 'table' && table.rows.map((r) => r.cells.map(cellText))).toEqual([['F', 'G']]);
    expect([anchor, boxText, picture].map((b) => b?.kind === 'paragraph' && [b.text, b.pictures])).toEqual([
      ['', 0],
      ['В надписи', 0],
      ['', 1],
    ]);
  });

  it('drops soft hyphens, reads no-break spaces as spaces, keeps tabs and line breaks, skips deleted text', () => {
    const [section] = read(
      `<w:p><w:r><w:t>Пред\u00adложе</w:t><w:softHyphen/><w:t>ние\u00a0№\u00a05</w:t><w:tab/><w:t>за</w:t><w:br/><w:t>год</w:t></w:r><w:del><w:r><w:delText>удалено</w:delText></w:r></w:del></w:p>`,
    );
    expect(section!.blocks[0]).toMatchObject({ kind: 'paragraph', text: 'Предложение № 5\tза\nгод' });
  });

  it('splits sections at a paragraph sectPr and reads the orientation', () => {
    const sections = read(
      `${p('Приказ')}<w:p><w:pPr><w:sectPr><w:pgSz w:w="11906" w:h="16838"/></w:sectPr></w:pPr></w:p>${p('Приложение')}<w:sectPr><w:pgSz w:w="16838" w:h="11906" w:orient="landscape"/></w:sectPr>`,
    );
    expect(sections.map((s) => [s.landscape, s.blocks.map((b) => b.kind === 'paragraph' && b.text)])).toEqual(
      [
        [false, ['Приказ']],
        [true, ['Приложение']],
      ],
    );
  });
});

describe('numbering from styles', () => {
  const numbering = `<w:numbering ${ns}><w:abstractNum w:abstractNumId="5">
      <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:pStyle w:val="H1"/><w:lvlText w:val="%1."/></w:lvl>
      <w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:pStyle w:val="H2"/><w:lvlText w:val="%1.%2."/></w:lvl>
    </w:abstractNum><w:num w:numId="7"><w:abstractNumId w:val="5"/></w:num></w:numbering>`;
  const styles = `<w:styles ${ns}>
      <w:style w:type="paragraph" w:styleId="H1"><w:name w:val="heading 1"/><w:pPr><w:numPr><w:numId w:val="7"/></w:numPr></w:pPr></w:style>
      <w:style w:type="paragraph" w:styleId="H2"><w:name w:val="heading 2"/><w:pPr><w:numPr><w:numId w:val="7"/></w:numPr></w:pPr></w:style>
      <w:style w:type="paragraph" w:styleId="Mine"><w:name w:val="Мой пункт"/><w:basedOn w:val="H2"/></w:style>
    </w:styles>`;

  it('numbers headings by the level their style is tied to, and a style based on one of them as its parent', () => {
    const style = (id: string) => `<w:pPr><w:pStyle w:val="${id}"/></w:pPr>`;
    const document = parseXml(
      `<w:document ${ns}><w:body>${p('Общие положения', style('H1'))}${p('Цели', style('H2'))}${p('Задачи', style('Mine'))}${p('Права', style('H1'))}</w:body></w:document>`,
    );
    const [section] = readBody({ document, numbering: parseXml(numbering), styles: parseXml(styles) });
    expect(section!.blocks.map((b) => b.kind === 'paragraph' && [b.marker?.label, b.style, b.text])).toEqual([
      ['1.', 'heading 1', 'Общие положения'],
      ['1.1.', 'heading 2', 'Цели'],
      ['1.2.', 'Мой пункт', 'Задачи'],
      ['2.', 'heading 1', 'Права'],
    ]);
  });
});
