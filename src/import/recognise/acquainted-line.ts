import { isPersonName } from './people.js';

/** What may follow the name on its line: tabs, lines for the signature and the date «___» ________ 2024 г. */
const blanks = /^[\s_«»"“”.,/\d]*(?:г\.?)?\s*$/;

/**
 * The name on a line under «С приказом ознакомлены:»: a bare name («Ковалёва Н.С.»), or a name with blanks for
 * the signature and the date after it («Ковалёва Н.С.⇥____________⇥«___» ____________ 2024 г.»), which gramota
 * prints itself. Undefined for any other line.
 */
export function readAcquaintedName(text: string): string | undefined {
  const [name = '', ...rest] = text.trim().split(/\t|_{3,}/);
  if (!isPersonName(name)) return undefined;
  return rest.length === 0 || blanks.test(rest.join('_')) ? name.trim() : undefined;
}
