import { describe, expect, it } from 'vitest';
import { parseMarkup } from '../../src/markup/parse.js';
import { withContentsEntries } from '../../src/model/contents.js';

const meta = { createdAt: '2020-10-01T00:00:00.000Z' };
const doc = (body: string) => `<document title="Т"><section>${body}</section></document>`;

describe('<contents/>', () => {
  it('becomes a contents block whose entries are the section headings after it, with their block index', () => {
    const parsed = parseMarkup(
      doc(
        '<p style="heading">До</p><contents/><p style="heading">1. Раздел<br/>первый</p><p>Текст</p>' +
          '<table widths="1fr"><row><cell><p style="heading">В таблице</p></cell></row></table><p style="heading">2. Второй</p>',
      ),
      meta,
    );
    if (!('model' in parsed)) throw new Error(JSON.stringify(parsed.problems));
    const model = withContentsEntries(parsed.model);
    expect(model.sections[0]!.children[1]).toEqual({
      type: 'contents',
      entries: [
        { text: '1. Раздел первый', block: 2 },
        { text: '2. Второй', block: 5 },
      ],
    });
  });

  it('takes a heading typed with a number of several parts for a sub-heading, its depth the count of the parts', () => {
    const headings = ['1. Анализ', '1.1. SWOT-анализ', '1.1.2 Риски', '2020 год', '2. Цели'];
    const parsed = parseMarkup(
      doc(`<contents/>${headings.map((h) => `<p style="heading">${h}</p>`).join('')}`),
      meta,
    );
    if (!('model' in parsed)) throw new Error(JSON.stringify(parsed.problems));
    const [contents] = withContentsEntries(parsed.model).sections[0]!.children;
    expect(contents).toMatchObject({ type: 'contents' });
    const depths = (contents as { entries: { depth?: number }[] }).entries.map((e) => e.depth ?? 1);
    expect(depths).toEqual([1, 2, 3, 1, 1]);
  });

  it('stands only in a section: in a table cell it is a markup error', () => {
    const parsed = parseMarkup(doc('<table widths="1fr"><row><cell><contents/></cell></row></table>'), meta);
    expect('problems' in parsed && parsed.problems[0]!.message).toMatch(/неизвестный элемент <contents>/);
  });
});
