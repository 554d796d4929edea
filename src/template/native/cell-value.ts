import type { MarkupWriter } from '../../markup/build-blocks.js';
import { asText, eachOf, isTrue, readText } from './view-reads.js';

/**
 * templates/partials/cell-value.hbs written natively: a cell's text (its lines joined by line breaks), a list or a
 * numbered list; an empty paragraph when it has none.
 */
export function writeCellValue(cell: unknown, out: MarkupWriter): void {
  const hasText = isTrue(cell, 'text');
  const hasList = isTrue(cell, 'list');
  const hasNumbered = isTrue(cell, 'numbered');
  if (hasText) {
    out.open('p');
    writeLines(readText(cell, 'text'), out);
    out.close();
  }
  if (hasList) writeList(eachOf(cell, 'list'), {}, out);
  if (hasNumbered) writeList(eachOf(cell, 'numbered'), { ordered: 'true' }, out);
  if (!hasText && !hasList && !hasNumbered) {
    out.open('p');
    out.close();
  }
}

/** `{{lines text}}` (handlebars-env.ts): the lines of a text with a line break between them. */
function writeLines(value: string, out: MarkupWriter): void {
  value.split('\n').forEach((line, i) => {
    if (i > 0) {
      out.open('br');
      out.close();
    }
    if (line !== '') out.text(line);
  });
}

function writeList(items: readonly unknown[], attrs: Record<string, string>, out: MarkupWriter): void {
  out.open('list', attrs);
  for (const item of items) {
    out.open('item');
    out.open('p');
    const value = asText(item);
    if (value !== '') out.text(value);
    out.close();
    out.close();
  }
  out.close();
}
