import { type Document, Paragraph } from 'docx';
import type { RawNumbering, RawRowStore } from './raw-rows.js';

type Context = {
  readonly file: {
    readonly Numbering: {
      createConcreteNumberingInstance(reference: string, instance: number, definition?: object): void;
    };
  };
};
type SectionProperties = Parameters<Paragraph['addSectionProperties']>[0];
type ConcreteNumbering = { reference: string; instance: number; restartedListId?: unknown; numId: number };

/**
 * The fast path for paragraphs of the body, of list items and of cells (raw-rows.ts writes them): a paragraph of
 * plain runs is stored as WordprocessingML and stands in docx's tree as a placeholder, as fast rows do. docx's
 * object per paragraph, run and property, walked again to write XML, was a fifth of a package build.
 * A numbered paragraph's list becomes a Word list where docx would make it, when the tree is written, in document
 * order: the list ids come out as docx gives them (readNumIds).
 */
class RawParagraphPlaceholder extends Paragraph {
  readonly #index: number;
  readonly #numbered: readonly RawNumbering[];
  readonly #build: () => Paragraph;
  #section: SectionProperties | undefined;

  constructor(index: number, numbered: readonly RawNumbering[], build: () => Paragraph) {
    super({});
    this.#index = index;
    this.#numbered = numbered;
    this.#build = build;
  }

  // The last paragraph of a section that is not the document's last carries the section's properties, which docx
  // writes into it while the tree is written: such a paragraph is written by docx itself.
  override addSectionProperties(section: SectionProperties): void {
    this.#section = section;
  }

  override removeSectionProperties(section: SectionProperties): void {
    if (this.#section === section) this.#section = undefined;
  }

  override prepForXml(context: Parameters<Paragraph['prepForXml']>[0]): ReturnType<Paragraph['prepForXml']> {
    const section = this.#section;
    if (section !== undefined) {
      const paragraph = this.#build();
      paragraph.addSectionProperties(section);
      try {
        return paragraph.prepForXml(context);
      } finally {
        paragraph.removeSectionProperties(section);
      }
    }
    const { file } = context as unknown as Context;
    for (const { reference, instance, definition } of this.#numbered)
      file.Numbering.createConcreteNumberingInstance(reference, instance, definition);
    return { 'gramota:rows': { _attr: { n: this.#index } } };
  }
}

/** Stores a fast paragraph's XML; the placeholder paragraph that stands for it (`build`: docx's own paragraph). */
export function storeRawParagraph(
  store: RawRowStore,
  xml: string,
  numbered: readonly RawNumbering[],
  build: () => Paragraph,
): Paragraph {
  store.rows.push(xml);
  return new RawParagraphPlaceholder(store.rows.length - 1, numbered, build);
}

/** The Word list id of each `reference-instance` of a written document, as docx puts them in its own XML. */
export function readNumIds(document: Document): Map<string, string> {
  const numbering = (document as unknown as { Numbering: { ConcreteNumbering: ConcreteNumbering[] } })
    .Numbering;
  return new Map(
    numbering.ConcreteNumbering.filter((n) => n.restartedListId === undefined).map((n) => [
      `${n.reference}-${n.instance}`,
      String(n.numId),
    ]),
  );
}
