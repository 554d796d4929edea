import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { DocumentModel } from '../../../src/model/schema.js';
import { createPdfRenderer, toPdfDefinition } from '../../../src/render/pdf/index.js';
import { makeDocument, makeSection, makeTable, para, readPdf, spyOnLayouts } from './fixtures.js';

// A full garbage collection on demand: with it, a WeakRef tells whether anything still holds an object.
setFlagsFromString('--expose-gc');
const collectGarbage = runInNewContext('gc') as () => void;

/** The next turn of the event loop: a WeakRef keeps its target until the job that made it ends. */
const nextTurn = () => new Promise((resolve) => setImmediate(resolve));

/**
 * Starts rendering a model that only the renderer could keep, as the command does (generate.ts, generateFiles):
 * the model of a big plan, and all that was measured and cached of it, is most of the memory besides the layout.
 */
function startRendering(render: ReturnType<typeof createPdfRenderer>) {
  const doc = makeModel();
  return { pdf: render(doc), model: new WeakRef(doc), section: new WeakRef(doc.sections[0]!) };
}

function makeModel() {
  return makeDocument([
    makeSection([para('План работы', 'title'), makeTable(40)], { orientation: 'landscape' }),
    makeSection([para('Приложение')]),
  ]);
}

describe('the PDF renderer keeps no model while it lays the PDF out', () => {
  it('frees the model and its sections before the PDF is written, and the PDF is whole', async () => {
    const render = createPdfRenderer();
    const { pdf, model, section } = startRendering(render);
    await nextTurn();
    collectGarbage();
    expect(model.deref()).toBeUndefined();
    // The renderer keeps what it laid out per section, by a weak key (a section shared by several files).
    expect(section.deref()).toBeUndefined();
    const { texts } = await readPdf(await pdf);
    expect(texts.join('\n')).toContain('Мероприятие 40');
    expect(texts.join('\n')).toContain('Приложение');
  });

  it('lays the PDF out once its caller has returned, with the model already free', async () => {
    const held: { doc?: DocumentModel } = { doc: makeModel() };
    const model = new WeakRef(held.doc!);
    await nextTurn(); // a WeakRef keeps its target until the job that made it ends
    const seen: unknown[] = [];
    spyOnLayouts(() => {
      collectGarbage();
      seen.push(model.deref());
    });
    // As the command's renderFile calls it: the model is its caller's to let go of.
    const take = () => {
      const doc = held.doc!;
      held.doc = undefined;
      return createPdfRenderer()(doc);
    };
    await take();
    expect(seen).toEqual([undefined, undefined]);
  });

  it('makes a definition that holds nothing of the model (page number headers keep their setting)', async () => {
    const start = () => {
      const doc = makeModel();
      return { definition: toPdfDefinition(doc), sections: doc.sections.map((s) => new WeakRef(s)) };
    };
    const { definition, sections: refs } = start();
    await nextTurn();
    collectGarbage();
    expect(refs.map((ref) => ref.deref())).toEqual([undefined, undefined]);
    const sections = definition.content as unknown as { header: (page: number) => { text: string } | null }[];
    expect(sections[0]!.header(1)).toBeNull();
    expect(sections[0]!.header(2)?.text).toBe('2');
  });
});

afterEach(() => {
  vi.restoreAllMocks();
});
