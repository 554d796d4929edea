import { extractText, getDocumentProxy } from 'unpdf';
import { describe, expect, it } from 'vitest';
import { buildModels } from '../../../src/generate.js';
import type { ContentsEntry, DocumentModel, Section } from '../../../src/model/schema.js';
import { parsePlan } from '../../../src/plan/parse-plan.js';
import { paginateContents } from '../../../src/render/pdf/contents-pages.js';
import { renderPdf, toPdfDefinition, withContentsPages } from '../../../src/render/pdf/index.js';
import { makeProgramme } from './fixtures.js';

const entriesOf = (model: DocumentModel): ContentsEntry[] =>
  model.sections[0]!.children.flatMap((b) => (b.type === 'contents' ? b.entries : []));

/** Every entry's page is the page its heading is printed on in the model's PDF (past the contents' own page). */
async function expectPrintedPages(model: DocumentModel): Promise<void> {
  const { text } = await extractText(await getDocumentProxy(await renderPdf(model)), { mergePages: false });
  const printedOn = (heading: string) =>
    (text as string[]).findIndex((page, i) => i > 0 && page.split('\n').some((l) => l.trim() === heading)) +
    1;
  for (const entry of entriesOf(model)) expect(entry.page).toBe(printedOn(entry.text));
}

describe('the pages of the contents', () => {
  it('are unknown before the layout: the entries are the headings after the contents', () => {
    expect(entriesOf(makeProgramme(3)).map(({ text, page }) => ({ text, page }))).toEqual([
      { text: 'Раздел первый', page: undefined },
      { text: 'Раздел второй', page: undefined },
    ]);
  });

  // Around 40 lines the second heading ends page 2 and moves to page 3 to keep with its paragraph (keepNext).
  it.each([20, 39, 40, 41])(
    'are the pages the headings are printed on (%i lines before the second)',
    async (lines) => {
      const model = withContentsPages(makeProgramme(lines));
      await expectPrintedPages(model);
      expect(entriesOf(model)[0]!.page).toBe(2);
    },
  );

  // A wider number can push its line's end, and every heading after it, on; then the numbers are given the room
  // of their most digits, and the lines no longer depend on them. One layout with numbers as wide as they are is
  // never enough (the first one has none), so this takes the second way every time.
  it.each([20, 41])(
    'are the pages the headings are printed on when the layouts do not settle (%i lines before the second)',
    async (lines) => {
      const programme = makeProgramme(lines);
      const define = (section: Section) => toPdfDefinition({ ...programme, sections: [section] });
      const { section } = paginateContents(programme.sections[0]!, define, 1);
      const model = { ...programme, sections: [section] };
      expect(section.children.find((b) => b.type === 'contents')).toMatchObject({ numberDigits: 1 });
      // Laid out again as the renderer does, the numbers stay: they are the ones the layout confirmed.
      expect(paginateContents(section, define).section).toEqual(section);
      await expectPrintedPages(model);
    },
  );

  it('leaves a document without contents as it is', async () => {
    const model = buildModels(
      parsePlan(
        'organization: { name: Колледж }\ndocuments:\n  - type: document\n    title: Т\n    body: [{ heading: Р }]\n',
        'p.yaml',
      ),
      { createdAt: new Date(0) },
    )[0]!.model;
    expect(withContentsPages(model)).toBe(model);
  });
});
