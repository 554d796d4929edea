import { strFromU8, unzipSync } from 'fflate';
import mammoth from 'mammoth';
import type { Block, DocumentModel } from '../../../src/model/schema.js';

/** Words as a reader compares them: split at any space, soft hyphens ignored. */
export function toWords(text: string): string[] {
  return text
    .replace(/\u00ad/g, '')
    .split(/[\s\u00a0\u202f]+/)
    .filter((w) => w !== '');
}

/** The paragraphs of a model with their style, in reading order (cells, list items included). */
export function listModelParagraphs(doc: DocumentModel): { style: string; text: string }[] {
  const visit = (block: Block): { style: string; text: string }[] => {
    switch (block.type) {
      case 'paragraph':
        return [
          {
            style: block.style,
            text: block.children.map((c) => (c.type === 'text' ? c.value : ' ')).join(''),
          },
        ];
      case 'list':
        return block.items.flatMap((item) => item.children.flatMap(visit));
      case 'table':
        return block.rows.flatMap((row) => row.cells.flatMap((cell) => cell.children.flatMap(visit)));
      default:
        return [];
    }
  };
  return doc.sections.flatMap((section) => section.children.flatMap(visit));
}

/**
 * A style map for mammoth from the DOCX's own styles.xml: a paragraph style with outline level N is heading N+1,
 * as Word's navigation pane and table of contents take it (mammoth reads only style names, not outline levels).
 */
export function toOutlineStyleMap(docx: Uint8Array): string[] {
  const styles = strFromU8(
    unzipSync(docx, { filter: (f) => f.name === 'word/styles.xml' })['word/styles.xml']!,
  );
  return [...styles.matchAll(/<w:style\b[^>]*>[\s\S]*?<\/w:style>/g)].flatMap(([xml]) => {
    const name = /<w:name w:val="([^"]+)"\/>/.exec(xml)?.[1];
    const level = /<w:outlineLvl w:val="(\d)"\/>/.exec(xml)?.[1];
    return name && level ? [`p[style-name='${name}'] => h${Number(level) + 1}:fresh`] : [];
  });
}

/**
 * What mammoth reads, from its HTML (its raw text joins the lines around a line break): the text, every tag a
 * space, and the headings (level, text).
 */
export async function readWithMammoth(docx: Uint8Array) {
  const options = { styleMap: toOutlineStyleMap(docx) };
  const { value: html } = await mammoth.convertToHtml({ buffer: Buffer.from(docx) }, options);
  const toText = (markup: string) => unescapeHtml(markup.replace(/<[^>]+>/g, ' '));
  const headings = [...html.matchAll(/<h(\d)>(.*?)<\/h\1>/g)].map((m) => ({
    level: Number(m[1]),
    text: toText(m[2]!),
  }));
  return { text: toText(html), headings };
}

function unescapeHtml(text: string): string {
  return text
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}
