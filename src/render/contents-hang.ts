import { styles } from '../model/styles.js';
import { measureEm } from './measure.js';

/** The number a heading begins with and the space after it: «3.», «3.1.», «10.2.1» (ГОСТ Р 7.0.97 numbers). */
const leadingNumber = /^\d+(?:\.\d+)*\.? /;

/**
 * How far the continuation lines of a contents entry stand in from its first line, in pt: past the heading's number,
 * under the first letter of its words, as a careful typist sets a long heading in the contents (ГОСТ 7.32 keeps the
 * number hanging). 0 for a heading without a number. Both renderers set it (Word's hanging indent, the PDF's margin),
 * measured once here on the embedded font at the contents' size.
 */
export function measureContentsHangPt(text: string): number {
  const number = leadingNumber.exec(text)?.[0];
  return number === undefined ? 0 : measureEm(number, false) * styles.contents.sizePt;
}
