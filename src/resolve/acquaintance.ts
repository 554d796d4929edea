import { toLineStart } from '../language/line-start.js';
import { toInstrumentalTitle } from '../language/title-instrumental.js';
import { typographText } from '../language/typography.js';
import type { Acquaintance } from '../plan/schema/acquaintance.js';
import type { ResolveContext } from './context.js';
import { findPerson, showPerson } from './people.js';

/**
 * «Лист ознакомления с Положением о …»: numbered rows of people to sign («Спиридонова А.В.», which no line break
 * hyphenates, and the position), then numbered blank rows.
 */
export type AcquaintanceView = {
  /** What follows «Лист ознакомления»: «с Положением о наставничестве». */
  readonly subject: string;
  /** The sheet's PDF bookmark, in plain spaces as bookmarks of documents are: «Лист ознакомления с Положением …». */
  readonly bookmark: string;
  readonly rows: readonly { readonly number: string; readonly name: string; readonly position: string }[];
};

export function resolveAcquaintance(
  acquaintance: Acquaintance,
  title: string,
  ctx: ResolveContext,
): AcquaintanceView {
  const people = (acquaintance.people ?? []).map((ref) => {
    const person = findPerson(ref, ctx);
    return {
      name: showPerson(ref, ctx, 'table'),
      position: typographText(toLineStart(person?.position ?? '')),
    };
  });
  const blank = Array.from({ length: acquaintance.blank_rows ?? 0 }, () => ({ name: '', position: '' }));
  const oneLine = title.replace(/\s+/g, ' ').trim();
  const instrumental = toInstrumentalTitle(oneLine);
  const subject = instrumental ? `с ${instrumental}` : `с документом «${oneLine}»`;
  return {
    subject: typographText(subject),
    bookmark: `Лист ознакомления ${subject}`,
    rows: [...people, ...blank].map((row, i) => ({ number: `${i + 1}.`, ...row })),
  };
}
