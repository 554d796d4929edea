import type { Paragraph } from '../model/schema.js';

/** A number at the start of a text joined to the word after it by a no-break space: «1. Подготовительный». */
const joinedNumber = /^(\d+(?:\.\d+)*\.)\u00A0/u;

/**
 * The paragraph with the no-break space after its leading number as a plain space, so that a line may end after the
 * number; undefined when it starts with no such number. A stage column joins «1.» to the stage name
 * (kinds/roadmap/table-view.ts) so that the number never stands alone where the column holds both; where it holds
 * the name alone, a careful typist sets «1.» on a line of its own and the name whole rather than «1. Подгото-/вительный»
 * (column-widths.ts widens the column for either, whole-words.ts frees the number).
 */
export function freeLeadingNumber(paragraph: Paragraph): Paragraph | undefined {
  const [first, ...rest] = paragraph.children;
  if (first?.type !== 'text' || !joinedNumber.test(first.value)) return undefined;
  return { ...paragraph, children: [{ ...first, value: first.value.replace(joinedNumber, '$1 ') }, ...rest] };
}
