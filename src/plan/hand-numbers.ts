/**
 * «1.», «2.3.», «1)» at the start of a text, as Word's numbering pasted with it leaves them; «2.3» too before a
 * capital («2.1 Утвердить …»), not before a small letter («2.5 часа в неделю …»).
 */
const pastedNumber = /^(?:\d{1,2}(?:\.\d{1,2})*[.)](?=\s)|\d{1,2}(?:\.\d{1,2})+(?=\s+\p{Lu}))/u;
/** «1)», «2.2.2.» at the start of a list line: a number ending with «.» or «)», not a code («44.02.01 Дошкольное …»). */
const closedNumber = /^\d{1,2}(?:\.\d{1,2})*[.)](?=\s)/u;
/** «II.», «IV)» at the start of a text: a section, a stage or a clause numbered in Roman figures by hand. */
const romanNumber = /^(?=[IVX])X{0,3}(?:IX|IV|V?I{0,3})[.)](?=\s)/u;
/** «а)», «б)», «a)» at the start of a text: a clause or a line lettered by hand. */
const letterMarker = /^[а-яёa-z]\)(?=\s)/iu;
/**
 * «п. 3.1.», «пп. 2.» before a capital: a clause's number typed with the abbreviation of «пункт»; not a clause that
 * cites a point («п. 2 приказа от … признать утратившим силу», a small letter after the number).
 */
const pointMarker = /^[пП]п?\.\s?\d{1,2}(?:\.\d{1,2})*\.?(?=\s+\p{Lu})/u;

/** The number typed before a title: «2.», «II.», «2)»; null for a title that starts with a number of its own. */
export function readTitleNumber(title: string): string | null {
  const start = title.trimStart();
  return (pastedNumber.exec(start) ?? romanNumber.exec(start))?.[0] ?? null;
}

/**
 * The number or letter typed before a text gramota numbers or marks itself: «2.1.», «II.», «а)», «п. 3.1.» before a clause,
 * «1)», «2.2.2.», «б)» before a line of a list — null for a text that starts with a number of its own.
 */
export function readHandNumber(value: string, inList = false): string | null {
  const start = value.trimStart();
  const number = inList ? closedNumber.exec(start) : pastedNumber.exec(start);
  return (
    (number ?? romanNumber.exec(start) ?? letterMarker.exec(start) ?? pointMarker.exec(start))?.[0] ?? null
  );
}
