import { pageGeometry, textWidthMm } from './page.js';
import type { Block, DocumentModel } from './schema.js';

/** The model with every block at the top of a section made again by `map`, told the width of the section's text. */
export function mapSectionBlocks(
  model: DocumentModel,
  map: (block: Block, widthMm: number) => Block,
): DocumentModel {
  return {
    ...model,
    sections: model.sections.map((section) => {
      const widthMm = textWidthMm(pageGeometry(section.orientation));
      return { ...section, children: section.children.map((block) => map(block, widthMm)) };
    }),
  };
}
