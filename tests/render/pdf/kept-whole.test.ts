import { describe, expect, it } from 'vitest';
import type { Block } from '../../../src/model/schema.js';
import { renderPdf } from '../../../src/render/pdf/index.js';
import { makeDocument, makeSection, para, readPdf } from './fixtures.js';

const filler = 'Педагогический работник соблюдает требования настоящего Положения и локальных актов.';
/** A clause of four lines or so that leads into its list, as «7.4.2. … обязан:» does (trial 4, p6). */
const lead =
  'Наставник, осуществляющий наставническую деятельность в колледже, обязан соблюдать требования настоящего ' +
  'Положения, локальных нормативных актов колледжа и этические нормы взаимодействия с наставляемыми, а также:';

describe('a paragraph kept with the next one (a clause ending with «:»)', () => {
  it('is never parted across pages: it moves whole, as LibreOffice moves it and the DOCX keeps it (keepLines)', async () => {
    for (let count = 30; count <= 44; count += 1) {
      // Numbered clauses of a regulation (an inline outline list), the last one leading into its list.
      const clauses = Array.from({ length: count }, () => ({ children: [para(filler)] }));
      const leading = {
        children: [
          para(lead, 'body', { keepNext: true }),
          {
            type: 'list',
            ordered: false,
            items: [{ children: [para('первое;')] }, { children: [para('второе.')] }],
          },
        ],
      };
      const blocks = [
        { type: 'list', ordered: true, outline: true, inline: true, items: [...clauses, leading] } as Block,
      ];
      const { items } = await readPdf(await renderPdf(makeDocument([makeSection(blocks)])));
      const pages = items.flatMap((page, p) =>
        page.some((item) => /Наставник|наставляемыми|также:/.test(item.str)) ? [p] : [],
      );
      expect(pages, `${count} абзацев перед ним`).toHaveLength(1);
      const list = items.findIndex((page) => page.some((item) => item.str.startsWith('первое')));
      expect(list, `${count} абзацев перед ним`).toBe(pages[0]);
    }
  }, 120_000);
});
