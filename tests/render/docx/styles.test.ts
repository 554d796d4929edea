import { describe, expect, it } from 'vitest';
import { styleNames, styles } from '../../../src/model/styles.js';
import { makeDocument, makeSection, text } from './fixtures.js';
import { allOf, countOf, renderParts, styleOf } from './parts.js';

const timesNewRoman =
  '<w:rFonts w:ascii="Times New Roman" w:cs="Times New Roman" w:eastAsia="Times New Roman" w:hAnsi="Times New Roman"/>';

async function renderStyles(): Promise<string> {
  return (await renderParts(makeDocument([makeSection([text('x')])])))['word/styles.xml'] ?? '';
}

describe('DOCX styles', () => {
  it('defines each named model style exactly once, under its Russian name', async () => {
    const xml = await renderStyles();
    for (const name of styleNames) {
      const { wordId, wordName } = styles[name];
      expect(countOf(xml, `w:styleId="${wordId}"`), wordId).toBe(1);
      expect(styleOf(xml, wordId)).toContain(`<w:name w:val="${wordName}"/>`);
    }
    expect(styleOf(xml, 'GramotaTableText')).toContain('<w:name w:val="Текст таблицы"/>');
    expect(styleOf(xml, 'GramotaStamp')).toContain('<w:name w:val="Гриф утверждения"/>');
  });

  it('sets Times New Roman 14 pt, single spacing and no space after as document defaults and in Normal', async () => {
    const xml = await renderStyles();
    const [defaults = ''] = allOf(xml, 'w:docDefaults');
    expect(defaults).toContain(timesNewRoman);
    expect(defaults).toContain('<w:sz w:val="28"/>');
    expect(defaults).toContain('<w:spacing w:after="0" w:before="0" w:line="240" w:lineRule="auto"/>');
    const normal = styleOf(xml, 'Normal');
    expect(countOf(xml, 'w:styleId="Normal"')).toBe(1);
    expect(normal).toContain('w:after="0"');
    expect(normal).toContain(timesNewRoman);
  });

  it('declares Russian as the text language, and widow control in body text but not in tables', async () => {
    const xml = await renderStyles();
    expect(allOf(xml, 'w:docDefaults')[0]).toContain('<w:lang w:val="ru-RU"/>');
    expect(styleOf(xml, 'GramotaBody')).toContain('<w:widowControl/>');
    expect(styleOf(xml, 'GramotaTableText')).toContain('<w:widowControl w:val="false"/>');
  });

  it('writes the body style justified (both) with a 1.25 cm first-line indent', async () => {
    const body = styleOf(await renderStyles(), 'GramotaBody');
    expect(body).toContain('<w:jc w:val="both"/>');
    expect(body).toContain('<w:ind w:firstLine="709"/>');
    expect(body).toContain('<w:sz w:val="28"/>');
    expect(body).toContain(timesNewRoman);
    expect(body).toContain('<w:basedOn w:val="Normal"/>');
    expect(body).not.toContain('<w:b/>');
  });

  it('writes table styles at 12 pt, the head bold and centred, headings kept with the next paragraph', async () => {
    const xml = await renderStyles();
    expect(styleOf(xml, 'GramotaTableText')).toContain('<w:sz w:val="24"/>');
    expect(styleOf(xml, 'GramotaTableHead')).toContain('<w:b/>');
    expect(styleOf(xml, 'GramotaTableHead')).toContain('<w:jc w:val="center"/>');
    expect(styleOf(xml, 'GramotaTitle')).toContain('<w:keepNext/>');
    expect(styleOf(xml, 'GramotaTitle')).toContain('<w:spacing w:after="240" w:before="240"');
    expect(styleOf(xml, 'GramotaHeading')).toContain('<w:keepNext/>');
    expect(styleOf(xml, 'GramotaTableText')).not.toContain('keepNext');
  });
});
