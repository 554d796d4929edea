/**
 * A position where it starts a line — the column of an acquaintance sheet, the line over a signature in a stamp, a
 * visa or the order's signature — begins with a capital, as a clerk writes it: «учитель технологии» in people prints
 * «Учитель технологии» there, beside «Учитель биологии». Inside a sentence («назначить учителя технологии …») it is
 * never changed; nor is anything but its first letter («и.о. директора» → «И.о. директора»).
 */
export function toLineStart(text: string): string {
  return text.replace(/^(\s*)(\p{Ll})/u, (_, space: string, letter: string) => space + letter.toUpperCase());
}
