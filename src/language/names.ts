/**
 * Person names: parsing the forms people type («Алейкина Галина Викторовна», «Бушина М.Б.», «М. Б. Бушина»)
 * and writing the forms documents need. Initials are kept tight («Г.В.»); a no-break space joins them to the
 * surname. Declension is not done here.
 */

const nbsp = '\u00A0';

/** A parsed name; `first`/`middle` are absent when only initials were given. `initials` is 'Г.В.', 'И.' or ''. */
export type PersonName = { last: string; first?: string; middle?: string; initials: string };

/** Apostrophes in a surname (О’Нил): in an ordinary string, not in String.raw (typography-rules.ts says why). */
const apostrophes = "'’";
const surname = String.raw`\p{Lu}[\p{L}${apostrophes}]*(?:-\p{Lu}[\p{L}${apostrophes}]*)*`;
const initialsThenSurname = new RegExp(String.raw`^(\p{Lu})\.\s*(?:(\p{Lu})\.\s*)?(${surname})$`, 'u');
const surnameThenInitials = new RegExp(String.raw`^(${surname})\s+(\p{Lu})\.\s*(?:(\p{Lu})\.)?$`, 'u');
const trailingSignature = new RegExp(
  String.raw`^([\s\S]*?)\s*(?:^|\s)(\p{Lu})\.\s*(?:(\p{Lu})\.\s*)?(${surname})\s*$`,
  'u',
);

/** Joins initial letters into the tight form: ('Г', 'В') → 'Г.В.', ('И') → 'И.'. */
function joinInitials(...letters: (string | undefined)[]): string {
  return letters
    .filter((l): l is string => l !== undefined && l !== '')
    .map((l) => `${l.charAt(0).toUpperCase()}.`)
    .join('');
}

/** Parses «Фамилия Имя Отчество», «Фамилия И.О.», «И.О. Фамилия» (spaced or tight initials) or a bare surname. */
export function parsePersonName(text: string): PersonName {
  const clean = text.replace(/\s+/g, ' ').trim();
  const before = initialsThenSurname.exec(clean);
  if (before) return { last: before[3]!, initials: joinInitials(before[1], before[2]) };
  const after = surnameThenInitials.exec(clean);
  if (after) return { last: after[1]!, initials: joinInitials(after[2], after[3]) };
  const [last = '', first, ...rest] = clean.split(' ');
  const middle = rest.length > 0 ? rest.join(' ') : undefined;
  return {
    last,
    ...(first !== undefined && { first }),
    ...(middle !== undefined && { middle }),
    initials: joinInitials(first, middle),
  };
}

/** Writes «Г.В. Алейкина» (no-break space) for signatures and stamps. */
export function toInitialsSurname(name: PersonName): string {
  return name.initials ? `${name.initials}${nbsp}${name.last}` : name.last;
}

/** Writes «Алейкина Г.В.» (no-break space) for table cells and lists. */
export function toSurnameInitials(name: PersonName): string {
  return name.initials ? `${name.last}${nbsp}${name.initials}` : name.last;
}

/** Writes «Алейкина Галина Викторовна»; falls back to «Алейкина Г.В.» when only initials are known. */
export function toFullName(name: PersonName): string {
  if (name.first === undefined) return toSurnameInitials(name);
  return [name.last, name.first, name.middle].filter((part) => part !== undefined).join(' ');
}

const surnameBeforeInitials = new RegExp(
  String.raw`^([\s\S]*?)\s*(?:^|\s)(${surname})\s+(\p{Lu})\.\s*(?:(\p{Lu})\.)?\s*$`,
  'u',
);

/**
 * «Юрисконсульт Смирнов В.В.» as a signature is written: «Юрисконсульт В.В. Смирнов»; undefined when the text
 * does not end with a surname and initials. What a message suggests for a stamp or visa written surname first.
 */
export function toSignatureOrder(text: string): string | undefined {
  const m = surnameBeforeInitials.exec(text.trim());
  if (!m) return undefined;
  const name = `${joinInitials(m[3], m[4])} ${m[2]}`;
  return m[1]!.trim() === '' ? name : `${m[1]!.replace(/\s+/g, ' ').trim()} ${name}`;
}

/**
 * Splits «Председатель профкома И.И. Иванова» into the position and «И.И. Иванова» (tight initials, no-break
 * space); undefined when the text does not end with initials and a surname. The position may be empty.
 */
export function splitSignatureText(text: string): { position: string; name: string } | undefined {
  const m = trailingSignature.exec(text.trim());
  if (!m) return undefined;
  const name = toInitialsSurname({ last: m[4]!, initials: joinInitials(m[2], m[3]) });
  return { position: m[1]!.replace(/\s+/g, ' ').trim(), name };
}
